// What the register shows of an evaluated request: its coded answers as staff read them, the beneficiary's
// answered fields (for a new row or the merge rule), and the request's own columns on its case row.
import type { Profile } from '../../profiles/schema';
import { t } from '../../i18n';
import { maskNationalId } from '../text';
import type { Evaluation } from './evaluate';

/** What staff read for the coded answers (the beneficiaries and cases tabs alike): the profile's names, the
 *  catalog's for the kind of ID; the register never shows 'individual' or 'citizen'. */
export function answerLabels(profile: Profile, ev: Evaluation) {
  return {
    id_kind: ev.identity.idKind ? t(`intake.idKind.${ev.identity.idKind}`) : null,
    beneficiary_type: profile.beneficiaryTypes.find((b) => b.id === ev.beneficiaryType)?.labelAr ?? null,
    category: profile.categories.find((c) => c.id === ev.category)?.nameAr ?? null,
    domain: profile.domains.find((d) => d.id === ev.domain)?.nameAr ?? null,
  };
}

/** The beneficiary's fields a submission answers (null where it gave none): a new beneficiary's row holds them;
 *  a known one's is merged with them (`mergeKnown`: a blank never erases what is known). */
export function beneficiaryAnswers(profile: Profile, ev: Evaluation) {
  return {
    full_name: ev.identity.fullName,
    national_id: ev.identity.nationalId,
    mobile: ev.identity.mobile,
    email: ev.identity.email,
    ...answerLabels(profile, ev),
    name_key: ev.identity.nameKey,
  };
}

/** The request's columns on its case row: who (the ID masked, RB-2), what they asked for, and on what terms. */
export function requestColumns(profile: Profile, ev: Evaluation) {
  const { beneficiary_type, category, domain } = answerLabels(profile, ev);
  return {
    beneficiary_name: ev.identity.fullName,
    national_id_masked: ev.identity.nationalId ? maskNationalId(ev.identity.nationalId) : null,
    beneficiary_type,
    category,
    domain,
    service: ev.service?.nameAr ?? null,
    conditions: Object.entries(ev.conditions)
      .map(([key, value]) => `${ev.service?.conditions.find((c) => c.key === key)?.labelAr ?? key}: ${value}`)
      .join('؛ '),
    details: ev.details,
  };
}
