// Who acted, as Google tells the built bundle: on gmail.com accounts a step typed into the register is
// nobody's (put back, with an Arabic note and an audit row that says so) and the case panel takes it as the
// person; in one Workspace domain the register edit itself is identified and applied as that officer.
import { a1, cells, CHAIR, completeAnswers, newRegister, OFFICER, OWNER, ok, rows, submit, WORKSPACE } from './harness';
import { t } from '../../src/i18n';

const CASES = 'الحالات';
const AUDIT = 'سجل التدقيق';
const UNIDENTIFIED = t('audit.actor.unidentified');

interface Reply { ok: boolean; message?: string; value?: { message: string } }

describe('consumer accounts: an officer types a step into the register', () => {
  const sb = newRegister();
  submit(sb, completeAnswers());
  const caseNo = String(rows(sb, CASES)[0]['رقم الحالة']);
  const typed = sb.edit(CASES, a1(sb, CASES, 'حالة الطلب', 1), 'قيد الدراسة', OFFICER);

  it('runs the edit trigger as the owner, who Google says typed nothing (the editor is blank)', () => {
    const trigger = typed.executions.find((e) => e.fn === 'onRegisterEdit');
    expect(trigger?.error).toBeNull();
    expect([trigger?.user, trigger?.activeUser]).toEqual([OWNER, '']);
  });

  it('is not applied as anyone: the old status is put back, the state unchanged', () => {
    const [c] = rows(sb, CASES);
    expect(c['حالة الطلب']).toBe('مكتمل');
    expect(JSON.parse(String(c['بيانات الحالة (للنظام)'])).status).toBe('complete');
  });

  it('leaves an Arabic note saying where to take the step instead', () => {
    const [note] = cells(sb, CASES, 'حالة الطلب').map((c) => c?.note);
    expect(note).toBe(t('register.edit.refused', { reason: t('register.edit.unidentified') }));
    expect(note).toContain('لوحة الحالة');
    expect(note).toContain('مستفيد');
  });

  it('audits the refusal as by an unidentified editor, never as the owner', () => {
    const audit = rows(sb, AUDIT);
    const refused = audit.filter((a) => a['الإجراء'] === t('audit.edit_refused'));
    expect(refused.map((a) => [a['المستخدم'], a['رقم الحالة']])).toEqual([[UNIDENTIFIED, caseNo]]);
    expect(audit.some((a) => a['الإجراء'] === t('audit.case_transition'))).toBe(false);
    expect(audit.some((a) => a['المستخدم'] === OWNER && a['رقم الحالة'] === caseNo)).toBe(false);
  });

  it('the same step through the case panel is applied and audited as that officer', () => {
    const reply = ok(sb.execute('sidebarStep', [caseNo, 'startStudy', { unit: 'اللجنة المختصة' }], { user: OFFICER })) as Reply;
    expect(reply.ok).toBe(true);
    const [c] = rows(sb, CASES);
    expect(c['حالة الطلب']).toBe('قيد الدراسة');
    const transitions = rows(sb, AUDIT).filter((a) => a['الإجراء'] === t('audit.case_transition') && a['رقم الحالة'] === caseNo);
    expect(transitions.map((a) => a['المستخدم'])).toEqual([OFFICER]);
  });

  it('an edit that needs no role still works for an unidentified editor', () => {
    const notes = sb.edit(CASES, a1(sb, CASES, 'تفاصيل الطلب', 1), 'اتصلت المستفيدة', OFFICER);
    expect(notes.executions.map((e) => e.error)).toEqual([null]);
    expect(rows(sb, CASES)[0]['تفاصيل الطلب']).toBe('اتصلت المستفيدة');
    expect(rows(sb, AUDIT).filter((a) => a['الإجراء'] === t('audit.edit_refused'))).toHaveLength(1);
  });
});

describe('consumer accounts: the chair types a committee decision into the register', () => {
  const sb = newRegister();
  submit(sb, completeAnswers());
  const caseNo = String(rows(sb, CASES)[0]['رقم الحالة']);
  ok(sb.execute('sidebarStep', [caseNo, 'startStudy', { unit: 'اللجنة المختصة' }], { user: OFFICER }));
  ok(sb.execute('sidebarStep', [caseNo, 'recordVerification', { method: 'personal_interview', outcome: 'confirmed', notes: 'مقابلة' }], { user: OFFICER }));
  sb.edit(CASES, a1(sb, CASES, 'أسباب القرار', 1), 'استوفت شروط الدورة', CHAIR);
  sb.edit(CASES, a1(sb, CASES, 'القرار', 1), 'مقبول', CHAIR);

  it('is put back: no decision, no letter, the audit names no one', () => {
    const [c] = rows(sb, CASES);
    expect(c['القرار']).toBe('');
    expect(c['حالة الطلب']).toBe('قيد الدراسة');
    expect(cells(sb, CASES, 'القرار')[0]?.note).toContain(t('register.edit.unidentified'));
    const refused = rows(sb, AUDIT).filter((a) => a['الإجراء'] === t('audit.edit_refused'));
    expect(refused.map((a) => a['المستخدم'])).toEqual([UNIDENTIFIED]);
  });

  it('through the case panel the chair\'s decision is applied and audited as the chair', () => {
    const reply = ok(sb.execute('sidebarStep', [caseNo, 'recordDecision', { decision: 'accepted', reasons: 'استوفت شروط الدورة', committee: 'competent_committee' }], { user: CHAIR })) as Reply;
    expect(reply.ok).toBe(true);
    const [c] = rows(sb, CASES);
    expect(c['القرار']).toBe('مقبول');
    const decided = rows(sb, AUDIT).filter((a) => a['الإجراء'] === t('audit.case_transition') && String(a['التفاصيل']).includes('صدر القرار'));
    expect(decided.map((a) => a['المستخدم'])).toEqual([CHAIR]);
  });
});

describe('one Google Workspace domain: owner and staff share esrar.org.sa', () => {
  const sb = newRegister('esrar', '2026-11-22T06:00:00Z', 'workspace');
  submit(sb, completeAnswers());
  const caseNo = String(rows(sb, CASES)[0]['رقم الحالة']);
  const typed = sb.edit(CASES, a1(sb, CASES, 'حالة الطلب', 1), 'قيد الدراسة', WORKSPACE.OFFICER);

  it('the officer\'s register edit is identified and applied as that officer', () => {
    const trigger = typed.executions.find((e) => e.fn === 'onRegisterEdit');
    expect([trigger?.error, trigger?.user, trigger?.activeUser]).toEqual([null, WORKSPACE.OWNER, WORKSPACE.OFFICER]);
    const [c] = rows(sb, CASES);
    expect(c['حالة الطلب']).toBe('قيد الدراسة');
    expect(cells(sb, CASES, 'حالة الطلب')[0]?.note ?? '').toBe('');
    const transitions = rows(sb, AUDIT).filter((a) => a['الإجراء'] === t('audit.case_transition') && a['رقم الحالة'] === caseNo);
    expect(transitions.map((a) => a['المستخدم'])).toEqual([WORKSPACE.OFFICER]);
  });

  it('a step the officer\'s role does not allow is still refused, in the officer\'s name', () => {
    sb.edit(CASES, a1(sb, CASES, 'القرار', 1), 'مقبول', WORKSPACE.OFFICER);
    expect(rows(sb, CASES)[0]['القرار']).toBe('');
    const refused = rows(sb, AUDIT).filter((a) => a['الإجراء'] === t('audit.edit_refused'));
    expect(refused.map((a) => a['المستخدم'])).toEqual([WORKSPACE.OFFICER]);
  });
});
