// The outbox's immediate send at intake goes through the same guard as the hourly sender: a mail that
// left before the write recording it failed is never sent a second time.
import { Outbox, type OutboxEntry } from '../../../src/app/notify/outbox';
import { sendOutbox } from '../../../src/app/schedule';
import { FakeBudget, FakeClock, FakeContinuations, FakeMailer, MemoryRegister, MemoryStore } from '../schedule/fakes';

const entry = (n: number): OutboxEntry => ({
  messageId: `1448-0000${n}:ack`, caseNo: `1448-0000${n}`, channel: 'email', recipient: `b${n}@example.com`,
  mail: { to: `b${n}@example.com`, subject: `استلام ${n}`, text: 'نص', html: '<p>نص</p>' },
});

describe('the immediate send at intake', () => {
  test('given the write after a successful send fails, when the hourly sender runs, then the mail is not sent again and is left for a person to check', () => {
    const register = new MemoryRegister();
    const store = new MemoryStore();
    const clock = FakeClock.at('2026-11-22', 9);
    const table = register.table('outbox');
    const mailer = new FakeMailer();
    const sendThenBreak = { remainingQuota: () => mailer.remainingQuota(), send: (m: Parameters<FakeMailer['send']>[0]) => { mailer.send(m); table.failNextWrite = true; } };
    const outbox = new Outbox(table, sendThenBreak, clock, store);
    expect(() => outbox.queueAndSend([entry(1)])).toThrow('Service error: Spreadsheets');
    expect(mailer.delivered).toHaveLength(1);

    clock.ms += 60 * 60_000;
    const report = sendOutbox({ register, mailer, clock, store, continuations: new FakeContinuations(), budget: new FakeBudget() });
    expect(mailer.delivered).toHaveLength(1);
    expect(report.uncertain).toBe(1);
    expect(table.rows[0].status).toBe('failed');
  });

  test('given the send and its write succeed, then nothing is left in flight and the sender finds nothing to do', () => {
    const register = new MemoryRegister();
    const store = new MemoryStore();
    const clock = FakeClock.at('2026-11-22', 9);
    const mailer = new FakeMailer();
    new Outbox(register.table('outbox'), mailer, clock, store).queueAndSend([entry(1), entry(2)]);
    const report = sendOutbox({ register, mailer, clock, store, continuations: new FakeContinuations(), budget: new FakeBudget() });
    expect(mailer.delivered.map((m) => m.to)).toEqual(['b1@example.com', 'b2@example.com']);
    expect(report).toMatchObject({ sent: 0, uncertain: 0 });
  });

  test('given a run that queues 400 surveys at once, then none is lost or sent twice and the in-flight mark stays within a property', () => {
    const register = new MemoryRegister();
    const store = new MemoryStore();
    const clock = FakeClock.at('2026-11-22', 9);
    const mailer = new FakeMailer();
    mailer.quota = 1_500;
    const surveys = Array.from({ length: 400 }, (_, i): OutboxEntry => ({ ...entry(i), messageId: `1448-${String(i).padStart(5, '0')}:survey:2026-Q4` }));
    new Outbox(register.table('outbox'), mailer, clock, store).queueAndSend(surveys);
    for (let hour = 0; hour < 30 && register.table('outbox').rows.some((r) => r.status === 'queued'); hour += 1) {
      clock.ms += 60 * 60_000;
      sendOutbox({ register, mailer, clock, store, continuations: new FakeContinuations(), budget: new FakeBudget() });
    }
    expect(register.table('outbox').rows.filter((r) => r.status === 'sent')).toHaveLength(400);
    expect(new Set(mailer.delivered.map((m) => m.to)).size).toBe(400);
    expect(mailer.delivered).toHaveLength(400);
  });
});
