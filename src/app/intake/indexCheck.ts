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
  // One read of every row the check named, and one write of the flags: however many IDs it found shared.
  const named = [...new Set(check.sharedIds.flatMap(({ rowNumber, others }) => [rowNumber, ...others]))];
  const rows = new Map(people.readRows(named).map((hit) => [hit.rowNumber, hit.row]));
  const flags: Array<{ rowNumber: number; row: { possible_duplicate_of: string } }> = [];
  let flagged = 0;
  for (const { rowNumber, others } of check.sharedIds) {
    const mine = rows.get(rowNumber);
    const other = String(rows.get(others[0])?.beneficiary_id ?? '');
    const beneficiaryId = String(mine?.beneficiary_id ?? '');
    if (!mine || !other || !beneficiaryId) continue;
    if (!mine.possible_duplicate_of) flags.push({ rowNumber, row: { possible_duplicate_of: other } });
    deps.audit.record({ actor: 'system', action: 'possible_duplicate', details: t('lookup.audit.possibleDuplicate', { beneficiaryId, other }) });
    flagged += 1;
  }
  people.update(flags);
  deps.audit.flush();
  return { rebuilt: check.rebuilt, changedIds: check.changed.national_id.length, changedNames: check.changed.name_key.length, possibleDuplicates: flagged };
}
