// A case row half written by a step that failed mid-way (issue 13): its status cell shows what its state (the truth)
// does not say. Found by the status cell against the state's status; mended by writing the state's projection again.
import type { CellsOf, Register, Row } from '../../ports';
import type { AuditTrail } from '../audit';
import type { Profile } from '../../profiles';
import type { CaseState } from '../../domain/case';
import { projectState, statusFromLabel, statusLabel } from './caseRecord';
import { missingKeyLabel } from '../intake/missing';
import { CodedError, wording } from '../../domain/codedError';
import { t } from '../../i18n';

export interface RowRepair {
  caseNo: string;
  /** The status the row showed, as its cell read. */
  shown: string;
  /** The state's status, as the row now shows it. */
  status: string;
  /** The row as it now stands: what was read, with the projection written over it. */
  row: Row;
}

/** Whether the status a row shows (`shown`: its status cell, as read or as a person saw it) is not its state's. */
export function showsOtherStatus(shown: unknown, state: CaseState): boolean {
  return statusFromLabel(shown) !== state.status;
}

/** The system columns only the state's projection writes: one the state does not name is blank (a half-written
 *  step may have written it ahead). Staff columns the projection also fills (unit, decision, reasons, committee) are
 *  left when the state does not name them: staff type them before the step that records them. */
const PROJECTED_ONLY = ['missing', 'completed_at', 'verification', 'notified_at', 'delivered_at', 'closed_at'] as const;

/** The columns the state projects, bar the state itself (the truth is never rewritten from what it says). */
function projection(profile: Profile, state: CaseState): CellsOf<'cases'> {
  const { state: _truth, ...cells } = projectState(state, (k) => missingKeyLabel(profile, k));
  return { ...Object.fromEntries(PROJECTED_ONLY.map((key) => [key, null])), ...cells };
}

/**
 * Mends rows whose shown status is not their state's: each row's projection written again (the table writes only
 * the cells that differ from what this execution read, so a person's edit elsewhere in the row stands), in one
 * update, and an audit line per row (recorded; the caller flushes). Returns the repairs, in the order given.
 * `shown` is the status the person saw, when it is not the cell as read (a typed cell already holds the new value).
 */
export function repairCaseRows(
  deps: { register: Register; audit: AuditTrail; profile: Profile },
  rows: ReadonlyArray<{ rowNumber: number; row: Row; state: CaseState; shown?: unknown }>,
  actor: string,
): RowRepair[] {
  const wrong = rows.filter((r) => showsOtherStatus(r.shown === undefined ? r.row.status : r.shown, r.state));
  if (wrong.length === 0) return [];
  const changes = wrong.map((r) => ({ rowNumber: r.rowNumber, row: projection(deps.profile, r.state) }));
  deps.register.table('cases').update(changes);
  return wrong.map((r, i) => {
    const shownCell = r.shown === undefined ? r.row.status : r.shown;
    const shownStatus = statusFromLabel(shownCell);
    const repair: RowRepair = {
      caseNo: String(r.row.case_no ?? ''),
      shown: shownStatus ? statusLabel(shownStatus) : String(shownCell ?? ''),
      status: statusLabel(r.state.status),
      row: { ...r.row, ...changes[i].row },
    };
    deps.audit.record({ actor, action: 'case_row_repaired', caseNo: repair.caseNo, details: t('register.repair.audit', { shown: repair.shown, status: repair.status }) });
    return repair;
  });
}

/** What the person is told of a repair: the row showed another status, and its true one. */
export function repairNotice(repair: RowRepair): string {
  return t('register.repair.notice', { caseNo: repair.caseNo, shown: repair.shown, status: repair.status });
}

/** A refusal of a step on a repaired row: the repair said first (the row showed another status), then the reason,
 *  the refusal's code and detail kept. Google's own errors (a fault) are left as they are: their kind is their words. */
export function withRepairNotice(error: unknown, repair: RowRepair): unknown {
  if (!(error instanceof CodedError)) return error;
  const notice = wording('register.repair.notice', { caseNo: repair.caseNo, shown: repair.shown, status: repair.status });
  return new CodedError(error.code, [notice, ...error.wording], error.cause as object);
}
