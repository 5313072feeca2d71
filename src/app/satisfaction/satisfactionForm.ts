// The satisfaction survey form (SAT-1, G5, G6): the beneficiary's right to rate, answerable without
// signing in, with a reference question (case number) that the emailed link fills in.
import type { Profile } from '../../profiles';
import type { FormSpec } from '../../ports/forms';
import { surveyForm } from '../../domain/satisfaction';
import { t } from '../../i18n';

/** The question whose answer ties a response to its case (or periodic survey); prefilled by the link. */
export const SURVEY_REF_KEY = 'case_no';

export function satisfactionForm(profile: Profile): FormSpec {
  const survey = surveyForm(profile, 'after_service');
  return {
    key: 'satisfaction',
    title: survey.title,
    description: survey.description,
    confirmation: t('satisfaction.form.confirmation'),
    items: [
      { key: SURVEY_REF_KEY, kind: 'text', title: t('satisfaction.form.ref'), help: t('satisfaction.form.ref.help') },
      ...survey.items.map((item) => ({
        key: item.key, kind: 'scale' as const, title: item.text, required: true, low: 1, high: 5,
        lowLabel: t('programs.form.scale.low'), highLabel: t('programs.form.scale.high'),
      })),
      { key: 'comment', kind: 'paragraph', title: survey.commentPrompt },
    ],
  };
}
