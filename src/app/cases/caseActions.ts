// Staff steps on a case (SR, EL) through the one command handler: each loads the case row, runs the decider,
// writes the projection back, leaves an audit trace and tells the beneficiary when the step calls for it.
import type { CellsOf, Clock, Register, Row } from '../../ports';
import type { RegisterConfig } from '../config';
import type { AuditTrail } from '../audit';
import type { Outbox, OutboxEntry } from '../notify/outbox';
import { reachOfBeneficiary } from '../notify/channels';
import { toBeneficiary } from '../notify/caseMessages';
import { caseDecider, type CaseCommand, type CaseEvent, type CaseState, type Stamp } from '../../domain/case';
import type { Decided } from '../../domain/decider';
import { handleCommand, type CommandStep } from '../commandHandler';
import { dueDate, formatDual, riyadhDate, type IsoDate } from '../../domain/time';
import { parseState, projectState, statusLabel } from '../register/caseRecord';
import { dateOfIso } from '../register/dates';
import { missingKeyLabel } from '../intake/missing';
import { t } from '../../i18n';
import { requireRun, staffMemberOf } from '../access';
import { listIdOf } from '../register/lists';
import { failure } from '../../domain/codedError';
import { repairCaseRows, repairNotice, withRepairNotice, type RowRepair } from '../register/rowRepair';

export interface CaseDeps {
  register: Register;
  clock: Clock;
  audit: AuditTrail;
  outbox: Outbox;
  config: RegisterConfig;
}

export interface LoadedCase {
  rowNumber: number;
  row: Row;
  state: CaseState;
  /** The repair made on load, when the row was half written (src/app/register/rowRepair.ts). */
  repair?: RowRepair;
}

export function loadCase(register: Register, caseNo: string): LoadedCase {
  const hit = register.table('cases').findBy('case_no', caseNo);
  if (!hit) throw failure('CASE_NOT_FOUND', 'register.error.caseNotFound', { caseNo });
  return { ...hit, state: parseState(hit.row) };
}

export function stamp(deps: CaseDeps, actor: string): Stamp {
  return { actor, at: deps.clock.now().toISOString() };
}

/** The reply channel id behind the label in the case row. */
export function replyChannelOf(config: RegisterConfig, row: Row): string {
  return listIdOf('replyChannel', row.reply_channel, config.profile) ?? 'email';
}

/** The case row as the new state shows it. */
function projectedRow(deps: CaseDeps, loaded: LoadedCase, state: CaseState): CellsOf<'cases'> {
  const row: CellsOf<'cases'> = { ...loaded.row, ...projectState(state, (k) => missingKeyLabel(deps.config.profile, k)), updated_at: deps.clock.now() };
  // Completed by staff (the missing items came by another route): the deadline clock starts now.
  if (state.status === 'complete' && loaded.state.status !== 'complete') Object.assign(row, replyDeadline(deps.config, state).columns);
  return row;
}

/** The reply deadline of a complete case (SR-5: counted from completion) and the columns showing it. */
export function replyDeadline(config: RegisterConfig, state: CaseState): { due: IsoDate | null; columns: Row } {
  if (state.status !== 'complete') return { due: null, columns: { due_date: null, due_dual: null } };
  const due = dueDate(riyadhDate(new Date(state.completedAt)), config.profile.deadline.rule, config.calendar);
  return { due, columns: { due_date: dateOfIso(due), due_dual: formatDual(due, { digits: config.profile.digits }) } };
}

/** Where a case step's row and letter go: written and sent at once (a step from the panel or a typed cell), or
 *  gathered by a batch (the committee's minutes) to be written in one update and sent in one batch. */
export interface CaseOutput {
  save(loaded: LoadedCase, row: Row): void;
  tell(row: Row, state: CaseState): void;
}

/** One case at a time: the row written now, the letter sent now. */
export function caseOutputNow(deps: CaseDeps): CaseOutput {
  return {
    save: (loaded, row) => deps.register.table('cases').update([{ rowNumber: loaded.rowNumber, row }]),
    tell: (row, state) => notifyDecision(deps, row, state),
  };
}

/** Case steps taken together (the committee's minutes): the rows gathered for one update, the letters for one
 *  send, their beneficiaries read once. */
export class CaseBatch implements CaseOutput {
  readonly rows: Array<{ rowNumber: number; row: Row }> = [];
  private readonly told: Array<{ row: Row; state: CaseState }> = [];

  constructor(private readonly deps: CaseDeps) {}

  save(loaded: LoadedCase, row: Row): void {
    this.rows.push({ rowNumber: loaded.rowNumber, row });
  }

  tell(row: Row, state: CaseState): void {
    this.told.push({ row, state });
  }

  /** The decision letters of the cases told, from one read of the beneficiaries (none when nobody is told). */
  letters(): OutboxEntry[] {
    if (this.told.length === 0) return [];
    const people = new Map(this.deps.register.table('beneficiaries').readAll().map(({ row }) => [String(row.beneficiary_id), row]));
    return this.told.flatMap(({ row, state }) => decisionLetter(this.deps, row, state, people.get(String(row.beneficiary_id ?? '')) ?? null) ?? []);
  }
}

export interface CaseStepOptions {
  /** Who may run the commands: by default the role rule of the panel (`requireRun`, checked per command on this
   *  case); a step with a rule of its own (the committee's minutes) passes it here. */
  authorize?: (loaded: LoadedCase, commands: readonly CaseCommand[]) => void;
  /** Refuses an outcome the caller did not ask for (see `CommandStep.check`). */
  check?: (loaded: LoadedCase, state: CaseState) => void;
  /** Where the row and the letter go (default: at once). */
  output?: CaseOutput;
  /** The status the person saw on the row, when it is not the status cell as loaded (a typed status cell already
   *  holds the new value: the cell's old value); `undefined` when it is not known (then no repair is tried). */
  shown?: (loaded: LoadedCase) => unknown;
}

/** A staff step on one case, as the one command handler runs it: the same authorisation, row, audit line and
 *  letter whichever way the step came (the panel, the menu, a typed cell, the committee's minutes). */
export function caseStep(
  deps: CaseDeps,
  actor: string,
  load: () => LoadedCase,
  build: (loaded: LoadedCase) => CaseCommand[],
  options: CaseStepOptions = {},
): CommandStep<CaseCommand, CaseEvent, CaseState, undefined, LoadedCase, Row> {
  const output = options.output ?? caseOutputNow(deps);
  const check = options.check;
  let repair: RowRepair | null = null;
  return {
    decider: caseDecider,
    // A row a faulted step left half written (its status cell not its state's) is mended first: the state's
    // projection written again, audited at once (in a batch, with the batch's audit), and the step then runs on the
    // truth. A step that succeeds writes its whole projection anyway; one refused says the row was repaired.
    load: () => {
      const loaded = load();
      const shown = options.shown ? options.shown(loaded) : loaded.row.status;
      if (shown === undefined) return loaded;
      [repair = null] = repairCaseRows({ register: deps.register, audit: deps.audit, profile: deps.config.profile }, [{ ...loaded, shown }], actor);
      if (!repair) return loaded;
      if (!options.output) deps.audit.flush();
      return { ...loaded, row: repair.row, repair };
    },
    refusal: (error) => (repair ? withRepairNotice(error, repair) : error),
    commands: build,
    context: () => undefined,
    // The caller's role (staff tab) is checked here, on every call, whatever page or menu sent it.
    authorize: options.authorize ?? ((loaded, commands) => {
      const member = staffMemberOf(deps.config.staff, actor);
      for (const command of commands) requireRun(member, command.type, loaded.row);
    }),
    ...(check ? { check: (loaded: LoadedCase, decided: Decided<CaseEvent, CaseState>) => check(loaded, decided.state) } : {}),
    save: (loaded, decided) => {
      const row = projectedRow(deps, loaded, decided.state);
      output.save(loaded, row);
      return row;
    },
    audit: (loaded, decided, _row, commands) => ({
      actor,
      action: 'case_transition',
      caseNo: String(loaded.row.case_no),
      // The step's name first: several steps (verification…) leave the status as it was.
      details: `${commands.map((c) => t(`case.command.${c.type}`)).join('، ')}: ${statusLabel(loaded.state.status)} → ${statusLabel(decided.state.status)}`,
    }),
    after: (loaded, decided, row) => {
      if (decided.state.status === 'notified' && loaded.state.status !== 'notified') output.tell(row, decided.state);
    },
  };
}

/** Loads, applies, writes, audits, and notifies where the new state calls for it; `repaired`: what the person is told
 *  of a half-written row repaired first. */
export function transition(deps: CaseDeps, caseNo: string, actor: string, build: (state: CaseState) => CaseCommand[]): { state: CaseState; row: Row; repaired?: string } {
  const { state, saved, loaded } = handleCommand(deps.audit, caseStep(deps, actor, () => loadCase(deps.register, caseNo), (l) => build(l.state)));
  return { state, row: saved, ...(loaded.repair ? { repaired: repairNotice(loaded.repair) } : {}) };
}

/** The decision letter to the beneficiary on the agreed channel (SR-5), for a case just notified. */
export function decisionLetter(deps: CaseDeps, row: Row, state: CaseState, beneficiary: Row | null): OutboxEntry | null {
  if (state.status !== 'notified') return null;
  const { profile } = deps.config;
  const service = String(row.service ?? '—');
  const caseNo = String(row.case_no);
  const replyChannel = replyChannelOf(deps.config, row);
  const name = String(beneficiary?.full_name ?? row.beneficiary_name ?? '—');
  const accepted = state.decision === 'accepted';
  return toBeneficiary(
    profile,
    {
      caseNo,
      name,
      email: beneficiary?.email ? String(beneficiary.email) : null,
      replyChannel,
      officerEmail: row.officer ? String(row.officer) : null,
      ...reachOfBeneficiary(profile, beneficiary, replyChannel),
    },
    'decision',
    {
      subject: t('mail.decision.subject', { caseNo, org: profile.name.ar }),
      paragraphs: [t(state.decision === 'accepted' ? 'mail.decision.accepted' : 'mail.decision.rejected', { service })],
      facts: [
        [t('mail.fact.caseNo'), caseNo],
        [t('mail.fact.service'), service],
        [t('mail.fact.decision'), String(row.decision ?? '')],
        [t('mail.fact.reasons'), state.reasons.join('؛ ')],
        [t('mail.fact.date'), formatDual(riyadhDate(new Date(state.decidedAt)), { digits: profile.digits })],
      ],
    },
    deps.config.managerEmail,
    {
      sms: t(accepted ? 'sms.decision.accepted' : 'sms.decision.rejected', { org: profile.name.ar, caseNo }),
      whatsapp: { kind: 'decision', params: [name, caseNo, t(accepted ? 'wa.decision.accepted' : 'wa.decision.rejected')] },
    },
    deps.config.settings,
  );
}

/** One case's decision letter, sent now (looks its beneficiary up by number: one read). */
export function notifyDecision(deps: CaseDeps, row: Row, state: CaseState): void {
  const beneficiary = deps.register.table('beneficiaries').findBy('beneficiary_id', String(row.beneficiary_id ?? ''));
  const letter = decisionLetter(deps, row, state, beneficiary?.row ?? null);
  if (letter) deps.outbox.queueAndSend([letter]);
}
