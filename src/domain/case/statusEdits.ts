// Which edits of the status cell in the register map to a command that needs no further input.
import type { CommandType } from './commands';
import type { CaseStatus } from './state';

/**
 * The command a single-cell status edit stands for, or null when the edit is not a legal next
 * step or needs input a cell cannot carry. The caller fills the data from defaults:
 * - received/incomplete → complete: Complete (staff vouch that nothing is missing).
 * - complete → under_study: StartStudy with the unit in the row, else the profile's study committee by name.
 * - decided → notified: NotifyBeneficiary on the channel agreed with the beneficiary (Esrar SR-5).
 * - notified → delivered: DeliverService (the decider refuses it for a rejected case).
 * - notified/delivered → closed: Close.
 * - received/incomplete/complete/under_study → referred: ReferToOfficer with the profile's
 *   officerForUnclearProcedure and an empty reason.
 * - referred → the status it came from: ReturnFromReferral. A cell cannot say where the case was,
 *   so the caller must check that the resulting state has the status the user typed.
 * Not possible from a cell (null): → incomplete (needs the missing list), → decided (needs the
 * decision, reasons and committee), → withdrawn (needs a reason), and every skipped step.
 */
export function commandForStatusChange(fromStatus: CaseStatus, toStatus: CaseStatus): CommandType | null {
  const edit = `${fromStatus}>${toStatus}`;
  return CELL_EDITS[edit] ?? null;
}

const REFERABLE: readonly CaseStatus[] = ['received', 'incomplete', 'complete', 'under_study'];

const CELL_EDITS: Readonly<Record<string, CommandType>> = {
  'received>complete': 'Complete',
  'incomplete>complete': 'Complete',
  'complete>under_study': 'StartStudy',
  'decided>notified': 'NotifyBeneficiary',
  'notified>delivered': 'DeliverService',
  'notified>closed': 'Close',
  'delivered>closed': 'Close',
  ...Object.fromEntries(REFERABLE.map((status) => [`${status}>referred`, 'ReferToOfficer' as const])),
  ...Object.fromEntries(REFERABLE.map((status) => [`referred>${status}`, 'ReturnFromReferral' as const])),
};
