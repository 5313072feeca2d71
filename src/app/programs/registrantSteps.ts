// Staff steps on a registration (PR-4, PR-5 and the interview route): each runs the registration decider
// against its program, writes the row back, leaves an audit trace and tells the registrant.
import type { Row } from '../../ports';
import { decideRegistration, evolveRegistration, receiptText, type Program, type RegistrationCommand, type RegistrationState } from '../../domain/program';
import { formatDual, riyadhDate } from '../../domain/time';
import { isEnrolled, loadProgram, loadRegistration, projectRegistration, registrationStatusLabel, type LoadedRegistration } from './programRecords';
import { registrantOf, toRegistrant } from './programMail';
import { requireProgramsFeature, type ProgramDeps } from './programDeps';
import { t } from '../../i18n';
import { requireStep } from '../access';

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
  tell: (ctx: { program: Program; state: RegistrationState; row: Row }) => { kind: string; subject: string; paragraphs: string[]; facts?: Array<[string, string]>; notice: string } | null,
): StepResult {
  requireProgramsFeature(deps);
  const table = deps.register.table('registrations');
  const loaded = loadRegistration(table, regNo);
  if (loaded.state.status === 'initial') {
    // A refused registration never entered the program: staff see the reason in the row.
    throw new Error(t('programs.error.refusedRegistration', { regNo, reason: String(loaded.row.refusal ?? '') }), { cause: { code: 'REGISTRATION_REFUSED' } });
  }
  const { program } = loadProgram(deps.register, String(loaded.row.program_id));
  const stamp = { actor, at: deps.clock.now().toISOString() };
  const command = build({ program, loaded, stamp });
  requireStep(deps.config.staff, actor, command.type);
  const state = decideRegistration(command, loaded.state, program).reduce(evolveRegistration, loaded.state);
  const row: Row = { ...loaded.row, ...projectRegistration(state), updated_at: deps.clock.now() };
  table.update([{ rowNumber: loaded.rowNumber, row }]);
  deps.audit.record({
    actor,
    action: 'program_step',
    details: `${regNo}: ${registrationStatusLabel(loaded.state.status)} → ${registrationStatusLabel(state.status)} (${t(`policy.program.command.${command.type}` as never)})`,
  });
  const mail = tell({ program, state, row });
  if (mail) {
    deps.outbox.queueAndSend([toRegistrant(deps, registrantOf(regNo, row), mail.kind, mail, { notice: mail.notice })]);
  }
  deps.audit.flush();
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
