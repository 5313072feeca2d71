// Finds the beneficiary a request belongs to: by national ID, else by mobile and name; a name alone
// only flags a possible duplicate (EL: duplicate or fraudulent requests detected, never merged blindly).
import type { Identity } from './evaluate';

export interface KnownBeneficiary {
  beneficiaryId: string;
  nationalId: string | null;
  mobile: string | null;
  nameKey: string;
}

export type BeneficiaryMatch =
  | { kind: 'same'; beneficiaryId: string }
  | { kind: 'new'; possibleDuplicateOf: string | null };

export function matchBeneficiary(known: readonly KnownBeneficiary[], identity: Identity): BeneficiaryMatch {
  if (identity.nationalId) {
    const byId = known.find((b) => b.nationalId === identity.nationalId);
    if (byId) return { kind: 'same', beneficiaryId: byId.beneficiaryId };
  }
  if (identity.mobile && identity.nameKey) {
    const byContact = known.find((b) => b.mobile === identity.mobile && b.nameKey === identity.nameKey);
    if (byContact && (!identity.nationalId || !byContact.nationalId)) return { kind: 'same', beneficiaryId: byContact.beneficiaryId };
  }
  const byName = identity.nameKey ? known.find((b) => b.nameKey === identity.nameKey) : undefined;
  return { kind: 'new', possibleDuplicateOf: byName?.beneficiaryId ?? null };
}
