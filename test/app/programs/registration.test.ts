// PR-2, PR-3 on in-memory fakes of the ports: a registration form checked for completeness and for the age group
// on the program's first day, through the one command handler; a refusal is kept with its Arabic reason and the
// registrant told it; a form Google delivers twice is recorded once; a program that ended takes no one.
import { enrollRegistrant } from '../../../src/app/programs/registrantSteps';
import { registrationState, registrationStatusLabel } from '../../../src/app/programs/programRecords';
import { programError } from '../../../src/domain/program';
import { wordsOf } from '../../../src/domain/codedError';
import { t } from '../../../src/i18n';
import { withDigits } from '../../../src/domain/time';
import { OFFICER } from '../../fakes/ports';
import { wordsThrown } from '../../fakes/words';
import { defineProgram, programsOrganisation, register, registrant, regNoOf, type Programs } from './withPrograms';

function withProgram(): Programs {
  const p = programsOrganisation();
  defineProgram(p);
  p.org.register.table('audit').rows.length = 0;
  p.org.register.table('audit').ops.length = 0;
  return p;
}

const registrations = (p: Programs) => p.org.rows('registrations');
const auditLines = (p: Programs) => p.org.rows('audit').filter((a) => a.action === t('audit.program_registration'));
const mailTo = (p: Programs, to: string) => p.org.mailer.delivered.filter((m) => m.to === to);

describe('PR-2, PR-3: a complete form inside the age group is registered', () => {
  const p = withProgram();
  const outcome = register(p, registrant());

  it('is numbered and recorded as registered, with the age on the first day', () => {
    expect(outcome).toEqual({ kind: 'registered', regNo: 'REG-00001' });
    const [row] = registrations(p);
    expect(row).toMatchObject({ reg_no: 'REG-00001', program_id: 'PR-001', status: registrationStatusLabel('registered'), age_at_start: 21 });
    expect(row).not.toHaveProperty('refusal');
    expect(registrationState(row)).toMatchObject({ status: 'registered', programId: 'PR-001', ageAtStart: 21 });
  });

  it('tells the registrant that the fee comes next (PR-4), once', () => {
    const mails = mailTo(p, 'salman@example.com');
    expect(mails).toHaveLength(1);
    // Rusookh writes Arabic-Indic digits: the fee reads «١٠٠».
    expect(mails[0].text).toContain(withDigits(t('programs.mail.registered.fee', { fee: 100 }), 'arab'));
  });

  it('leaves one audit line, its national ID masked, in one append', () => {
    const lines = auditLines(p);
    expect(lines).toHaveLength(1);
    expect(String(lines[0].details)).toContain(registrationStatusLabel('registered'));
    expect(String(lines[0].details)).not.toContain('1000000008');
    expect(p.org.register.table('audit').ops.filter((op) => op === 'append')).toHaveLength(1);
  });
});

describe('PR-3: the age group is checked on the program\'s first day, both ends included', () => {
  const p = withProgram();
  // 14 on the day they register (22 November), 15 on the first day (6 December): inside.
  const fifteenOnTheDay = register(p, registrant({ full_name: 'يزن', birth_date: '2011-12-01', email: 'yazan@example.com', guardian_name: 'خالد', guardian_mobile: '0551112222' }));
  const twentyFive = register(p, registrant({ full_name: 'نواف', birth_date: '2001-12-06', email: 'nawaf@example.com' }));
  const twentySix = register(p, registrant({ full_name: 'عبدالرحمن الكبير', birth_date: '2000-12-06', email: 'old@example.com' }));

  it('takes the youngest and the oldest the program is for', () => {
    expect([fifteenOnTheDay.kind, twentyFive.kind]).toEqual(['registered', 'registered']);
    expect(registrations(p).map((r) => r.age_at_start).slice(0, 2)).toEqual([15, 25]);
  });

  it('refuses one a year past the group, keeping the reason in the row and in their mail', () => {
    const reason = wordsOf(programError({ code: 'OUTSIDE_AGE_GROUP', age: 26, min: 15, max: 25 }))!;
    expect(reason).toContain('الفئة العمرية المستهدفة من 15 إلى 25');
    expect(twentySix).toEqual({ kind: 'refused', regNo: regNoOf(twentySix), reason });
    const row = registrations(p).find((r) => r.reg_no === regNoOf(twentySix))!;
    expect(row).toMatchObject({ status: registrationStatusLabel('refused'), refusal: reason });
    expect(registrationState(row).status).toBe('initial');
    const [mail] = mailTo(p, 'old@example.com');
    expect(mail.subject).toContain(t('programs.mail.refused.subject', { program: 'مهارات الحاسب للشباب', org: p.org.config.profile.name.ar }));
    expect(mail.text).toContain(withDigits(reason, 'arab'));
  });

  it('a refused registration never enters the program: staff cannot enrol it', () => {
    const reason = String(registrations(p).find((r) => r.reg_no === regNoOf(twentySix))!.refusal);
    expect(wordsThrown(() => enrollRegistrant(p.deps, regNoOf(twentySix), OFFICER))).toBe(t('programs.error.refusedRegistration', { regNo: regNoOf(twentySix), reason }));
    expect(registrations(p).find((r) => r.reg_no === regNoOf(twentySix))!.status).toBe(registrationStatusLabel('refused'));
  });

  it('every form, registered or refused, leaves one audit line', () => {
    expect(auditLines(p)).toHaveLength(3);
  });
});

describe('PR-2: an incomplete form is refused with what is missing', () => {
  const p = withProgram();
  const noMobile = register(p, registrant({ mobile: '' }));
  const badId = register(p, registrant({ national_id: '123' }));
  const minorAlone = register(p, registrant({ full_name: 'ريان القاصر', birth_date: '2010-03-01', email: 'minor@example.com' }));
  const minorWithGuardian = register(p, registrant({ full_name: 'ريان القاصر', birth_date: '2010-03-01', email: 'minor@example.com', guardian_name: 'خالد القاصر', guardian_mobile: '0551112222' }));

  it('names the missing answer, and an invalid one as invalid', () => {
    expect(noMobile).toMatchObject({ kind: 'refused', reason: expect.stringContaining(t('programs.form.reg.mobile')) });
    expect(badId).toMatchObject({ kind: 'refused', reason: expect.stringContaining(t('programs.missing.invalid', { field: t('programs.form.reg.national_id') })) });
  });

  it('a minor (under 18 on the first day) must name a guardian; with one the form is complete', () => {
    expect(minorAlone).toMatchObject({ kind: 'refused', reason: expect.stringContaining(t('programs.form.reg.guardian_name')) });
    expect(minorWithGuardian.kind).toBe('registered');
    expect(registrations(p).find((r) => r.reg_no === regNoOf(minorWithGuardian))).toMatchObject({ guardian_name: 'خالد القاصر', guardian_mobile: '+966551112222' });
  });
});

describe('PR: the program\'s end, and a program nobody announced', () => {
  it('a form arriving after the program\'s last day is refused: registration has closed', () => {
    const p = withProgram();
    p.org.clock.setDay('2026-12-11', 9);
    const late = register(p, registrant());
    expect(late).toMatchObject({ kind: 'refused', reason: t('programs.refusal.ended', { program: 'مهارات الحاسب للشباب' }) });
    expect(registrations(p)[0].status).toBe(registrationStatusLabel('refused'));
  });

  it('a form on the last day is still taken (the age counted on the first day)', () => {
    const p = withProgram();
    p.org.clock.setDay('2026-12-10', 20);
    expect(register(p, registrant()).kind).toBe('registered');
  });

  it('a program the register does not hold is refused by name', () => {
    const p = withProgram();
    expect(register(p, registrant({ program: 'برنامج غير معلن' }))).toMatchObject({
      kind: 'refused', reason: t('programs.refusal.unknownProgram', { program: 'برنامج غير معلن' }),
    });
    expect(registrations(p)[0]).toMatchObject({ program_id: null, program_name: 'برنامج غير معلن' });
  });
});

describe('a form Google delivers twice', () => {
  const p = withProgram();
  const first = register(p, registrant(), 'resp-7');
  const again = register(p, registrant(), 'resp-7');
  const blank = register(p, { program: '', full_name: '', birth_date: '', national_id: '', mobile: '', email: '' }, 'resp-8');

  it('is recorded once, told once, audited once', () => {
    expect(again).toEqual({ kind: 'already_recorded', regNo: regNoOf(first) });
    expect(registrations(p)).toHaveLength(1);
    expect(mailTo(p, 'salman@example.com')).toHaveLength(1);
    expect(auditLines(p)).toHaveLength(1);
  });

  it('a delivery with every answer blank records no registration', () => {
    expect(blank).toEqual({ kind: 'blank' });
    expect(registrations(p)).toHaveLength(1);
  });
});
