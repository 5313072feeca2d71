// The daily check of the beneficiaries' lookup index (issue 13): rebuilt from one read of its two columns, and every
// national ID changed outside the product that another beneficiary holds recorded as a possible duplicate, for staff.
import type { Register } from '../../ports';
import type { AuditTrail } from '../audit';
import type { BeneficiaryIndex, IndexCheck } from './beneficiaryIndex';
import { t } from '../../i18n';

export interface IndexCheckReport {
  rebuilt: boolean;
  changedIds: number;
  changedNames: number;
  possibleDuplicates: number;
}

/** Runs under the scheduled jobs' lock; safe to run twice (a flagged row is flagged once, its audit row then says so again only if the index missed it again). */
export function checkBeneficiaryIndex(deps: { index: BeneficiaryIndex; register: Register; audit: AuditTrail }): IndexCheckReport {
  const check: IndexCheck = deps.index.check();
  const people = deps.register.table('beneficiaries');
  let flagged = 0;
  for (const { rowNumber, others } of check.sharedIds) {
    const [mine, ...theirs] = people.readRows([rowNumber, ...others]);
    const other = String(theirs[0]?.row.beneficiary_id ?? '');
    const beneficiaryId = String(mine.row.beneficiary_id ?? '');
    if (!other || !beneficiaryId) continue;
    if (!mine.row.possible_duplicate_of) people.update([{ rowNumber, row: { possible_duplicate_of: other } }]);
    deps.audit.record({ actor: 'system', action: 'possible_duplicate', details: t('lookup.audit.possibleDuplicate', { beneficiaryId, other }) });
    flagged += 1;
  }
  deps.audit.flush();
  return { rebuilt: check.rebuilt, changedIds: check.changed.national_id.length, changedNames: check.changed.name_key.length, possibleDuplicates: flagged };
}
