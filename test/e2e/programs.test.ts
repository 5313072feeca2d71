// Programs and activities (PR) end to end on build/Code.js in the sandbox, for Rusookh (seed 000):
// announcement, registration with its refusals, payment and receipt, interviews, capacity, attendance,
// the evaluation form sent only to those who attended and only once, and the program report.
import { mails, newRegister, ok, publishedForm, rows, submit, CHAIR, OFFICER } from './harness';
import type { Sandbox } from '../../sandbox/core/runtime';

const PROGRAMS = 'البرامج والأنشطة';
const REGS = 'التسجيل في البرامج';
const ATTENDANCE = 'كشف الحضور اليومي';
const EVALUATIONS = 'تقييم البرامج';

const adult = (over: Record<string, unknown> = {}) => ({
  program: 'PR-001', full_name: 'سلمان خالد الدوسري', birth_date: '2005-01-15', national_id: '1000000008', mobile: '0501234567', email: 'salman@example.com', ...over,
});

function call(sb: Sandbox, fn: string, args: unknown[]) {
  return sb.execute(fn, args, { user: OFFICER });
}
const regNoOf = (sb: Sandbox, name: string) => String(rows(sb, REGS).find((r) => r['الاسم'] === name)!['رقم التسجيل']);
const mailsTo = (sb: Sandbox, to: string) => mails(sb).filter((m) => m.to.includes(to));

describe('a paid program without interviews, from announcement to report', () => {
  const sb = newRegister('rusookh');
  const created = ok(call(sb, 'createProgram', [{
    name: 'مهارات الحاسب للشباب', ageMin: 15, ageMax: 25, fee: 100, capacity: 2, startDate: '2026-12-06', endDate: '2026-12-10',
    conditions: ['إحضار حاسب محمول'],
  }])) as { programId: string; registrationUrl: string; announcement: string };

  it('records the program and announces it with the conditions and a link that chooses the program', () => {
    expect(created.programId).toBe('PR-001');
    const form = publishedForm(sb, 'program_registration');
    expect(created.registrationUrl).toBe(`${form.url}?usp=pp_url&entry.${form.items.program}=PR-001`);
    expect(created.announcement).toContain('مهارات الحاسب للشباب');
    expect(created.announcement).toContain('إحضار حاسب محمول');
    expect(created.announcement).toContain(created.registrationUrl);
    expect(ok(call(sb, 'programAnnouncement', ['PR-001']))).toBe(created.announcement);
    const [p] = rows(sb, PROGRAMS);
    expect(p['اسم البرنامج']).toBe('مهارات الحاسب للشباب');
    expect(p['نص الإعلان']).toBe(created.announcement);
  });

  submit(sb, adult(), 'program_registration');
  submit(sb, adult({ full_name: 'عبدالرحمن الكبير', birth_date: '1980-03-01', email: 'old@example.com' }), 'program_registration');
  submit(sb, adult({ full_name: 'ريان القاصر', birth_date: '2010-03-01', email: 'minor@example.com' }), 'program_registration');
  submit(sb, adult({ full_name: 'ريان القاصر', birth_date: '2010-03-01', email: 'minor@example.com', guardian_name: 'خالد القاصر', guardian_mobile: '0551112222' }), 'program_registration');
  submit(sb, adult({ full_name: 'فهد الثالث', email: 'fahad@example.com' }), 'program_registration');
  const registered = rows(sb, REGS);

  it('registers the complete one in the age group and tells them the fee comes next', () => {
    const r = registered.find((x) => x['الاسم'] === 'سلمان خالد الدوسري')!;
    expect(r['حالة التسجيل']).toBe('مسجل');
    expect(r['البرنامج']).toBe('مهارات الحاسب للشباب');
    const [mail] = mailsTo(sb, 'salman@example.com');
    expect(mail.subject).toContain('استلمنا تسجيلك');
    expect(mail.text).toContain('رسوم الاشتراك');
  });

  it('refuses a registrant outside the age group, with the Arabic reason in the row and in their mail', () => {
    const r = registered.find((x) => x['الاسم'] === 'عبدالرحمن الكبير')!;
    expect(r['حالة التسجيل']).toBe('مرفوض');
    expect(r['سبب الرفض']).toContain('الفئة العمرية المستهدفة من 15 إلى 25');
    const [mail] = mailsTo(sb, 'old@example.com');
    expect(mail.subject).toContain('تعذّر قبول تسجيلك');
    expect(mail.text).toContain('الفئة العمرية المستهدفة');
  });

  it("refuses a minor's form without a guardian as incomplete, and accepts it with one", () => {
    const [first, second] = registered.filter((x) => x['الاسم'] === 'ريان القاصر');
    expect(first['حالة التسجيل']).toBe('مرفوض');
    expect(first['سبب الرفض']).toContain('اسم ولي الأمر');
    expect(second['حالة التسجيل']).toBe('مسجل');
    expect(second['ولي الأمر']).toBe('خالد القاصر');
  });

  const salman = regNoOf(sb, 'سلمان خالد الدوسري');
  const minor = rows(sb, REGS).filter((x) => x['الاسم'] === 'ريان القاصر')[1]['رقم التسجيل'] as string;
  const fahad = regNoOf(sb, 'فهد الثالث');
  const wrongAmount = call(sb, 'recordProgramPayment', [salman, 50, 'R-1000']);
  ok(call(sb, 'recordProgramPayment', [salman, 100, 'R-1001']));
  const unpaid = call(sb, 'enrollRegistrant', [minor]);
  ok(call(sb, 'enrollRegistrant', [salman]));
  ok(call(sb, 'recordProgramPayment', [minor, 100, 'R-1002']));
  ok(call(sb, 'enrollRegistrant', [minor]));
  ok(call(sb, 'recordProgramPayment', [fahad, 100, 'R-1003']));
  const full = call(sb, 'enrollRegistrant', [fahad]);

  it('takes the fee against a receipt, and emails the receipt', () => {
    expect(wrongAmount.error?.message).toContain('لا يساوي رسوم الاشتراك');
    // Rusookh writes Arabic-Indic digits: the receipt number reads «R-١٠٠١», isolated left to right in the subject.
    const receipt = mailsTo(sb, 'salman@example.com').find((m) => m.subject.includes('\u2068R-١٠٠١\u2069'))!;
    expect(receipt.subject).toContain('سند قبض');
    expect(receipt.text).toContain('مهارات الحاسب للشباب');
    expect(receipt.text).toContain('سلمان خالد الدوسري');
    expect(rows(sb, REGS).find((x) => x['رقم التسجيل'] === salman)!['رقم السند']).toBe('R-1001');
  });

  it('enrols only after payment and never beyond the seats', () => {
    expect(unpaid.error?.message).toContain('لم يُسدَّد الاشتراك');
    expect(full.error?.message).toContain('اكتمل عدد المقاعد');
    const statuses = Object.fromEntries(rows(sb, REGS).filter((r) => r['حالة التسجيل'] !== 'مرفوض').map((r) => [r['رقم التسجيل'], r['حالة التسجيل']]));
    expect(statuses).toEqual({ [salman]: 'مكتمل التسجيل', [minor]: 'مكتمل التسجيل', [fahad]: 'مسجل' });
  });

  // A committee member does not run programs: refused on the server, nothing written.
  const byCommittee = sb.execute('recordAttendance', ['PR-001', '2026-12-06', [salman]], { user: CHAIR });
  const enrolByCommittee = sb.execute('enrollRegistrant', [fahad], { user: CHAIR });
  const outside = call(sb, 'recordAttendance', ['PR-001', '2026-12-20', [salman]]);
  const stranger = call(sb, 'recordAttendance', ['PR-001', '2026-12-06', [fahad]]);
  ok(call(sb, 'recordAttendance', ['PR-001', '2026-12-06', [salman, minor]]));
  // The first day corrected: the minor was not there after all.
  ok(call(sb, 'recordAttendance', ['PR-001', '2026-12-06', [salman]]));
  ok(call(sb, 'recordAttendance', ['PR-001', '2026-12-07', [salman]]));

  it('refuses a role that does not run programs, whoever calls the function', () => {
    expect(byCommittee.error?.message).toBe('لا يسمح دورك (عضو لجنة) بهذا الإجراء.');
    expect(enrolByCommittee.error?.message).toBe('لا يسمح دورك (عضو لجنة) بهذا الإجراء.');
  });

  it('keeps a daily attendance sheet of the enrolled, corrected in place, refusing other days and strangers', () => {
    expect(outside.error?.message).toContain('خارج مدة البرنامج');
    expect(stranger.error?.message).toContain(fahad);
    const sheet = rows(sb, ATTENDANCE);
    expect(sheet).toHaveLength(4);
    expect(sheet.filter((r) => r['حاضر'] === 'نعم').map((r) => `${r['اليوم']} ${r['رقم التسجيل']}`).sort()).toEqual([`2026-12-06 ${salman}`, `2026-12-07 ${salman}`]);
  });

  const evaluationMails = () => mails(sb).filter((m) => m.subject.includes('قيّم برنامج'));
  sb.advanceTo('2026-12-09T12:00:00Z');
  const beforeEnd = evaluationMails().length;
  sb.advanceTo('2026-12-10T12:00:00Z');
  sb.advanceTo('2026-12-12T12:00:00Z');

  it('sends the evaluation form after the end only to those who attended, once', () => {
    expect(beforeEnd).toBe(0);
    const evaluations = evaluationMails();
    expect(evaluations.map((m) => m.to[0])).toEqual(['salman@example.com']);
    const form = publishedForm(sb, 'program_evaluation');
    expect(evaluations[0].text).toContain(`entry.${form.items.reg_no}=${salman}`);
    expect(mailsTo(sb, 'minor@example.com').some((m) => m.subject.includes('قيّم برنامج'))).toBe(false);
  });

  const scores = { content: '5', presenter: '4', organisation: '4', benefit: '5', overall: '5', comment: 'برنامج مفيد' };
  submit(sb, { reg_no: salman, ...scores }, 'program_evaluation');
  submit(sb, { reg_no: salman, ...scores }, 'program_evaluation');
  submit(sb, { reg_no: minor, ...scores, overall: '1' }, 'program_evaluation');

  it("keeps the evaluation of one who attended, once, and not one from someone who was never sent the form", () => {
    const kept = rows(sb, EVALUATIONS);
    expect(kept.map((r) => r['رقم التسجيل'])).toEqual([salman]);
    expect(kept[0]['التقييم العام']).toBe(5);
  });

  const reportResult = ok(call(sb, 'programReport', ['PR-001'])) as { url: string };

  it('prepares the report to publish: attendance and averages, no participant named', () => {
    const docs = (sb.world.services.docs as { documents: Record<string, unknown> }).documents;
    const text = JSON.stringify(Object.values(docs).filter((d) => JSON.stringify(d).includes('تقرير برنامج')));
    expect(text).toContain('مهارات الحاسب للشباب');
    expect(text).toContain('المتوسط العام');
    expect(text).not.toContain('سلمان');
    expect(text).not.toContain('ريان');
    expect(rows(sb, PROGRAMS)[0]['رابط تقرير البرنامج']).toBe(reportResult.url);
  });
});

describe('a free program with interviews', () => {
  const sb = newRegister('rusookh');
  ok(call(sb, 'createProgram', [{ name: 'برنامج القيادات الشابة', ageMin: 18, ageMax: 30, capacity: 10, startDate: '2026-12-13', endDate: '2026-12-24', needsInterview: true }]));
  submit(sb, adult({ program: 'برنامج القيادات الشابة' }), 'program_registration');
  submit(sb, adult({ program: 'PR-001', full_name: 'ماجد', email: 'majed@example.com' }), 'program_registration');
  const [a, b] = rows(sb, REGS).map((r) => String(r['رقم التسجيل']));
  const early = call(sb, 'enrollRegistrant', [a]);
  for (const reg of [a, b]) ok(call(sb, 'inviteToInterview', [reg]));
  ok(call(sb, 'recordInterview', [a, true, 'مهارات تواصل ممتازة']));
  ok(call(sb, 'recordInterview', [b, false, 'لا تنطبق الشروط']));
  ok(call(sb, 'callToCompleteRegistration', [a]));
  ok(call(sb, 'enrollRegistrant', [a]));
  const afterRefusal = call(sb, 'callToCompleteRegistration', [b]);

  it('goes registered → invited → accepted → called → enrolled, and tells each step', () => {
    expect(early.error?.message).toContain('لا يمكن تنفيذ');
    const byNo = Object.fromEntries(rows(sb, REGS).map((r) => [r['رقم التسجيل'], r]));
    expect(byNo[a]['حالة التسجيل']).toBe('مكتمل التسجيل');
    expect(byNo[a]['ملاحظات المقابلة']).toBe('مهارات تواصل ممتازة');
    expect(byNo[b]['حالة التسجيل']).toBe('غير مقبول في المقابلة');
    const subjects = mailsTo(sb, 'salman@example.com').map((m) => m.subject);
    expect(subjects.some((s) => s.includes('ترشيحك للمقابلة'))).toBe(true);
    expect(subjects.some((s) => s.includes('استكمال تسجيلك'))).toBe(true);
    expect(subjects.some((s) => s.includes('اكتمل تسجيلك'))).toBe(true);
    expect(mailsTo(sb, 'majed@example.com').some((m) => m.subject.includes('نتيجة المقابلة'))).toBe(true);
  });

  it('refuses to call someone the interview did not accept, and a free program takes no payment', () => {
    expect(afterRefusal.error?.message).toContain('غير مقبول في المقابلة');
    expect(call(sb, 'recordProgramPayment', [a, 50, 'R-1']).error?.message).toContain('مجاني');
  });

  it('audits every staff step', () => {
    const audit = rows(sb, 'سجل التدقيق').filter((r) => r['الإجراء'] === 'إجراء على تسجيل في برنامج');
    expect(audit.length).toBeGreaterThanOrEqual(6);
    expect(audit.every((r) => r['المستخدم'] === OFFICER)).toBe(true);
  });
});

describe('programs are switched off where the policy has none', () => {
  const sb = newRegister('esrar');
  it('publishes no program form and refuses to create a program', () => {
    expect(publishedForm(sb, 'program_registration')).toBeUndefined();
    expect(call(sb, 'createProgram', [{ name: 'x', ageMin: 1, ageMax: 2, capacity: 1, startDate: '2026-12-01', endDate: '2026-12-02' }]).error?.message).toContain('ليست من إجراءات سياسة الجهة');
  });
});
