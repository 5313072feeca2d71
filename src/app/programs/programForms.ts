// The program registration form (PR-1…3) and the program evaluation form (PR-7), as FormSpecs.
import type { Profile } from '../../profiles';
import type { FormSpec } from '../../ports/forms';
import { PROGRAM_EVALUATION_ITEMS } from '../../domain/program';
import { t } from '../../i18n';

export function programRegistrationForm(profile: Profile): FormSpec {
  return {
    key: 'program_registration',
    title: t('programs.form.reg.title', { org: profile.name.ar }),
    description: [t('programs.form.reg.intro'), t('programs.form.privacy')].join('\n\n'),
    confirmation: t('programs.form.reg.confirmation'),
    items: [
      { key: 'program', kind: 'text', title: t('programs.form.reg.program'), help: t('programs.form.reg.program.help'), required: true },
      { key: 'full_name', kind: 'text', title: t('programs.form.reg.full_name'), required: true },
      { key: 'birth_date', kind: 'date', title: t('programs.form.reg.birth_date'), required: true },
      { key: 'national_id', kind: 'text', title: t('programs.form.reg.national_id'), required: true },
      { key: 'mobile', kind: 'text', title: t('programs.form.reg.mobile'), help: t('programs.form.reg.mobile.help'), required: true },
      { key: 'email', kind: 'text', title: t('programs.form.reg.email'), help: t('programs.form.reg.email.help') },
      { key: 'section_guardian', kind: 'section', title: t('programs.form.reg.section.guardian'), help: t('programs.form.reg.section.guardian.help') },
      { key: 'guardian_name', kind: 'text', title: t('programs.form.reg.guardian_name') },
      { key: 'guardian_mobile', kind: 'text', title: t('programs.form.reg.guardian_mobile') },
    ],
  };
}

export function programEvaluationForm(profile: Profile): FormSpec {
  return {
    key: 'program_evaluation',
    title: t('programs.form.eval.title', { org: profile.name.ar }),
    description: [t('policy.satisfaction.right'), t('policy.satisfaction.scale'), t('policy.satisfaction.noSignIn')].join('\n'),
    confirmation: t('programs.form.eval.confirmation'),
    items: [
      { key: 'reg_no', kind: 'text', title: t('programs.form.eval.reg_no'), help: t('programs.form.eval.reg_no.help'), required: true },
      ...PROGRAM_EVALUATION_ITEMS.map((key) => ({
        key, kind: 'scale' as const, title: t(`policy.program.evaluation.${key}`), required: true, low: 1, high: 5,
        lowLabel: t('programs.form.scale.low'), highLabel: t('programs.form.scale.high'),
      })),
      { key: 'comment', kind: 'paragraph', title: t('programs.form.eval.comment') },
    ],
  };
}
