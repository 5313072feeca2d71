// Complaints, compensation, staff sign-off and data updates end to end on build/Code.js in the sandbox (profile esrar).
import { Sandbox } from '../../sandbox/core/runtime';
import { completeAnswers, mails, ok, publishedForm, rows, submit, FOLLOW, INV_CHAIR, INV_MEMBER, MANAGER, OFFICER, POLICY_STAFF } from './harness';
import { esrar } from '../../src/profiles/esrar';

const COMPLAINTS = 'الشكاوى';
const CLAIMS = 'مطالبات التعويض';
const UPDATES = 'تحديثات البيانات';

function register(start = '2026-11-22T06:00:00Z'): Sandbox {
  const sb = new Sandbox({ start, boundSpreadsheet: 'سجل المستفيدين', account: 'consumer' });
  ok(sb.execute('setup', ['esrar', { managerEmail: MANAGER, staff: POLICY_STAFF }]));
  return sb;
}

const complaintAnswers = (over: Record<string, unknown> = {}) => ({
  complainant: 'فاطمة الزهراني',
  mobile: '0501234567',
  email: 'fatimah@example.com',
  case_no: '1448-00001',
  reply_channel: 'البريد الإلكتروني',
  summary: 'تأخر صرف المساعدة رغم اكتمال الطلب.',
  attestation: ['أقر بصحة ما ورد في هذه الشكوى.'],
  ...over,
});

const call = (sb: Sandbox, fn: string, args: unknown[], user = OFFICER) => ok(sb.execute(fn, args, { user })) as Record<string, unknown>;
const refusalOf = (sb: Sandbox, fn: string, args: unknown[], user = OFFICER): string => {
  const result = sb.execute(fn, args, { user });
  if (!result.error) throw new Error(`${fn} was not refused`);
  return String(result.error.message);
};

describe('a complaint through the form, the follow-up committee and back to the complainant', () => {
  const sb = register();
  const submission = submit(sb, complaintAnswers(), 'complaint');
  const again = sb.replayLastSubmission(publishedForm(sb, 'complaint').formId, false);
  const [received] = rows(sb, COMPLAINTS);
  const no = String(received['رقم الشكوى']);
  const ackMail = mails(sb)[0];

  it('is recorded once, numbered, linked to the case, and due five working days after receipt', () => {
    expect(submission.executions.map((e) => e.error)).toEqual([null]);
    expect(again.map((e) => e.error)).toEqual([null]);
    expect(rows(sb, COMPLAINTS)).toHaveLength(1);
    expect(no).toMatch(/^C-1448-\d{5}$/);
    expect(received['حالة الشكوى']).toBe('شكوى مستلمة');
    expect(received['قناة الشكوى']).toBe('نموذج الشكوى');
    expect(received['رقم الحالة المرتبطة']).toBe('1448-00001');
    expect(received['الجوال']).toBe('+966501234567');
    // Sunday 22 Nov 2026 + 5 working days = Sunday 29 Nov 2026.
    expect(String(received['موعد الرد (هجري وميلادي)'])).toContain('29');
  });

  it('acknowledges the complainant once, with the number and the due date', () => {
    expect(mails(sb)).toHaveLength(1);
    expect(ackMail.to).toEqual(['fatimah@example.com']);
    expect(ackMail.subject).toContain(no);
    expect(ackMail.text).not.toContain(esrar.clauses['CM-3']);
    expect(ackMail.text.replace(/[\u2066-\u2069]/g, '')).toContain('البند CM-3 من سياسة تنظيم العلاقة مع المستفيدين');
  });

  it('goes to the follow-up committee, is settled, and the complainant is told the outcome', () => {
    expect(call(sb, 'assignComplaint', [no]).status).toBe('محالة إلى لجنة المتابعة');
    call(sb, 'startComplaintInvestigation', [no], FOLLOW);
    call(sb, 'recordComplaintResolution', [no, true, 'صُرفت المساعدة واعتذرت الجمعية.'], FOLLOW);
    call(sb, 'notifyComplainant', [no], FOLLOW);
    const outcome = mails(sb)[1];
    expect(outcome.to).toEqual(['fatimah@example.com']);
    expect(outcome.text).toContain('سُوِّيت ودياً');
    expect(outcome.text).toContain('صُرفت المساعدة');
    expect(call(sb, 'closeComplaint', [no]).status).toBe('شكوى مغلقة');
    const [closed] = rows(sb, COMPLAINTS);
    expect(closed['اللجنة']).toBe('لجنة المتابعة');
    expect(closed['تاريخ الإغلاق']).toBeInstanceOf(Date);
  });

  it('refuses a step out of order in Arabic', () => {
    expect(refusalOf(sb, 'startComplaintInvestigation', [no], FOLLOW)).toContain('لا يمكن تنفيذ');
  });

  it('leaves an audit row for every step, by the person who took it', () => {
    const audit = rows(sb, 'سجل التدقيق').filter((a) => a['رقم الحالة'] === no);
    expect(audit.map((a) => a['الإجراء'])).toEqual(['تسجيل شكوى', ...Array(5).fill('إجراء على شكوى')]);
    expect(audit.map((a) => a['المستخدم'])).toContain(FOLLOW);
  });
});

describe('a complaint by phone, registered by staff, answered by text message', () => {
  const sb = register();
  const created = call(sb, 'registerComplaint', [{ channel: 'mobile', complainant: 'سعد', mobile: '0551112222', replyChannel: 'sms', summary: 'لم يرد أحد على اتصالي.' }]);

  it('is numbered and the acknowledgement becomes a task for staff, since the product cannot send texts', () => {
    expect(String(created.message)).toContain(String(created.complaintNo));
    const [c] = rows(sb, COMPLAINTS);
    expect(c['قناة الشكوى']).toBe('رقم جوال الجمعية');
    const [task] = rows(sb, 'صندوق الصادر');
    expect(task['المستلم']).toBe(MANAGER);
    // Staff read the channel's Arabic label in the outbox (the sender reads the id back).
    expect(task['القناة']).toBe('الرسائل النصية');
  });

  it('refuses a channel the policy does not list (WhatsApp)', () => {
    expect(refusalOf(sb, 'registerComplaint', [{ channel: 'whatsapp', complainant: 'سعد', summary: 'نص' }])).toContain('ليست من قنوات استقبال الشكاوى');
  });

  it('shows managers every complaint, open ones with their age and due date', () => {
    sb.advanceTo('2026-12-02T06:00:00Z');
    const summary = call(sb, 'complaintsOverview', [], MANAGER) as unknown as { total: number; breached: number; open: Array<{ complaintId: string; ageWorkingDays: number; breached: boolean }> };
    expect(summary.total).toBe(1);
    expect(summary.open[0].complaintId).toBe(created.complaintNo);
    // Sunday 22 Nov to Wednesday 2 Dec 2026: eight working days; it was due on Sunday 29 Nov.
    expect(summary.open[0].ageWorkingDays).toBe(8);
    expect(summary.breached).toBe(1);
  });
});

describe('a compensation claim from an unsettled complaint', () => {
  const sb = register();
  submit(sb, complaintAnswers(), 'complaint');
  const no = String(rows(sb, COMPLAINTS)[0]['رقم الشكوى']);
  call(sb, 'assignComplaint', [no]);
  call(sb, 'startComplaintInvestigation', [no], FOLLOW);
  call(sb, 'recordComplaintResolution', [no, false, 'لم يُتفق على حل.'], FOLLOW);
  const claim = call(sb, 'openCompensationClaim', [{ complaintNo: no, description: 'ضرر من تأخر الصرف' }]);
  const claimNo = String(claim.claimNo);
  call(sb, 'recordFault', [claimNo, 'ثبت تأخر الصرف بسبب خطأ إداري', 'مذكرة المراجعة الداخلية'], INV_CHAIR);
  const minutes = call(sb, 'recordInvestigationMinutes', [claimNo, { minutesRef: '12/1448', date: '2026-11-25', harm: 'تأخر المساعدة شهراً', size: '1500 ريال', causes: 'خطأ في الإحالة' }], INV_CHAIR);
  call(sb, 'approveMinutes', [claimNo], INV_CHAIR);
  const refusedGrant = refusalOf(sb, 'grantCompensation', [claimNo], MANAGER);

  it('is linked to the complaint and keeps the complaint number', () => {
    expect(claimNo).toMatch(/^CP-1448-\d{5}$/);
    expect(rows(sb, COMPLAINTS)[0]['رقم مطالبة التعويض']).toBe(claimNo);
    expect(rows(sb, CLAIMS)[0]['رقم الشكوى']).toBe(no);
  });

  it('generates the investigation minutes document with harm, size, causes and the members', () => {
    expect(String(minutes.minutesUrl)).toMatch(/^https:/);
    const docs = JSON.stringify(Object.values((sb.world.services.docs as { documents: Record<string, unknown> }).documents));
    expect(docs).toContain('تأخر المساعدة شهراً');
    expect(docs).toContain('فهد الدوسري');
    expect(docs).toContain('هند السبيعي');
    expect(rows(sb, CLAIMS)[0]['رابط محضر التحقيق']).toBe(minutes.minutesUrl);
  });

  it('refuses a grant with conditions missing, naming each one and the member who has not approved', () => {
    expect(refusedGrant).toContain('صدور حكم قضائي');
    expect(refusedGrant).toContain('التفاوض مع المستفيد');
    expect(refusedGrant).toContain('هند السبيعي');
    expect(refusedGrant).not.toContain('إذا ثبت أن الجمعية');
    expect(rows(sb, CLAIMS)[0]['حالة المطالبة']).toBe('مطالبة تعويض مفتوحة');
    expect(rows(sb, 'سجل التدقيق').some((a) => a['الإجراء'] === 'إجراء مرفوض على مطالبة تعويض')).toBe(true);
  });

  it('checks the caller role on the server, whatever calls it: only managers grant, only staff act', () => {
    expect(refusalOf(sb, 'grantCompensation', [claimNo], OFFICER)).toBe('لا يسمح دورك (مسؤول تواصل) بهذا الإجراء.');
    expect(refusalOf(sb, 'recordFault', [claimNo, 'x', 'y'], OFFICER)).toContain('لا يسمح دورك');
    expect(refusalOf(sb, 'startComplaintInvestigation', [no], 'someone@example.com')).toContain('لست مسجلًا في تبويب الموظفين');
    expect(rows(sb, CLAIMS)[0]['حالة المطالبة']).toBe('مطالبة تعويض مفتوحة');
  });

  it('refuses an approval by someone not listed in the investigation committee', () => {
    expect(refusalOf(sb, 'approveMinutes', [claimNo], OFFICER)).toContain('غير مدرج في تبويب الموظفين');
  });

  it('is granted once all four conditions are recorded, for the negotiated amount', () => {
    const approved = call(sb, 'approveMinutes', [claimNo], INV_MEMBER);
    // One document per minutes number (issue 15): the approval revises the minutes in place, it makes no second one.
    expect(approved.minutesUrl).toBe(minutes.minutesUrl);
    const docs = Object.values((sb.world.services.docs as { documents: Record<string, { body: Array<{ text?: string; rows?: Array<Array<{ text: string }>> }> }> }).documents);
    const texts = docs.map((d) => d.body.map((e) => e.text ?? (e.rows ?? []).flat().map((c) => c.text).join(' ')).join('\n'));
    const withRef = texts.filter((text) => text.includes('12/1448'));
    expect(withRef).toHaveLength(1);
    expect(withRef[0]).toContain('اعتمد في');
    call(sb, 'recordRuling', [claimNo, 'dispute_authority', 'ح/77', '2026-12-01', 'صورة الحكم'], INV_CHAIR);
    call(sb, 'recordSettlement', [claimNo, 'تعويض نقدي', 1500, '2026-12-02', 'محضر التفاوض الموقع'], INV_CHAIR);
    expect(call(sb, 'grantCompensation', [claimNo], MANAGER).status).toBe('صُرف التعويض');
    const [granted] = rows(sb, CLAIMS);
    expect(granted['مبلغ التعويض']).toBe(1500);
    expect(granted['الشروط غير المستوفاة']).toBe('');
  });
});

describe('staff sign-off', () => {
  const sb = register('2026-11-22T06:00:00Z');
  const ack = call(sb, 'acknowledgePolicy', [], OFFICER);
  // The daily trigger first runs on Monday 23 Nov (the start of sign-off); the first reminder is due three
  // working days later, on Thursday 26 Nov.
  sb.advanceTo('2026-11-25T09:00:00Z');
  const early = mails(sb).filter((m) => m.subject.includes('الإقرار بسياسة')).length;
  sb.advanceTo('2026-11-26T09:00:00Z');
  const firstWave = mails(sb).filter((m) => m.subject.includes('الإقرار بسياسة'));
  const rerun = sb.execute('staffSignoffReminders', []);

  it('records the signature with the approved version in the staff tab', () => {
    expect(String(ack.message)).toContain('سُجل إقرارك');
    const me = rows(sb, 'الموظفون').find((s) => s['البريد الإلكتروني'] === OFFICER)!;
    expect(me['الإقرار بالسياسة']).toBe('وقّع');
    expect(String(me['تاريخ الإقرار'])).toContain('2026-11-22');
  });

  it('reminds those who have not signed, not the one who has, once a day', () => {
    expect(early).toBe(0);
    const recipients = firstWave.flatMap((m) => m.to);
    expect(recipients).not.toContain(OFFICER);
    expect(recipients).toEqual(expect.arrayContaining([FOLLOW, INV_CHAIR, INV_MEMBER, MANAGER]));
    expect(rerun.error).toBeNull();
    expect(mails(sb).filter((m) => m.subject.includes('الإقرار بسياسة'))).toHaveLength(firstWave.length);
  });

  it('refuses someone not in the staff tab', () => {
    expect(refusalOf(sb, 'acknowledgePolicy', [], 'stranger@example.com')).toContain('غير مدرج');
  });
});

describe('a beneficiary updates their contact data (IN-3)', () => {
  const sb = register();
  submit(sb, completeAnswers());
  submit(sb, { national_id: '1000000008', mobile: '0501234567', new_mobile: '0559998888', new_email: 'new@example.com' }, 'data_update');
  const afterApplied = rows(sb, 'المستفيدون')[0];
  submit(sb, { national_id: '1000000008', mobile: '0500000000', new_email: 'attacker@example.com' }, 'data_update');

  it('applies a request whose ID and mobile on file match, and audits the changed fields masked', () => {
    expect(afterApplied['الجوال']).toBe('+966559998888');
    expect(afterApplied['البريد الإلكتروني']).toBe('new@example.com');
    const applied = rows(sb, UPDATES)[0];
    expect(applied['النتيجة']).toBe('طُبق التحديث');
    const audit = rows(sb, 'سجل التدقيق').find((a) => a['الإجراء'] === 'تحديث بيانات مستفيد بطلبه')!;
    expect(String(audit['التفاصيل'])).toContain('الجوال');
    expect(String(audit['التفاصيل'])).not.toContain('559998888');
  });

  it('does not apply a request with a mismatched mobile: it waits for staff to verify', () => {
    expect(rows(sb, 'المستفيدون')[0]['البريد الإلكتروني']).toBe('new@example.com');
    const pending = rows(sb, UPDATES)[1];
    expect(pending['النتيجة']).toBe('بانتظار التحقق');
    expect(String(pending['سبب التحقق'])).toContain('لا يطابق');
    expect(mails(sb).some((m) => m.to.includes(MANAGER) && m.subject.includes('يحتاج إلى تحقق'))).toBe(true);
  });
});

describe('an organisation whose policy has no complaints, compensation or sign-off (academy)', () => {
  const sb = new Sandbox({ start: '2026-11-22T06:00:00Z', boundSpreadsheet: 'سجل المستفيدين', account: 'consumer' });
  ok(sb.execute('setup', ['academy', { managerEmail: MANAGER, staff: POLICY_STAFF }]));

  it('publishes neither form and refuses the staff calls in Arabic', () => {
    expect(publishedForm(sb, 'complaint')).toBeUndefined();
    expect(publishedForm(sb, 'data_update')).toBeUndefined();
    expect(refusalOf(sb, 'registerComplaint', [{ channel: 'fax', summary: 'نص' }])).toContain('غير مفعل');
    expect(refusalOf(sb, 'acknowledgePolicy', [])).toContain('غير مفعل');
  });
});
