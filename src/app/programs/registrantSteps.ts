// Staff steps on a registration (PR-4, PR-5 and the interview route): each runs the registration decider
// against its program, writes the row back, leaves an audit trace and tells the registrant.
import type { CellsOf } from '../../ports';
import { receiptText, registrationDecider, type Program, type RegistrationCommand, type RegistrationState } from '../../domain/program';
import { handleCommand } from '../commandHandler';
import { formatDual, riyadhDate } from '../../domain/time';
import { isEnrolled, loadProgram, loadRegistration, projectRegistration, registrationStatusLabel, type LoadedRegistration } from './programRecords';
import { registrantOf, toRegistrant } from './programMail';
import { requireProgramsFeature, type ProgramDeps } from './programDeps';
import { t } from '../../i18n';
import { requireStep } from '../access';
import { failure } from '../../domain/codedError';

type Stamp = { actor: string; at: string };

interface StepResult {
  regNo: string;
  status: string;
}

function runStep(
  deps: ProgramDeps,
  regNo: string,
  actor: string,
  build: (ctx: { program: Program; loaded: LoadedRegistration; stamp: Stamp }) => RegistrationCommand,
  tell: (ctx: { program: Program; state: RegistrationState; row: CellsOf<'registrations'> }) => { kind: string; subject: string; paragraphs: string[]; facts?: Array<[string, string]>; notice: string } | null,
): StepResult {
  requireProgramsFeature(deps);
  const table = deps.register.table('registrations');
  const { state } = handleCommand(deps.audit, {
    decider: registrationDecider,
    load: () => {
      const loaded = loadRegistration(table, regNo);
      if (loaded.state.status === 'initial') {
        // A refused registration never entered the program: staff see the reason in the row.
        throw failure('REGISTRATION_REFUSED', 'programs.error.refusedRegistration', { regNo, reason: String(loaded.row.refusal ?? '') });
      }
      return { ...loaded, program: loadProgram(deps.register, String(loaded.row.program_id)).program };
    },
    commands: ({ program, ...loaded }) => [build({ program, loaded, stamp: { actor, at: deps.clock.now().toISOString() } })],
    context: (loaded) => loaded.program,
    authorize: (_loaded, commands) => commands.forEach((c) => requireStep(deps.config.staff, actor, c.type)),
    save: (loaded, decided) => {
      const row: CellsOf<'registrations'> = { ...loaded.row, ...projectRegistration(decided.state), updated_at: deps.clock.now() };
      table.update([{ rowNumber: loaded.rowNumber, row }]);
      return row;
    },
    audit: (loaded, decided, _row, commands) => ({
      actor,
      action: 'program_step',
      details: `${regNo}: ${registrationStatusLabel(loaded.state.status)} → ${registrationStatusLabel(decided.state.status)} (${commands.map((c) => t(`policy.program.command.${c.type}`)).join('، ')})`,
    }),
    after: (loaded, decided, row) => {
      const mail = tell({ program: loaded.program, state: decided.state, row });
      if (!mail) return;
      deps.outbox.queueAndSend([toRegistrant(deps, registrantOf(regNo, row), mail.kind, mail, { notice: mail.notice })]);
    },
  });
  return { regNo, status: registrationStatusLabel(state.status) };
}

const org = (deps: ProgramDeps) => deps.config.profile.name.ar;

/** PR-4, PR-5: the fee is recorded against its receipt, and the receipt goes to the registrant by email. */
export function recordProgramPayment(deps: ProgramDeps, regNo: string, amount: number, receiptNo: string, actor: string): StepResult {
  return runStep(
    deps, regNo, actor,
    ({ stamp }) => ({ type: 'RecordPayment', data: { amount: Number(amount), receiptNo: String(receiptNo ?? ''), ...stamp } }),
    ({ program, row }) => ({
      kind: `receipt-${receiptNo}`,
      subject: t('programs.mail.receipt.subject', { receiptNo, org: org(deps) }),
      notice: t('notice.program.receipt', { program: program.nameAr, receiptNo: String(receiptNo) }),
      paragraphs: receiptText(
        program,
        { receiptNo: String(receiptNo), amount: Number(amount), paidOn: riyadhDate(deps.clock.now()), payer: String(row.full_name ?? '') },
        org(deps),
        deps.config.profile.digits,
      ).split('\n'),
    }),
  );
}

export function inviteToInterview(deps: ProgramDeps, regNo: string, actor: string): StepResult {
  return runStep(
    deps, regNo, actor,
    ({ stamp }) => ({ type: 'InviteToInterview', data: stamp }),
    ({ program }) => ({
      kind: 'invite',
      subject: t('programs.mail.invite.subject', { program: program.nameAr, org: org(deps) }),
      notice: t('notice.program.invite', { program: program.nameAr }),
      paragraphs: [t('programs.mail.invite.body', { program: program.nameAr })],
    }),
  );
}

export function recordInterview(deps: ProgramDeps, regNo: string, accepted: boolean, notes: string, actor: string): StepResult {
  return runStep(
    deps, regNo, actor,
    ({ stamp }) => ({ type: 'RecordInterview', data: { accepted: !!accepted, notes: String(notes ?? ''), ...stamp } }),
    // The accepted hear from the call to complete their registration; the others are told now.
    ({ program, state }) =>
      state.status === 'not_accepted'
        ? {
          kind: 'interview', subject: t('programs.mail.notAccepted.subject', { program: program.nameAr, org: org(deps) }),
          paragraphs: [t('programs.mail.notAccepted.body', { program: program.nameAr })], notice: t('notice.program.notAccepted', { program: program.nameAr }),
        }
        : null,
  );
}

export function callToCompleteRegistration(deps: ProgramDeps, regNo: string, actor: string): StepResult {
  return runStep(
    deps, regNo, actor,
    ({ stamp }) => ({ type: 'CallToComplete', data: stamp }),
    ({ program }) => ({
      kind: 'call',
      subject: t('programs.mail.call.subject', { program: program.nameAr, org: org(deps) }),
      notice: t('notice.program.call', { program: program.nameAr }),
      paragraphs: [t('programs.mail.call.body', { program: program.nameAr }), ...(program.fee > 0 ? [t('programs.mail.registered.fee', { fee: program.fee })] : [])],
    }),
  );
}

/** Enrolment: the capacity counts those already enrolled in the program. */
export function enrollRegistrant(deps: ProgramDeps, regNo: string, actor: string): StepResult {
  return runStep(
    deps, regNo, actor,
    ({ loaded, stamp }) => {
      const enrolledSoFar = deps.register.table('registrations').findAllBy('program_id', String(loaded.row.program_id)).filter(({ row }) => isEnrolled(row)).length;
      return { type: 'Enroll', data: { enrolledSoFar, ...stamp } };
    },
    ({ program }) => ({
      kind: 'enrolled',
      subject: t('programs.mail.enrolled.subject', { program: program.nameAr, org: org(deps) }),
      notice: t('notice.program.enrolled', { program: program.nameAr }),
      paragraphs: [t('programs.mail.enrolled.body', { program: program.nameAr })],
      facts: [[t('programs.fact.dates'), `${formatDual(program.startDate, { digits: deps.config.profile.digits })} — ${formatDual(program.endDate, { digits: deps.config.profile.digits })}`]],
    }),
  );
}
