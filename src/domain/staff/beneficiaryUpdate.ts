// IN-3: a beneficiary's request to update their contact data, matched safely and never an automatic overwrite of someone else.
import { t, type Lang } from '../../i18n';
import { cleanText, validateEmail, validateMobile, validateNationalId } from '../text';

export const UPDATABLE_FIELDS = ['mobile', 'email', 'city', 'address', 'preferredChannel'] as const;
export type UpdatableField = (typeof UPDATABLE_FIELDS)[number];

export interface BeneficiaryRecord {
  readonly beneficiaryId: string;
  /** Stored as validateNationalId gives it. */
  readonly nationalId: string;
  /** Stored as E.164 (+9665XXXXXXXX), as validateMobile gives it. */
  readonly mobile: string;
  readonly email: string;
  readonly city: string;
  readonly address: string;
  readonly preferredChannel: string;
}

export interface UpdateRequest {
  readonly nationalId: string;
  /** The mobile already on file: with the ID it proves the request comes from the beneficiary. */
  readonly mobile: string;
  readonly changes: Partial<Record<UpdatableField, string>>;
}

export interface FieldChange { readonly field: UpdatableField; readonly before: string; readonly after: string }

export type UpdateMatch =
  | { readonly kind: 'apply'; readonly beneficiaryId: string; readonly changes: readonly FieldChange[] }
  | { readonly kind: 'unchanged'; readonly beneficiaryId: string }
  /** Not safe to apply: it becomes a case for staff to verify with the beneficiary. */
  | { readonly kind: 'verify'; readonly reason: VerifyReason; readonly fields?: readonly UpdatableField[] };
export type VerifyReason = 'invalid_identity' | 'no_match' | 'mobile_mismatch' | 'ambiguous' | 'invalid_value';

/**
 * Matches the request to exactly one beneficiary whose national ID and mobile both match. Anything else —
 * an unknown ID, a known ID with another mobile, two records, a new value that is not valid — goes to staff.
 */
export function matchUpdateRequest(request: UpdateRequest, beneficiaries: readonly BeneficiaryRecord[]): UpdateMatch {
  const id = validateNationalId(request.nationalId);
  const mobile = validateMobile(request.mobile);
  if (!id.ok || !mobile.ok) return { kind: 'verify', reason: 'invalid_identity' };
  const sameId = beneficiaries.filter((b) => b.nationalId === id.value);
  if (sameId.length === 0) return { kind: 'verify', reason: 'no_match' };
  const both = sameId.filter((b) => b.mobile === mobile.value);
  if (both.length === 0) return { kind: 'verify', reason: 'mobile_mismatch' };
  if (both.length > 1) return { kind: 'verify', reason: 'ambiguous' };
  const record = both[0] as BeneficiaryRecord;

  const cleaned = cleanChanges(request.changes);
  const invalid = cleaned.filter((c) => c.value === null).map((c) => c.field);
  if (invalid.length > 0) return { kind: 'verify', reason: 'invalid_value', fields: invalid };
  const changes = changedFields(record, Object.fromEntries(cleaned.map((c) => [c.field, c.value as string])));
  return changes.length === 0 ? { kind: 'unchanged', beneficiaryId: record.beneficiaryId } : { kind: 'apply', beneficiaryId: record.beneficiaryId, changes };
}

/** The fields whose value differs, with before and after, for the audit trail. */
export function changedFields(before: BeneficiaryRecord, after: Partial<Record<UpdatableField, string>>): FieldChange[] {
  return UPDATABLE_FIELDS.flatMap((field) => {
    const value = after[field];
    return value !== undefined && value !== before[field] ? [{ field, before: before[field], after: value }] : [];
  });
}

/** Each answered field in its stored form, or null when it is not valid; blank answers mean "no change". */
interface CleanedChange { field: UpdatableField; value: string | null }

function cleanChanges(changes: UpdateRequest['changes']): CleanedChange[] {
  return UPDATABLE_FIELDS.flatMap((field): CleanedChange[] => {
    const raw = changes[field];
    if (raw === undefined || cleanText(raw) === '') return [];
    switch (field) {
      case 'mobile': {
        const r = validateMobile(raw);
        return [{ field, value: r.ok ? r.value : null }];
      }
      case 'email': {
        const r = validateEmail(raw);
        return [{ field, value: r.ok ? r.value : null }];
      }
      case 'city':
      case 'address':
      case 'preferredChannel':
        return [{ field, value: cleanText(raw) }];
      default: {
        const _exhaustive: never = field;
        return _exhaustive;
      }
    }
  });
}

/** Why an update went to staff, in the words of the verification case (Arabic by default). */
export function describeVerifyReason(match: Extract<UpdateMatch, { kind: 'verify' }>, lang: Lang = 'ar'): string {
  return t(`policy.update.verify.${match.reason}`, { fields: (match.fields ?? []).join(lang === 'ar' ? '، ' : ', ') }, lang);
}
