// The outbox under pressure, end to end: a mail quota used up mid-day and transient mail failures
// lose nothing and send nothing twice; what waits goes out on later runs.
import { mailSlot } from '../../sandbox/services/mail';
import { completeAnswers, mails, nationalId, newRegister, rows, submit } from './harness';

const OUTBOX = 'صندوق الصادر';

describe('acknowledgements when the daily quota runs out', () => {
  // A consumer (gmail.com) account allows 100 recipients a day; this one has 5 left when the burst arrives.
  const sb = newRegister('esrar', '2026-11-22T05:00:00Z');
  mailSlot(sb.world).quota = { windowStartMs: sb.world.nowMs, recipients: 95 };
  for (let i = 0; i < 12; i++) submit(sb, completeAnswers({ national_id: nationalId(300 + i), full_name: `مستفيد ${i}`, email: `q${i}@example.com` }));
  const sentFirstDay = mails(sb).length;
  const queuedFirstDay = rows(sb, OUTBOX).filter((r) => r['حالة الإرسال'] === 'في الانتظار').length;
  sb.advanceTo('2026-11-24T06:00:00Z');

  it('sends what the quota allows and queues the rest without error', () => {
    expect(sentFirstDay).toBe(5);
    expect(queuedFirstDay).toBe(7);
  });

  it('sends the rest once the quota comes back, each acknowledgement exactly once', () => {
    const to = mails(sb).filter((m) => m.subject.includes('استلام')).map((m) => m.to[0]);
    expect(to).toHaveLength(12);
    expect(new Set(to).size).toBe(12);
    expect(rows(sb, OUTBOX).filter((r) => String(r['معرف الرسالة']).endsWith(':ack')).every((r) => r['حالة الإرسال'] === 'أُرسلت')).toBe(true);
  });
});

describe('acknowledgements when mail fails now and then', () => {
  const sb = newRegister('esrar', '2026-11-22T05:00:00Z');
  sb.injectFault({ method: 'MailApp.sendEmail', rate: 0.5, error: 'server' });
  for (let i = 0; i < 10; i++) submit(sb, completeAnswers({ national_id: nationalId(400 + i), full_name: `مستفيد ${i}`, email: `f${i}@example.com` }));
  const failedAtOnce = rows(sb, OUTBOX).filter((r) => r['حالة الإرسال'] === 'في الانتظار').length;
  sb.faults.clear('MailApp.sendEmail');
  sb.advanceTo('2026-11-23T12:00:00Z');

  it('keeps every failed message queued with its error, and the hourly sender delivers it later, once', () => {
    expect(failedAtOnce).toBeGreaterThan(0);
    const to = mails(sb).filter((m) => m.subject.includes('استلام')).map((m) => m.to[0]);
    expect(to.sort()).toEqual(Array.from({ length: 10 }, (_, i) => `f${i}@example.com`).sort());
  });
});
