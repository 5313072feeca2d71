// The «إجراءات السجل المحدد» dialog's server functions end to end on build/Code.js in the sandbox (profile rusookh):
// complaints, compensation claims, program registrations and attendance worked from the selected row only.
import { Sandbox } from '../../sandbox/core/runtime';
import { mails, ok, rows, submit, FOLLOW, INV_CHAIR, INV_MEMBER, MANAGER, OFFICER, POLICY_STAFF } from './harness';

const COMPLAINTS = 'الشكاوى';
const CLAIMS = 'مطالبات التعويض';
const REGS = 'التسجيل في البرامج';
const PROGRAMS = 'البرامج والأنشطة';

interface View { tab: string; no: string; status: string; fields: Array<{ label: string; value: string }>; masked: boolean; actions: Array<{ id: string; inputs: Array<{ name: string; options?: Array<{ value: string }>; value?: string }> }> }
type Reply<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

function register(profile = 'rusookh'): Sandbox {
  const sb = new Sandbox({ start: '2026-11-22T06:00:00Z', boundSpreadsheet: 'سجل المستفيدين', account: 'consumer' });
  ok(sb.execute('setup', [profile, { managerEmail: MANAGER, staff: POLICY_STAFF }]));
  return sb;
}

/** What the dialog shows for the row selected now. */
function view(sb: Sandbox, tab: string, a1: string, user = OFFICER): Reply<View> {
  sb.select(tab, a1);
  return ok(sb.execute('rowActionsView', [], { user })) as Reply<View>;
}
const shown = (reply: Reply<View>): View => {
  if (!reply.ok) throw new Error(`refused: ${reply.message}`);
  return reply.value;
};
const ids = (v: View) => v.actions.map((a) => a.id);

/** The dialog's submit: one action on a record, as the page sends it (strings from the form). */
function act(sb: Sandbox, v: View, action: string, input: Record<string, unknown> = {}, user = OFFICER) {
  return ok(sb.execute('rowActionsRun', [v.tab, v.no, action, input], { user })) as Reply<{ message: string; view: View }>;
}
function done(reply: ReturnType<typeof act>): { message: string; view: View } {
  if (!reply.ok) throw new Error(`refused: ${reply.message}`);
  return reply.value;
}
const refused = (reply: { ok: boolean; message?: string }): string => {
  if (reply.ok) throw new Error('was not refused');
  return String(reply.message);
};

describe('a complaint walked from received to closed through the dialog', () => {
  const sb = register();
  ok(sb.execute('registerComplaint', [{ channel: 'mobile', complainant: 'فاطمة الزهراني', mobile: '0501234567', email: 'fatimah@example.com', replyChannel: 'email', summary: 'تأخر صرف المساعدة.' }], { user: OFFICER }));
  const received = shown(view(sb, COMPLAINTS, 'B2'));

  it('shows the complaint on the selected row, its status, and personal fields masked for an officer', () => {
    expect(received.no).toMatch(/^C-1448-\d{5}$/);
    expect(received.status).toBe('شكوى مستلمة');
    expect(received.masked).toBe(true);
    const mobile = received.fields.find((f) => f.label === 'الجوال')!;
    expect(mobile.value).not.toContain('1234567');
    expect(received.fields.find((f) => f.label === 'اسم المشتكي')?.value).toBe('فاطمة الزهراني');
    expect(ids(received)).toEqual(['AssignToCommittee']);
    expect(received.actions[0].inputs[0].options?.[0].value).toBe('follow_up');
  });

  it('shows identifiers in full to a manager', () => {
    const v = shown(view(sb, COMPLAINTS, 'B2', MANAGER));
    expect(v.masked).toBe(false);
    expect(v.fields.find((f) => f.label === 'الجوال')?.value).toBe('+966501234567');
  });

  it('refuses an officer a step their role does not take, in Arabic', () => {
    const assigned = done(act(sb, received, 'AssignToCommittee', { committee: 'follow_up' }));
    expect(assigned.view.status).toBe('محالة إلى لجنة المتابعة');
    expect(ids(assigned.view)).toEqual([]);
    expect(refused(act(sb, assigned.view, 'StartInvestigation'))).toBe('لا يسمح دورك (مسؤول تواصل) بهذا الإجراء.');
  });

  it('refuses a resolution without its text, naming the field, and a step out of order', () => {
    const v = shown(view(sb, COMPLAINTS, 'A2', FOLLOW));
    expect(ids(v)).toEqual(['StartInvestigation']);
    expect(refused(act(sb, v, 'CloseComplaint', {}, MANAGER))).toContain('لا يمكن تنفيذ «إغلاق الشكوى»');
    const started = done(act(sb, v, 'StartInvestigation', {}, FOLLOW));
    expect(started.message).toContain('قيد المعالجة');
    expect(refused(act(sb, started.view, 'RecordResolution', { settled: 'true', resolution: '   ' }, FOLLOW))).toBe('البيانات غير مكتملة: نتيجة المعالجة.');
    expect(refused(act(sb, started.view, 'RecordResolution', { settled: 'maybe', resolution: 'تم' }, FOLLOW))).toContain('اختر قيمة من القائمة');
  });

  it('is settled, the complainant told, and closed', () => {
    const v = shown(view(sb, COMPLAINTS, 'A2', FOLLOW));
    const settled = done(act(sb, v, 'RecordResolution', { settled: 'true', resolution: ' صُرفت المساعدة واعتذرت الجمعية. ' }, FOLLOW));
    expect(settled.view.status).toBe('سُوِّيت ودياً');
    // The follow-up committee may answer the complainant itself (CM-1: handled by the committee), or the officer does.
    expect(ids(settled.view)).toEqual(['NotifyComplainant']);
    const notified = done(act(sb, shown(view(sb, COMPLAINTS, 'A2')), 'NotifyComplainant'));
    expect(notified.view.status).toBe('أُبلغ المشتكي بالنتيجة');
    expect(mails(sb).some((m) => m.text.includes('صُرفت المساعدة واعتذرت الجمعية.'))).toBe(true);
    const closed = done(act(sb, notified.view, 'CloseComplaint'));
    expect(closed.message).toContain('شكوى مغلقة');
    expect(closed.view.actions).toEqual([]);
    expect(rows(sb, COMPLAINTS)[0]['حالة الشكوى']).toBe('شكوى مغلقة');
  });
});

describe('a compensation claim opened from an unsettled complaint and worked in the dialog', () => {
  const sb = register();
  ok(sb.execute('registerComplaint', [{ channel: 'fax', complainant: 'سعد', replyChannel: 'email', email: 'saad@example.com', summary: 'ضرر من التأخر' }], { user: OFFICER }));
  const complaint = shown(view(sb, COMPLAINTS, 'A2', MANAGER));
  const notSettled = done(act(sb, done(act(sb, done(act(sb, complaint, 'AssignToCommittee', { committee: 'follow_up' }, MANAGER)).view, 'StartInvestigation', {}, MANAGER)).view,
    'RecordResolution', { settled: 'false', resolution: 'لم يُتفق على حل.' }, MANAGER));
  const opened = done(act(sb, notSettled.view, 'OpenClaim', { description: 'ضرر من تأخر الصرف' }));
  const claim = shown(view(sb, CLAIMS, 'A2', MANAGER));
  const refusedGrant = refused(act(sb, claim, 'GrantCompensation', {}, MANAGER));

  it('opens the claim once from the complaint', () => {
    expect(opened.message).toContain('مطالبة التعويض');
    expect(ids(opened.view)).toEqual(['NotifyComplainant']);
    expect(claim.status).toBe('مطالبة تعويض مفتوحة');
    expect(rows(sb, CLAIMS)[0]['رقم الشكوى']).toBe(complaint.no);
  });

  it('refuses the grant naming each missing condition in Arabic', () => {
    expect(refusedGrant).toContain('لا يُصرف التعويض إلا باستيفاء الشروط الأربعة');
    expect(refusedGrant).toContain('صدور حكم قضائي');
    expect(refusedGrant).not.toMatch(/CONDITIONS_MISSING|Error/);
  });

  it('refuses an officer the grant, and a settlement with an amount that is not a number', () => {
    expect(refused(act(sb, claim, 'GrantCompensation', {}, OFFICER))).toContain('لا يسمح دورك');
    expect(refused(act(sb, claim, 'RecordSettlement', { settlement: 'تعويض', amount: 'ألف', date: '2026-12-02', evidence: 'محضر' }, MANAGER))).toBe('اكتب رقمًا صحيحًا في «مبلغ التعويض».');
    expect(refused(act(sb, claim, 'RecordRuling', { ruling: 'sharia', reference: 'ح/1', date: '2026-12-01', evidence: 'صورة' }, MANAGER))).toContain('اختر قيمة من القائمة في «الحكم»');
  });

  it('is granted once the four conditions are recorded and the minutes approved by every member', () => {
    done(act(sb, claim, 'RecordFault', { fault: 'ثبت تأخر الصرف بسبب خطأ إداري', evidence: 'مذكرة المراجعة' }, MANAGER));
    const minutes = done(act(sb, claim, 'RecordMinutes', { minutesRef: '12/1448', date: '٢٠٢٦-١١-٢٥', harm: 'تأخر المساعدة شهراً', size: '1500 ريال', causes: 'خطأ في الإحالة' }, MANAGER));
    expect(minutes.view.fields.find((f) => f.label === 'رقم محضر التحقيق')?.value).toBe('12/1448');
    expect(refused(act(sb, claim, 'ApproveMinutes', {}, OFFICER))).toContain('غير مدرج في تبويب الموظفين');
    done(act(sb, claim, 'ApproveMinutes', {}, INV_CHAIR));
    done(act(sb, claim, 'ApproveMinutes', {}, INV_MEMBER));
    done(act(sb, claim, 'RecordRuling', { ruling: 'dispute_authority', reference: 'ح/77', date: '2026-12-01', evidence: 'صورة الحكم' }, MANAGER));
    done(act(sb, claim, 'RecordSettlement', { settlement: 'تعويض نقدي', amount: '١٥٠٠', date: '2026-12-02', evidence: 'محضر التفاوض' }, MANAGER));
    const granted = done(act(sb, claim, 'GrantCompensation', {}, MANAGER));
    expect(granted.view.status).toBe('صُرف التعويض');
    expect(granted.view.actions).toEqual([]);
    expect(rows(sb, CLAIMS)[0]['مبلغ التعويض']).toBe(1500);
  });
});

describe('program registrations and attendance from the dialog', () => {
  const sb = register();
  ok(sb.execute('createProgram', [{ name: 'مهارات الحاسب', ageMin: 15, ageMax: 25, fee: 100, capacity: 5, startDate: '2026-12-06', endDate: '2026-12-10' }], { user: OFFICER }));
  ok(sb.execute('createProgram', [{ name: 'القيادة الشبابية', ageMin: 15, ageMax: 25, capacity: 5, startDate: '2026-12-06', endDate: '2026-12-10', needsInterview: true }], { user: OFFICER }));
  const person = (program: string, full_name: string, email: string) => ({ program, full_name, birth_date: '2005-01-15', national_id: '1000000008', mobile: '0501234567', email });
  submit(sb, person('PR-001', 'سلمان الدوسري', 'salman@example.com'), 'program_registration');
  submit(sb, person('PR-002', 'ريم العنزي', 'reem@example.com'), 'program_registration');
  submit(sb, { ...person('PR-001', 'قديم', 'old@example.com'), birth_date: '1980-03-01' }, 'program_registration');

  it('takes the fee against a receipt and enrols', () => {
    const v = shown(view(sb, REGS, 'C2'));
    expect(v.status).toBe('مسجل');
    expect(ids(v)).toEqual(['RecordPayment']);
    expect(v.actions[0].inputs.find((i) => i.name === 'payment_amount')?.value).toBe('100');
    expect(refused(act(sb, v, 'RecordPayment', { payment_amount: '50', receipt_no: 'R-1' }))).toContain('لا يساوي رسوم الاشتراك');
    const paid = done(act(sb, v, 'RecordPayment', { payment_amount: '100', receipt_no: ' R-1001 ' }));
    expect(ids(paid.view)).toEqual(['Enroll']);
    const enrolled = done(act(sb, paid.view, 'Enroll'));
    expect(enrolled.message).toBe('تم: استكمال التسجيل. الحالة الآن «مكتمل التسجيل».');
    expect(rows(sb, REGS)[0]['رقم السند']).toBe('R-1001');
  });

  it('invites, interviews and enrols on a program with interviews', () => {
    let v = shown(view(sb, REGS, 'A3'));
    expect(ids(v)).toEqual(['InviteToInterview']);
    v = done(act(sb, v, 'InviteToInterview')).view;
    v = done(act(sb, v, 'RecordInterview', { accepted: 'true', interview_notes: '' })).view;
    expect(v.status).toBe('مقبول في المقابلة');
    v = done(act(sb, v, 'CallToComplete')).view;
    v = done(act(sb, v, 'Enroll')).view;
    expect(v.status).toBe('مكتمل التسجيل');
  });

  it('records attendance for the enrolled registrants of the selected program', () => {
    const v = shown(view(sb, PROGRAMS, 'B2'));
    expect(ids(v)).toEqual(['RecordAttendance', 'Announcement', 'Report']);
    const present = v.actions[0].inputs.find((i) => i.name === 'present')!;
    expect(present.options?.map((o) => o.value)).toEqual([String(rows(sb, REGS)[0]['رقم التسجيل'])]);
    expect(refused(act(sb, v, 'RecordAttendance', { date: '2026-12-06', present: ['REG-404'] }))).toContain('اختر قيمة من القائمة');
    const recorded = done(act(sb, v, 'RecordAttendance', { date: '2026-12-06', present: [present.options![0].value] }));
    expect(recorded.message).toBe('سُجل الحضور: الحاضرون 1، والغائبون 0.');
    expect(rows(sb, 'كشف الحضور اليومي')).toHaveLength(1);
    expect(done(act(sb, v, 'Announcement')).message).toContain('مهارات الحاسب');
  });

  it('offers nothing on a refused registration', () => {
    const refusedRow = rows(sb, REGS).findIndex((r) => r['الاسم'] === 'قديم');
    const v = shown(view(sb, REGS, `A${refusedRow + 2}`, MANAGER));
    expect(v.status).toBe('مرفوض');
    expect(v.actions).toEqual([]);
    expect(v.fields.find((f) => f.label === 'سبب الرفض')?.value).toContain('الفئة العمرية');
  });
});

describe('selection elsewhere and switched-off workflows', () => {
  const sb = register();

  it('asks for a row in one of the record tabs when the selection is on another tab', () => {
    expect(refused(view(sb, 'الحالات', 'A2'))).toBe('اختر صفًّا في أحد هذه التبويبات: الشكاوى، مطالبات التعويض، التسجيل في البرامج، البرامج والأنشطة.');
  });

  it('says the header or an empty row holds no record', () => {
    expect(refused(view(sb, COMPLAINTS, 'A1'))).toContain('لا سجل في الصف المحدد من «الشكاوى»');
    expect(refused(view(sb, COMPLAINTS, 'A40'))).toContain('لا سجل في الصف المحدد');
  });

  it('refuses someone not in the staff tab', () => {
    expect(refused(view(sb, COMPLAINTS, 'A2', 'stranger@example.com'))).toContain('لست مسجلًا في تبويب الموظفين');
  });

  it('offers nothing when the profile has no complaints, claims or programs', () => {
    const academy = register('academy');
    expect(refused(view(academy, 'الحالات', 'A2'))).toBe('هذا الإجراء غير مفعل في سياسة الجمعية.');
    const run = ok(academy.execute('rowActionsRun', ['complaints', 'C-1448-00001', 'CloseComplaint', {}], { user: MANAGER })) as Reply<unknown>;
    expect(refused(run)).toBe('هذا الإجراء غير مفعل في سياسة الجمعية.');
  });

  it('offers nothing on a tab whose workflow the profile switched off after setup', () => {
    ok(sb.execute('registerComplaint', [{ channel: 'fax', complainant: 'سعد', summary: 'نص' }], { user: OFFICER }));
    ok(sb.execute('setup', ['academy', { managerEmail: MANAGER, staff: POLICY_STAFF }]));
    expect(refused(view(sb, COMPLAINTS, 'A2', MANAGER))).toBe('هذا الإجراء غير مفعل في سياسة الجمعية.');
  });

  it('opens the dialog from the menu, in Arabic and right to left', () => {
    ok(sb.execute('openRowActions', [], { user: OFFICER }));
    const dialog = sb.ui.dialogs[sb.ui.dialogs.length - 1];
    expect(dialog.title).toBe('إجراءات السجل المحدد');
    expect(dialog.html).toContain('dir="rtl"');
  });
});
