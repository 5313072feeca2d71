// Notice and consent at collection (issue 17, item 1; PDPL arts. 4, 12, 13 and 29): every form opens with the
// organisation's privacy notice, and the service request's consent answer and the notice's version are kept on
// the beneficiary's row. Consent to messages per channel is the channels work's (docs/privacy.md).
import type { RowOf } from '../../ports';
import type { FormSpec } from '../../ports';
import type { Profile } from '../../profiles';
import { withDigits } from '../../domain/time';
import { t } from '../../i18n';

/** A short stable fingerprint of a text (djb2), so the version changes exactly when the notice's words do. */
function fingerprint(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = ((h * 33) ^ text.charCodeAt(i)) >>> 0;
  return h.toString(36).toUpperCase().padStart(7, '0').slice(-7);
}

/** The notice as every form shows it, and its version («PN-…»), both from the profile. */
export function privacyNotice(profile: Profile): { text: string; version: string } {
  const body = t('privacy.formNotice', {
    org: profile.name.ar,
    google: 'Google',
    years: withDigits(String(Math.round(profile.retention.anonymiseClosedAfterDays / 365)), profile.digits),
    channels: profile.channels.map((c) => c.labelAr).join('، '),
  });
  const version = `PN-${fingerprint(body)}`;
  return { text: `${body}\n${t('privacy.formNotice.version', { version })}`, version };
}

/** A form as published: the privacy notice first, then the form's own description. */
export function withPrivacyNotice(build: (profile: Profile) => FormSpec): (profile: Profile) => FormSpec {
  return (profile) => {
    const spec = build(profile);
    return { ...spec, description: [privacyNotice(profile).text, spec.description].filter(Boolean).join('\n\n') };
  };
}

/** What the beneficiary's row keeps from a service request: their consent answer and the notice they read. */
export function collectionRecord(answers: Record<string, unknown>, profile: Profile): Pick<RowOf<'beneficiaries'>, 'service_consent' | 'notice_version'> {
  const consent = answers.consent;
  const given = Array.isArray(consent) ? consent.length > 0 : Boolean(consent && String(consent).trim());
  return { service_consent: t(given ? 'privacy.consent.given' : 'privacy.consent.missing'), notice_version: privacyNotice(profile).version };
}
