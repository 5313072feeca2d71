// PR-4, PR-5 and the interview route on in-memory fakes of the ports: staff steps on a registration through the
// one command handler: the fee against its receipt before enrolment, the seats counted, each step told and
// audited, and refusals (a role that does not run programs, a full program) that change nothing.
import {
  callToCompleteRegistration, enrollRegistrant, inviteToInterview, recordInterview, recordProgramPayment,
} from '../../../src/app/programs/registrantSteps';
import { registrationState, registrationStatusLabel } from '../../../src/app/programs/programRecords';
import { programError } from '../../../src/domain/program';
import { wordsOf } from '../../../src/domain/codedError';
import { withDigits } from '../../../src/domain/time';
import { t } from '../../../src/i18n';
import { roleLabel } from '../../../src/app/access';
import { FOLLOW, OFFICER } from '../../fakes/ports';
import { wordsThrown } from '../../fakes/words';
import { defineProgram, paidProgram, programsOrganisation, register, registrant, regNoOf, type Programs } from './withPrograms';

const rowOf = (p: Programs, regNo: string) => p.org.rows('registrations').find((r) => r.reg_no === regNo)!;
const steps = (p: Programs) => p.org.rows('audit').filter((a) => a.action === t('audit.program_step'));
const mailTo = (p: Programs, to: string) => p.org.mailer.delivered.filter((m) => m.to === to);

describe('PR-4, PR-5: the fee is paid against a receipt, then the registrant is enrolled', () => {
  const { p, salman } = paidProgram();
  const unpaid = wordsThrown(() => enrollRegistrant(p.deps, salman, OFFICER));
  const wrong = wordsThrown(() => recordProgramPayment(p.deps, salman, 50, 'R-1000', OFFICER));
  const paid = recordProgramPayment(p.deps, salman, 100, 'R-1001', OFFICER);
  const enrolled = enrollRegistrant(p.deps, salman, OFFICER);

  it('refuses enrolment before the fee and a payment that is not the fee', () => {
    expect(unpaid).toBe(wordsOf(programError({ code: 'FEE_UNPAID' })));
    expect(wrong).toBe(wordsOf(programError({ code: 'WRONG_AMOUNT', amount: 50, fee: 100 })));
  });

  it('records the payment with its receipt number in the row', () => {
    expect(paid.status).toBe(registrationStatusLabel('registered'));
    expect(rowOf(p, salman)).toMatchObject({ payment_amount: 100, receipt_no: 'R-1001' });
  });

  it('sends the receipt to the registrant (PR-5), then the news of the enrolment', () => {
    const subjects = mailTo(p, 'salman@example.com').map((m) => m.subject);
    expect(subjects).toHaveLength(3);
    expect(subjects[1]).toContain(withDigits('R-1001', 'arab'));
    expect(subjects[2]).toContain(t('programs.mail.enrolled.subject', { program: 'مهارات الحاسب للشباب', org: p.org.config.profile.name.ar }));
  });

  it('is enrolled, and the two steps are audited, not the refusals', () => {
    expect(enrolled.status).toBe(registrationStatusLabel('enrolled'));
    expect(registrationState(rowOf(p, salman)).status).toBe('enrolled');
    expect(steps(p).map((a) => String(a.details))).toEqual([
      expect.stringContaining(`${registrationStatusLabel('registered')} → ${registrationStatusLabel('registered')}`),
      expect.stringContaining(`${registrationStatusLabel('registered')} → ${registrationStatusLabel('enrolled')}`),
    ]);
  });
});

describe('PR: the seats are the program\'s capacity', () => {
  const { p, salman, reem, fahad } = paidProgram();
  for (const [regNo, receipt] of [[salman, 'R-1'], [reem, 'R-2'], [fahad, 'R-3']]) recordProgramPayment(p.deps, regNo, 100, receipt, OFFICER);
  enrollRegistrant(p.deps, salman, OFFICER);
  enrollRegistrant(p.deps, reem, OFFICER);
  const before = { ...rowOf(p, fahad) };
  const audited = p.org.rows('audit').length;
  const full = wordsThrown(() => enrollRegistrant(p.deps, fahad, OFFICER));

  it('refuses the third registrant of a program with two seats, and changes nothing', () => {
    expect(full).toBe(wordsOf(programError({ code: 'PROGRAM_FULL', capacity: 2 })));
    expect(rowOf(p, fahad)).toEqual(before);
    expect(p.org.rows('audit')).toHaveLength(audited);
    expect(mailTo(p, 'fahad@example.com').some((m) => m.subject.includes(t('programs.mail.enrolled.subject', { program: 'مهارات الحاسب للشباب', org: p.org.config.profile.name.ar })))).toBe(false);
  });
});

describe('PR: only staff whose role runs programs take its steps', () => {
  const { p, salman } = paidProgram();
  const before = { ...rowOf(p, salman) };
  const audited = p.org.rows('audit').length;

  it('a committee member may not record a payment; someone not on staff may not enrol', () => {
    expect(wordsThrown(() => recordProgramPayment(p.deps, salman, 100, 'R-9', FOLLOW))).toBe(t('sidebar.error.FORBIDDEN', { role: roleLabel('committee_member') }));
    expect(wordsThrown(() => enrollRegistrant(p.deps, salman, 'stranger@example.com'))).toBe(t('sidebar.error.NOT_STAFF'));
    expect(rowOf(p, salman)).toEqual(before);
    expect(p.org.rows('audit')).toHaveLength(audited);
  });

  it('a registration number that is not in the register is refused by number', () => {
    expect(wordsThrown(() => enrollRegistrant(p.deps, 'REG-09999', OFFICER))).toBe(t('programs.error.registrationNotFound', { regNo: 'REG-09999' }));
  });
});

describe('PR: a free program with interviews: nominated, interviewed, called to complete, enrolled', () => {
  const p = programsOrganisation();
  defineProgram(p, { name: 'برنامج القيادات الشابة', ageMin: 18, ageMax: 30, fee: 0, capacity: 10, startDate: '2026-12-13', endDate: '2026-12-24', needsInterview: true });
  const a = regNoOf(register(p, registrant()));
  const b = regNoOf(register(p, registrant({ full_name: 'ماجد', national_id: '1000000016', email: 'majed@example.com' })));
  const early = wordsThrown(() => enrollRegistrant(p.deps, a, OFFICER));
  inviteToInterview(p.deps, a, OFFICER);
  inviteToInterview(p.deps, b, OFFICER);
  // The interview is recorded by whoever held it: a committee member may.
  recordInterview(p.deps, a, true, 'مهارات تواصل ممتازة', FOLLOW);
  recordInterview(p.deps, b, false, 'لا تنطبق الشروط', OFFICER);
  callToCompleteRegistration(p.deps, a, OFFICER);
  enrollRegistrant(p.deps, a, OFFICER);
  const afterRefusal = wordsThrown(() => callToCompleteRegistration(p.deps, b, OFFICER));

  it('enrols no one the interview has not accepted', () => {
    expect(early).toBe(wordsOf(programError({ code: 'ILLEGAL_TRANSITION', from: 'registered', command: 'Enroll' })));
    expect(afterRefusal).toBe(wordsOf(programError({ code: 'ILLEGAL_TRANSITION', from: 'not_accepted', command: 'CallToComplete' })));
  });

  it('goes registered → invited → accepted → called → enrolled, the notes kept', () => {
    expect(rowOf(p, a)).toMatchObject({ status: registrationStatusLabel('enrolled'), interview_notes: 'مهارات تواصل ممتازة' });
    expect(rowOf(p, b)).toMatchObject({ status: registrationStatusLabel('not_accepted'), interview_notes: 'لا تنطبق الشروط' });
  });

  it('tells each step: nominated, called, enrolled; the one not accepted hears the result', () => {
    const org = p.org.config.profile.name.ar;
    const program = 'برنامج القيادات الشابة';
    expect(mailTo(p, 'salman@example.com').map((m) => m.subject)).toEqual([
      t('programs.mail.registered.subject', { program, org }),
      t('programs.mail.invite.subject', { program, org }),
      t('programs.mail.call.subject', { program, org }),
      t('programs.mail.enrolled.subject', { program, org }),
    ].map((s) => withDigits(s, 'arab')));
    expect(mailTo(p, 'majed@example.com').map((m) => m.subject)).toContain(withDigits(t('programs.mail.notAccepted.subject', { program, org }), 'arab'));
  });

  it('audits every staff step in the name of who took it', () => {
    expect(steps(p).map((s) => s.actor)).toEqual([OFFICER, OFFICER, FOLLOW, OFFICER, OFFICER, OFFICER]);
  });

  it('a free program takes no payment', () => {
    expect(wordsThrown(() => recordProgramPayment(p.deps, a, 50, 'R-1', OFFICER))).toBe(wordsOf(programError({ code: 'NO_FEE' })));
  });
});
