// The service request form (SR, CH, SR-4, SR-5) for an organisation, as a FormSpec: Arabic, with the
// completeness criteria and the deadline clause in its description, and a question per service condition.
import type { Profile } from '../../profiles';
import type { FormItemSpec, FormSpec } from '../../ports/forms';
import { t, type LabelUnder } from '../../i18n';
import { channelLabel, replyChannels } from '../../domain/intake/channels';
import { attestationWords, deadlineForForm, quotedPromise } from '../notify/policyWords';

export function serviceRequestForm(profile: Profile): FormSpec {
  const f = (key: LabelUnder<'form.sr.'>) => t(`form.sr.${key}`);
  const attestation = attestationWords(profile);
  const conditionItems: FormItemSpec[] = [];
  const seen = new Map<string, string[]>();
  for (const service of profile.services) {
    for (const c of service.conditions) seen.set(c.key, [...(seen.get(c.key) ?? []), service.nameAr]);
  }
  for (const [key, services] of seen) {
    const condition = profile.services.flatMap((s) => s.conditions).find((c) => c.key === key)!;
    const help = t('form.sr.condition.help', { services: services.join('، ') });
    const base = { key: `cond_${key}`, title: condition.labelAr, help };
    conditionItems.push(
      condition.type === 'yes_no'
        ? { ...base, kind: 'choice', choices: [t('form.yes'), t('form.no')] }
        : { ...base, kind: condition.type === 'date' ? 'date' : 'text' },
    );
  }
  const description = [
    f('intro'),
    f('criteria'),
    deadlineForForm(profile),
    quotedPromise(profile, 'SR-2'),
    f('privacy'),
  ]
    .filter(Boolean)
    .join('\n\n');
  return {
    key: 'service_request',
    title: t('form.sr.title', { org: profile.name.ar }),
    description,
    confirmation: f('confirmation'),
    items: [
      { key: 'section_personal', kind: 'section', title: f('section.personal') },
      { key: 'full_name', kind: 'text', title: f('full_name'), required: true },
      { key: 'national_id', kind: 'text', title: f('national_id'), help: f('national_id.help'), required: true },
      { key: 'id_expiry', kind: 'date', title: f('id_expiry'), required: true },
      { key: 'mobile', kind: 'text', title: f('mobile'), help: f('mobile.help'), required: true },
      { key: 'email', kind: 'text', title: f('email'), help: f('email.help') },
      { key: 'beneficiary_type', kind: 'choice', title: f('beneficiary_type'), choices: profile.beneficiaryTypes.map((b) => b.labelAr), required: true },
      { key: 'category', kind: 'list', title: f('category'), choices: profile.categories.map((c) => c.nameAr), required: true },
      { key: 'domain', kind: 'list', title: f('domain'), choices: profile.domains.map((d) => d.nameAr), required: true },
      { key: 'section_service', kind: 'section', title: f('section.service') },
      { key: 'service', kind: 'list', title: f('service'), choices: profile.services.map((s) => s.nameAr), required: true },
      { key: 'details', kind: 'paragraph', title: f('details') },
      { key: 'reply_channel', kind: 'choice', title: f('reply_channel'), choices: replyChannels(profile).map((id) => channelLabel(profile, id)), required: true },
      // Consent to channels (PDPL art. 25, and Meta's opt-in before any WhatsApp message): the register keeps it.
      { key: 'channels_accepted', kind: 'checkbox', title: f('channels_accepted'), help: f('channels_accepted.help'), choices: replyChannels(profile).map((id) => channelLabel(profile, id)) },
      { key: 'section_conditions', kind: 'section', title: f('section.conditions'), help: f('section.conditionsHelp') },
      ...conditionItems,
      { key: 'section_attest', kind: 'section', title: f('section.attest') },
      { key: 'attestation', kind: 'checkbox', title: f('attestation'), choices: [attestation], required: true },
      { key: 'consent', kind: 'checkbox', title: f('consent'), choices: [f('consent.text')], required: true },
    ],
  };
}
