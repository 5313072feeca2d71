// The complaint form (CM-1, linked to a case when the complainant gives its number) and the contact-data update form (IN-3).
import type { Profile } from '../../profiles';
import type { FormSpec } from '../../ports/forms';
import { channelLabel, replyChannels } from '../../domain/intake/channels';
import { t } from '../../i18n';
import { quotedPromise } from '../notify/policyWords';

export function complaintForm(profile: Profile): FormSpec {
  const description = [
    t('cm.form.intro'),
    quotedPromise(profile, 'CM-1'),
    quotedPromise(profile, 'CM-3'),
    t('cm.form.deadline', { days: profile.complaintDeadline.days }),
    t('cm.form.privacy'),
  ].filter(Boolean).join('\n\n');
  return {
    key: 'complaint',
    title: t('cm.form.title', { org: profile.name.ar }),
    description,
    confirmation: t('cm.form.confirmation'),
    items: [
      { key: 'complainant', kind: 'text', title: t('cm.form.complainant'), required: true },
      { key: 'mobile', kind: 'text', title: t('cm.form.mobile'), required: true },
      { key: 'email', kind: 'text', title: t('cm.form.email') },
      { key: 'case_no', kind: 'text', title: t('cm.form.case_no'), help: t('cm.form.case_no.help') },
      { key: 'reply_channel', kind: 'choice', title: t('cm.form.reply_channel'), help: t('cm.form.reply_channel.help'), choices: replyChannels(profile).map((id) => channelLabel(profile, id)), required: true },
      { key: 'summary', kind: 'paragraph', title: t('cm.form.summary'), required: true },
      { key: 'attestation', kind: 'checkbox', title: t('cm.form.attestation'), choices: [t('cm.form.attestation.text')], required: true },
    ],
  };
}

export function dataUpdateForm(profile: Profile): FormSpec {
  return {
    key: 'data_update',
    title: t('in3.form.title', { org: profile.name.ar }),
    description: [t('in3.form.intro'), quotedPromise(profile, 'IN-3')].filter(Boolean).join('\n\n'),
    confirmation: t('in3.form.confirmation'),
    items: [
      { key: 'national_id', kind: 'text', title: t('in3.form.national_id'), required: true },
      { key: 'mobile', kind: 'text', title: t('in3.form.mobile'), required: true },
      { key: 'new_mobile', kind: 'text', title: t('in3.form.new_mobile') },
      { key: 'new_email', kind: 'text', title: t('in3.form.new_email') },
    ],
  };
}
