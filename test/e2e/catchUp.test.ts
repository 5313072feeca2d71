// Intake that loses nothing: a form response whose submit trigger failed becomes its case later, once,
// when the scheduled jobs compare the form's responses with the register.
import { completeAnswers, mails, nationalId, newRegister, rows, submit } from './harness';

const CASES = 'الحالات';

describe('a submission whose trigger failed', () => {
  const sb = newRegister('esrar', '2026-11-22T05:00:00Z');
  // Google's transient Sheets error on every write while the trigger runs: the trigger fails.
  sb.injectFault({ method: 'Range.setValues', rate: 1, error: 'service' });
  sb.injectFault({ method: 'Sheet.appendRow', rate: 1, error: 'service' });
  const lost = submit(sb, completeAnswers({ national_id: nationalId(501), full_name: 'مستفيد ضاع طلبه', email: 'lost@example.com' }));
  sb.faults.clear();
  const casesRightAfter = rows(sb, CASES).length;
  // One that went through, to show nothing is recorded twice.
  submit(sb, completeAnswers({ national_id: nationalId(502), full_name: 'مستفيد وصل طلبه', email: 'fine@example.com' }));
  sb.advanceTo('2026-11-23T07:00:00Z');

  it('failed at the time, leaving no case', () => {
    expect(lost.executions.some((run) => run.error !== null)).toBe(true);
    expect(casesRightAfter).toBe(0);
  });

  it('is recorded by the next daily run: every response one case, each acknowledged once', () => {
    const names = rows(sb, CASES).map((r) => r['اسم المستفيد']);
    expect(names.sort()).toEqual(['مستفيد ضاع طلبه', 'مستفيد وصل طلبه'].sort());
    const acks = mails(sb).filter((m) => m.subject.includes('استلام')).map((m) => m.to[0]);
    expect(acks.sort()).toEqual(['fine@example.com', 'lost@example.com']);
  });

  it('records nothing twice when the catch-up runs again', () => {
    sb.advanceTo('2026-11-25T07:00:00Z');
    expect(rows(sb, CASES)).toHaveLength(2);
    expect(mails(sb).filter((m) => m.subject.includes('استلام'))).toHaveLength(2);
  });
});

describe('a daily run that cannot record a missing response', () => {
  const sb = newRegister('esrar', '2026-11-22T05:00:00Z');
  sb.injectFault({ method: 'Range.setValues', rate: 1, error: 'service' });
  sb.injectFault({ method: 'Sheet.appendRow', rate: 1, error: 'service' });
  submit(sb, completeAnswers({ national_id: nationalId(601), full_name: 'مستفيد يتأخر تسجيله', email: 'late@example.com' }));
  // Sheets keeps failing through the next morning's run.
  const firstDay = sb.advanceTo('2026-11-23T07:00:00Z').filter((run) => run.fn === 'dailySweep');
  sb.faults.clear();
  sb.advanceTo('2026-11-24T07:00:00Z');

  it('fails, so Google tells the owner, instead of reporting success', () => {
    expect(firstDay).toHaveLength(1);
    expect(firstDay[0].error).not.toBeNull();
  });

  it('keeps the response behind its checkpoint and records it on the next run', () => {
    expect(rows(sb, CASES).map((r) => r['اسم المستفيد'])).toEqual(['مستفيد يتأخر تسجيله']);
    expect(mails(sb).filter((m) => m.to.includes('late@example.com'))).toHaveLength(1);
  });
});

describe('case numbers when a submission fails after taking one', () => {
  const sb = newRegister('esrar', '2026-11-22T05:00:00Z');
  // The beneficiary's row is written (1st write) and its lookup-index cells (2nd–4th: two buckets and the mark);
  // the case's row is refused on each of its three attempts (5th–7th).
  sb.injectFault({ method: 'Range.setValues', calls: [5, 6, 7], error: 'service' });
  const failed = submit(sb, completeAnswers({ national_id: nationalId(801), full_name: 'الأول', email: 'first@example.com' }));
  sb.faults.clear();
  submit(sb, completeAnswers({ national_id: nationalId(802), full_name: 'الثاني', email: 'second@example.com' }));
  sb.advanceTo('2026-11-23T07:00:00Z');

  it('burns none: the replayed submission gets the number it had taken', () => {
    expect(failed.executions.some((run) => run.error !== null)).toBe(true);
    const byName = Object.fromEntries(rows(sb, CASES).map((r) => [r['اسم المستفيد'], r['رقم الحالة']]));
    expect(byName).toEqual({ 'الأول': '1448-00001', 'الثاني': '1448-00002' });
  });
});

describe('a week of transient errors at 25%', () => {
  // The finding that opened issue 13: 15 submissions, only 8 became cases, two acknowledgements went twice.
  const sb = newRegister('esrar', '2026-11-22T05:00:00Z');
  for (const method of ['Range.setValues', 'Sheet.appendRow', 'MailApp.sendEmail']) sb.injectFault({ method, rate: 0.25, error: 'service' });
  const emails: string[] = [];
  for (let day = 0; day < 5; day++) {
    sb.advanceTo(new Date(Date.parse('2026-11-22T06:00:00Z') + day * 86_400_000).toISOString());
    for (let i = 0; i < 3; i++) {
      const n = day * 3 + i;
      emails.push(`week${n}@example.com`);
      submit(sb, completeAnswers({ national_id: nationalId(900 + n), full_name: `مستفيد الأسبوع ${n}`, email: `week${n}@example.com` }));
    }
  }
  sb.faults.clear();
  sb.advanceTo('2026-11-30T08:00:00Z');

  it('ends with every response a case, each acknowledged exactly once', () => {
    const cases = rows(sb, CASES);
    expect(cases).toHaveLength(15);
    expect(new Set(cases.map((r) => r['رقم الحالة'])).size).toBe(15);
    const acks = mails(sb).filter((m) => m.subject.includes('استلام')).map((m) => m.to[0]);
    expect(new Set(acks).size).toBe(acks.length);
    // At most once: one whose send is uncertain (the write after it failed) is left for a person, never repeated;
    // every beneficiary has either their acknowledgement or a row a person can see was not sent.
    const outbox = rows(sb, 'صندوق الصادر').filter((r) => String(r['معرف الرسالة']).endsWith(':ack'));
    const leftForAPerson = outbox.filter((r) => r['حالة الإرسال'] !== 'أُرسلت').map((r) => String(r['المستلم']));
    for (const email of emails) expect(acks.includes(email) || leftForAPerson.includes(email)).toBe(true);
    expect(acks.length).toBeGreaterThanOrEqual(12);
  });
});

describe('a submission whose case is written and whose acknowledgement write is refused', () => {
  const sb = newRegister('esrar', '2026-11-22T05:00:00Z');
  // The outbox's write refused on every try while the trigger runs: the case row is written, the run fails.
  sb.injectFault({ method: 'Range.setValues', rate: 1, error: 'service', target: (r) => r.sheet === 'صندوق الصادر' });
  const run = submit(sb, completeAnswers({ national_id: nationalId(951), full_name: 'مستفيد تعثّر إقراره', email: 'ack@example.com' }));
  sb.faults.clear();
  const created = rows(sb, 'سجل التدقيق').filter((r) => r['الإجراء'] === 'إنشاء حالة');

  it('fails, and still leaves the case\'s creation in the audit (the step was saved)', () => {
    expect(run.executions.some((e) => e.error !== null)).toBe(true);
    expect(rows(sb, CASES)).toHaveLength(1);
    expect(created.map((r) => r['رقم الحالة'])).toEqual([rows(sb, CASES)[0]['رقم الحالة']]);
  });

  it('is acknowledged once by the next daily run, its creation not audited twice', () => {
    sb.advanceTo('2026-11-24T07:00:00Z');
    expect(mails(sb).filter((m) => m.subject.includes('استلام')).map((m) => m.to[0])).toEqual(['ack@example.com']);
    expect(rows(sb, 'سجل التدقيق').filter((r) => r['الإجراء'] === 'إنشاء حالة')).toHaveLength(1);
  });
});
