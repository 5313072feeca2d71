// A staff member typed into the cases tab: a status or decision cell runs the matching transition through the
// one command handler; anything illegal is refused with the reason, and the entry code puts the old value back.
import type { CaseCommand, CaseState, CaseStatus } from '../../domain/case';
import { commandForStatusChange } from '../../domain/case';
import { failure, wordsOf } from '../../domain/codedError';
import { decisionFromLabel, parseState, statusFromLabel } from '../register/caseRecord';
import { caseStep, replyChannelOf, stamp, type CaseDeps } from './caseActions';
import { repairCaseRows, repairNotice } from '../register/rowRepair';
import { handleCommand } from '../commandHandler';
import { t } from '../../i18n';
import { tabSpec } from '../../ports/registerSchema';
import { splitList } from '../../domain/text';
import { defaultCommittee } from '../sidebar/steps';
import { INDEXED_COLUMNS, type BeneficiaryIndex, type IndexedColumn } from '../intake/beneficiaryIndex';
import type { TableOf } from '../../ports';

export interface CellEdit {
  rowNumber: number;
  column: string | null; // column key, null when the product does not own the column
  oldValue: unknown;
  newValue: unknown;
  /** The editor's email; '' when Google did not reveal who edited. */
  actor: string;
}

/** `restore`: what the refused cell is to show again, when not its old value (a repaired row's true status). */
export type EditOutcome = { kind: 'ignored' } | { kind: 'applied'; status: CaseStatus } | { kind: 'refused'; reason: string; caseNo?: string; restore?: string };

/** The audit's name for an editor Google did not identify (consumer accounts, or from outside the domain). */
export function auditActor(actor: string): string {
  return actor || t('audit.actor.unidentified');
}

function statusCommand(deps: CaseDeps, state: CaseState, to: CaseStatus, row: Record<string, unknown>, actor: string): CaseCommand | string {
  const type = commandForStatusChange(state.status, to);
  const s = stamp(deps, actor);
  switch (type) {
    case null:
      return t('register.edit.useMenu', { action: t(`case.status.${to}`) });
    case 'Complete':
      return { type, data: s };
    case 'StartStudy':
      // The committee the sidebar would propose, by the name staff read in the unit column (SR-5's competent unit).
      return { type, data: { unit: String(row.unit || defaultCommittee(deps.config.profile)?.nameAr || t('sidebar.field.unit')), ...s } };
    case 'NotifyBeneficiary':
      return { type, data: { channel: replyChannelOf(deps.config, row as never), ...s } };
    case 'DeliverService':
    case 'Close':
    case 'ReturnFromReferral':
      return { type, data: s };
    case 'ReferToOfficer':
      return { type, data: { officer: deps.config.profile.officerForUnclearProcedure, reason: '', ...s } };
    default:
      return t('register.edit.useMenu', { action: t(`case.command.${type}`) });
  }
}

export function applyRegisterEdit(deps: CaseDeps, edit: CellEdit): EditOutcome {
  if (edit.rowNumber < 2 || edit.column === null) return { kind: 'ignored' };
  const spec = tabSpec('cases').columns.find((c) => c.key === edit.column);
  if (!spec) return { kind: 'ignored' };
  if (edit.column !== 'status' && edit.column !== 'decision') {
    return spec.system ? { kind: 'refused', reason: t('register.edit.systemColumn') } : { kind: 'ignored' };
  }
  const table = deps.register.table('cases');
  const hit = { rowNumber: edit.rowNumber, row: table.readRow(edit.rowNumber) };
  if (!hit.row.state) return { kind: 'ignored' };
  // The row already holds the new value; the state column still holds the truth before the edit.
  const state = parseState(hit.row);
  // A row a faulted step left half written is mended first, as a panel step mends it (caseStep): the status the
  // person saw is the cell's old value (a typed status cell already holds the new one; unknown when Google gives none).
  const shown = edit.column === 'status' ? edit.oldValue : hit.row.status;
  const [repair] = shown === undefined ? [] : repairCaseRows({ register: deps.register, audit: deps.audit, profile: deps.config.profile }, [{ ...hit, state, shown }], auditActor(edit.actor));
  if (repair) deps.audit.flush();
  const row = repair?.row ?? hit.row;
  // A refused edit of a repaired row says so first, and its status cell is to show the true status, not the stale one.
  const refused = (reason: string): EditOutcome => ({
    kind: 'refused',
    reason: repair ? `${repairNotice(repair)} ${reason}` : reason,
    caseNo: String(row.case_no),
    ...(repair && edit.column === 'status' ? { restore: repair.status } : {}),
  });
  let command: CaseCommand | string;
  if (edit.column === 'status') {
    const to = statusFromLabel(edit.newValue);
    if (!to) return refused(t('register.edit.useMenu', { action: String(edit.newValue) }));
    if (to === state.status) return { kind: 'ignored' };
    command = statusCommand(deps, state, to, row, edit.actor);
  } else {
    const decision = decisionFromLabel(edit.newValue);
    if (!decision) return { kind: 'ignored' };
    const committee = String(row.committee || deps.config.profile.committees.find((c) => c.purpose === 'eligibility' || c.purpose === 'research')?.nameAr || '');
    command = {
      type: 'Decide',
      data: { decision, reasons: splitList(row.reasons, { commas: false }), committee, verificationRequired: deps.config.profile.features.eligibility, ...stamp(deps, edit.actor) },
    };
  }
  if (typeof command === 'string') return refused(command);
  // Every step here needs a role, and a role needs a person: an editor Google did not identify is nobody's
  // step, never the owner's. The case panel and the menu run as the person, where Google does identify them.
  if (!edit.actor) return refused(t('register.edit.unidentified'));
  const step: CaseCommand = command;
  const loaded = { rowNumber: hit.rowNumber, row, state };
  const typed = edit.newValue;
  try {
    // The same step as the panel's (authorisation, row, audit line, letter), on the row the trigger read (the
    // repair, if any, already made: `shown` unknown to the step).
    const { state: reached } = handleCommand(deps.audit, caseStep(deps, edit.actor, () => loaded, () => [step], {
      // A referral returns where the case came from: the status typed must be that one.
      check: (_loaded, next) => {
        if (edit.column === 'status' && next.status !== statusFromLabel(typed)) throw failure('EDIT_UNREACHABLE', 'register.edit.useMenu', { action: String(typed) });
      },
      shown: () => undefined,
    }));
    return { kind: 'applied', status: reached.status };
  } catch (err) {
    // Role and decider refusals are worded from their code.
    return refused(wordsOf(err) ?? (err instanceof Error ? err.message : String(err)));
  }
}

/** Staff typed or pasted into the beneficiaries tab: rows whose national ID (or name key) changed are entered
 *  under their new value in the lookup index, so a returning person is still found. `oldValue` is Google's
 *  (a single cell only): that entry is removed too; a paste leaves the old ones, which a lookup then finds stale
 *  and rebuilds. Returns whether the index was touched. The caller holds the lock. */
export function reindexBeneficiaryEdit(
  deps: { index: BeneficiaryIndex; beneficiaries: TableOf<'beneficiaries'> },
  edit: { rowNumbers: number[]; column: string | null; oldValue?: unknown; singleCell: boolean },
): boolean {
  if (!INDEXED_COLUMNS.includes(edit.column as IndexedColumn)) return false;
  const column = edit.column as IndexedColumn;
  const hits = deps.beneficiaries.readRows(edit.rowNumbers.filter((r) => r >= 2));
  for (const { rowNumber, row } of hits) {
    const before = edit.singleCell ? { ...row, [column]: edit.oldValue === undefined || edit.oldValue === null ? '' : String(edit.oldValue) } : null;
    deps.index.noteWritten(rowNumber, before, row);
  }
  return hits.length > 0;
}
