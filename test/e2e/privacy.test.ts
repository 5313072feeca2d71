// Personal data (issue 17) end to end: who looked (panel openings and searches audited, unusual looking in the
// weekly summary), the breach log's 72-hour reminders and draft notice, the record of processing kept in place.
import { completeAnswers, MANAGER, mails, MEMBER, nationalId, newRegister, ok, OFFICER, rows, submit } from './harness';
import { docsSlot } from '../../sandbox/services/document/model';
import type { Sandbox } from '../../sandbox/core/runtime';

const docText = (sb: Sandbox, includes: string): string[] =>
  Object.values(docsSlot(sb.world).documents).map((d) => JSON.stringify(d)).filter((j) => j.includes(includes));

describe('who looked', () => {
  const sb = newRegister();
  const caseNos: string[] = [];
  for (let i = 0; i < 25; i++) {
    submit(sb, completeAnswers({ national_id: nationalId(500 + i), full_name: `مستفيد ${i}`, mobile: `05012345${String(10 + i)}`, email: `b${i}@example.com` }));
  }
  for (const r of rows(sb, 'الحالات')) caseNos.push(String(r['رقم الحالة']));

  it('opening a case in the panel and searching leave audit rows with the officer, the query masked', () => {
    expect(caseNos).toHaveLength(25);
    ok(sb.execute('sidebarCase', [caseNos[0]], { user: OFFICER }));
    const reply = ok(sb.execute('sidebarSearch', ['0501234510'], { user: OFFICER })) as { ok: boolean; value: Array<{ caseNo: string }> };
    expect(reply.ok).toBe(true);
    const audit = rows(sb, 'سجل التدقيق');
    const viewed = audit.filter((r) => r['الإجراء'] === 'اطلاع على حالة');
    expect(viewed.map((r) => [r['المستخدم'], r['رقم الحالة']])).toContainEqual([OFFICER, caseNos[0]]);
    const search = audit.filter((r) => r['الإجراء'] === 'بحث في الحالات');
    expect(search).toHaveLength(1);
    expect(search[0]['المستخدم']).toBe(OFFICER);
    expect(String(search[0]['التفاصيل'])).toContain(reply.value[0].caseNo);
    expect(String(search[0]['التفاصيل'])).not.toContain('0501234510');
    expect(JSON.stringify(audit)).not.toContain('501234510');
  });

  it('the weekly summary names the staff member who opened 25 cases not theirs, with the count; the officer opening her own is not named', () => {
    // The intake assigns every case to the officer: they are hers, and the committee member's only once under study.
    for (const caseNo of caseNos) ok(sb.execute('sidebarCase', [caseNo], { user: OFFICER }));
    for (const caseNo of caseNos) ok(sb.execute('sidebarCase', [caseNo], { user: MEMBER }));
    ok(sb.execute('sidebarCase', [caseNos[1]], { user: MANAGER }));
    sb.advanceTo('2026-11-29T05:00:00Z');
    const summary = mails(sb).filter((m) => String(m.to) === MANAGER && /الملخص الأسبوعي/.test(m.subject));
    expect(summary).toHaveLength(1);
    expect(summary[0].text).toContain('الاطلاع على الحالات');
    expect(summary[0].text).toContain('سارة القحطاني (25)');
    expect(summary[0].text).not.toContain('نورة العتيبي (');
    expect(summary[0].text).not.toContain('عبدالله المطيري (');
  });
});

/** Text as Latin digits with no direction marks: Rusookh writes its numbers in Arabic-Indic digits. */
const latin = (v: unknown) => String(v).replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[\u2066-\u2069\u200e\u200f]/g, '');

describe.each(['esrar', 'rusookh', 'qurainah', 'mafatih', 'academy'])('the breach log (%s)', (profileId) => {
  const sb = newRegister(profileId, '2026-11-22T06:00:00Z');
  const record = (time: string) =>
    ok(sb.execute('recordBreachFromDialog', [{ whatHappened: 'أُرسل ملف فيه أسماء مستفيدين إلى عنوان خاطئ', discoveredDate: '2026-11-22', discoveredTime: time, dataAffected: 'الأسماء وأرقام الجوال', peopleCount: '12' }], { user: OFFICER })) as { breachNo: string; noticeUrl: string; message: string };
  let first: { breachNo: string; noticeUrl: string };
  let second: { breachNo: string; noticeUrl: string };
  const reminders = (no: string) => mails(sb).filter((m) => String(m.to) === MANAGER && latin(m.subject).includes(latin(no))).map((m) => ({ ...m, subject: latin(m.subject) }));

  it('an officer records a breach: a row in «سجل حوادث البيانات» with its 72-hour deadline and a draft notice to the authority', () => {
    first = record('08:00');
    second = record('08:30');
    const log = rows(sb, 'سجل حوادث البيانات');
    expect(log.map((r) => r['رقم الحادثة'])).toEqual([first.breachNo, second.breachNo]);
    expect(log[0]['سجّلها']).toBe(OFFICER);
    expect((log[0]['آخر موعد لإبلاغ الهيئة'] as Date).toISOString()).toBe('2026-11-25T05:00:00.000Z');
    expect(log[0]['مسودة الإشعار']).toBe(first.noticeUrl);
    const notice = docText(sb, first.breachNo).filter((j) => j.includes('الهيئة السعودية للبيانات والذكاء الاصطناعي'));
    expect(notice).toHaveLength(1);
    expect(notice[0]).toContain('الأسماء وأرقام الجوال');
    expect(notice[0]).toContain('المادة الرابعة والعشرين');
  });

  it('reminds the managers at 24 h and 48 h and at the deadline, once each; notifying the authority stops the clock', () => {
    sb.advanceTo('2026-11-23T04:30:00Z');
    expect(reminders(first.breachNo)).toHaveLength(0);
    sb.advanceTo('2026-11-23T06:10:00Z');
    expect(reminders(first.breachNo).map((m) => m.subject)).toEqual([expect.stringContaining('باقي الساعات لإبلاغ الهيئة: 47')]);
    expect(reminders(second.breachNo)).toHaveLength(1);
    expect(ok(sb.execute('recordAuthorityNotification', [second.breachNo], { user: MANAGER }))).toContain('توقفت تذكيراتها');
    sb.advanceTo('2026-11-24T06:10:00Z');
    expect(reminders(first.breachNo)).toHaveLength(2);
    expect(reminders(first.breachNo)[1].subject).toContain('باقي الساعات لإبلاغ الهيئة: 23');
    sb.advanceTo('2026-11-25T06:10:00Z');
    expect(reminders(first.breachNo)).toHaveLength(3);
    expect(reminders(first.breachNo)[2].subject).toContain('انتهت مهلة إبلاغ الهيئة');
    sb.advanceTo('2026-11-26T06:10:00Z');
    expect(reminders(first.breachNo)).toHaveLength(3);
    expect(reminders(second.breachNo)).toHaveLength(1);
    const log = rows(sb, 'سجل حوادث البيانات');
    expect(log[1]['أبلغها']).toBe(MANAGER);
    expect(log[0]['وقت إبلاغ الهيئة']).toBe('');
  });

  it('only managers record notifying the authority', () => {
    const r = sb.execute('recordAuthorityNotification', [first.breachNo], { user: OFFICER });
    expect(r.error?.message).toMatch(/لا يسمح|صلاحية|دور/);
  });
});

describe('the record of processing', () => {
  it('setup writes one document and revises it in place when run again', () => {
    const sb = newRegister();
    const before = docText(sb, 'سجل أنشطة معالجة البيانات الشخصية');
    expect(before).toHaveLength(1);
    ok(sb.execute('setup', ['esrar', {}]));
    const after = docText(sb, 'سجل أنشطة معالجة البيانات الشخصية');
    expect(after).toHaveLength(1);
    expect(after[0]).toContain('رقم الهوية');
    const setting = rows(sb, 'الإعدادات').find((r) => String(Object.values(r).join(' ')).includes('سجل أنشطة معالجة'));
    expect(setting).toBeDefined();
  });
});
