// The outbox sender against in-memory ports: quota, transient faults, backoff, in-flight recovery, time budget.
import { sendOutbox, IN_FLIGHT_KEY, NEXT_ATTEMPT_COLUMN, type SenderDeps } from '../../../src/app/schedule';
import { entryToRow, MAX_ATTEMPTS, MAX_BODY_CHARACTERS } from '../../../src/app/notify/outbox';
import type { Row } from '../../../src/ports';
import { FakeBudget, FakeClock, FakeContinuations, FakeMailer, MemoryRegister, MemoryStore } from './fakes';

function queuedRows(n: number, clock: FakeClock): Row[] {
  return Array.from({ length: n }, (_, i) =>
    entryToRow(
      { messageId: `m-${i}`, caseNo: '', channel: 'email', recipient: `p${i}@org.sa`, mail: { to: `p${i}@org.sa`, subject: `رسالة ${i}`, text: 'نص', html: '<p>نص</p>' } },
      clock.now(),
      'queued',
    ),
  );
}

function setup(n: number, quota = 100) {
  const clock = FakeClock.at('2026-03-17');
  const register = new MemoryRegister();
  register.table('outbox').rows = queuedRows(n, clock);
  const deps = { register, mailer: new FakeMailer(quota), clock, store: new MemoryStore(), continuations: new FakeContinuations(), budget: new FakeBudget() } satisfies SenderDeps;
  return deps;
}

const statuses = (deps: ReturnType<typeof setup>) => deps.register.table('outbox').rows.map((r) => r.status);
const deliveredTo = (deps: ReturnType<typeof setup>) => deps.mailer.delivered.map((m) => m.to);

describe('outbox sender', () => {
  it('given 30 queued messages and a quota of 12, when the sender runs today and again tomorrow, then 12 go today, the rest tomorrow, each exactly once', () => {
    const deps = setup(30, 12);
    const today = sendOutbox(deps);
    expect(today).toMatchObject({ sent: 12, left: 18, stoppedBy: 'quota' });
    expect(statuses(deps).filter((s) => s === 'sent')).toHaveLength(12);
    deps.mailer.quota = 100;
    deps.clock.setDay('2026-03-18');
    expect(sendOutbox(deps)).toMatchObject({ sent: 18, left: 0, stoppedBy: 'nothing_left' });
    expect([...deliveredTo(deps)].sort()).toEqual(Array.from({ length: 30 }, (_, i) => `p${i}@org.sa`).sort());
    expect(sendOutbox(deps).sent).toBe(0);
    expect(deps.mailer.delivered).toHaveLength(30);
  });

  it('given the quota runs out under the sender (another script used it), when a send is refused, then the message stays queued without an attempt counted', () => {
    const deps = setup(3, 100);
    deps.mailer.faults.set(2, 'Service invoked too many times for one day: email.');
    expect(sendOutbox(deps)).toMatchObject({ sent: 1, left: 2, stoppedBy: 'quota' });
    expect(deps.register.table('outbox').rows[1]).toMatchObject({ status: 'queued', attempts: 0 });
  });

  it('given transient mail faults, when the sender runs, then the failed messages wait with a growing backoff and go out later, none twice', () => {
    const deps = setup(5);
    deps.mailer.faults.set(2, "We're sorry, a server error occurred.");
    deps.mailer.faults.set(4, 'Service error: Mail');
    expect(sendOutbox(deps)).toMatchObject({ sent: 3, retrying: 2 });
    const waiting = deps.register.table('outbox').rows.filter((r) => r.status === 'queued');
    expect(waiting.map((r) => r.message_id)).toEqual(['m-1', 'm-3']);
    expect((waiting[0][NEXT_ATTEMPT_COLUMN] as Date).getTime() - deps.clock.ms).toBe(15 * 60_000);
    expect(waiting[0].last_error).toContain('server error');

    // Ten minutes later the backoff has not passed: nothing is retried.
    deps.clock.ms += 10 * 60_000;
    expect(sendOutbox(deps).sent).toBe(0);
    deps.clock.ms += 10 * 60_000;
    expect(sendOutbox(deps)).toMatchObject({ sent: 2, retrying: 0 });
    expect(deliveredTo(deps).sort()).toEqual(['p0@org.sa', 'p1@org.sa', 'p2@org.sa', 'p3@org.sa', 'p4@org.sa']);
  });

  it('given a message that fails every time, when retried, then after the fifth attempt it is marked failed for a person and no longer sent', () => {
    const deps = setup(1);
    for (let call = 1; call <= 10; call++) deps.mailer.faults.set(call, 'Service error: Mail');
    for (let run = 0; run < 8; run++) {
      sendOutbox(deps);
      deps.clock.ms += 24 * 3600_000;
    }
    expect(deps.mailer.calls).toBe(MAX_ATTEMPTS);
    expect(deps.register.table('outbox').rows[0]).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
  });

  it('given an invalid address, when sending fails, then it is failed at once rather than retried', () => {
    const deps = setup(1);
    deps.mailer.faults.set(1, 'Invalid email: p0@org');
    expect(sendOutbox(deps)).toMatchObject({ failed: 1, retrying: 0 });
  });

  it('given an execution died while sending a batch, when the sender runs again, then those messages are not resent but marked for a person to check', () => {
    const deps = setup(3);
    // Writing the batch results fails after the mail went out: the batch stays "in flight".
    deps.register.table('outbox').failNextWrite = true;
    expect(() => sendOutbox(deps)).toThrow('Service error: Spreadsheets');
    expect(deps.mailer.delivered).toHaveLength(3);
    expect(JSON.parse(deps.store.get(IN_FLIGHT_KEY)!)).toEqual(['m-0', 'm-1', 'm-2']);
    expect(sendOutbox(deps)).toMatchObject({ sent: 0, uncertain: 3 });
    expect(deps.mailer.delivered).toHaveLength(3);
    expect(statuses(deps)).toEqual(['failed', 'failed', 'failed']);
    expect(String(deps.register.table('outbox').rows[0].last_error)).toContain('يرجى التحقق');
  });

  it('given the time budget runs short, when 50 messages wait, then the sender stops between batches, asks for a follow-up, and the follow-up sends the rest', () => {
    const deps = setup(50);
    deps.budget = new FakeBudget(300_000, 1);
    expect(sendOutbox(deps)).toMatchObject({ sent: 20, left: 30, stoppedBy: 'time' });
    expect(deps.continuations.requested).toEqual([{ job: 'outbox', afterMs: 60_000 }]);
    deps.budget = new FakeBudget();
    expect(sendOutbox(deps)).toMatchObject({ sent: 30, left: 0 });
    expect(new Set(deliveredTo(deps)).size).toBe(50);
    expect(deps.mailer.delivered).toHaveLength(50);
  });

  it('given follow-up tasks and sent rows in the outbox, when the sender runs, then it only sends queued email', () => {
    const deps = setup(2);
    const rows = deps.register.table('outbox').rows;
    rows[0].status = 'task';
    rows[1].status = 'sent';
    expect(sendOutbox(deps).sent).toBe(0);
    expect(deps.mailer.calls).toBe(0);
  });
});

describe('outbox rows', () => {
  it('given a mail longer than a Sheets cell holds, when it is queued, then its row keeps the plain text cut to fit, in both parts, and escaped', () => {
    const text = `${'سطر طويل من القائمة <b>"عنوان"</b>\n'.repeat(6000)}النهاية`;
    const row = entryToRow({ messageId: 'm-long', caseNo: '', channel: 'email', recipient: 'p@org.sa', mail: { to: 'p@org.sa', subject: 'ملخص', text, html: `<p>${text}</p>` } }, new Date(), 'queued');
    const body = String(row.body);
    expect(body.length).toBeLessThanOrEqual(MAX_BODY_CHARACTERS);
    const stored = JSON.parse(body) as { to: string; subject: string; text: string; html: string };
    expect(stored).toMatchObject({ to: 'p@org.sa', subject: 'ملخص' });
    expect(text.startsWith(stored.text.slice(0, -2))).toBe(true);
    expect(stored.text.endsWith('\n…')).toBe(true);
    expect(stored.html).toContain('&lt;b&gt;');
    expect(stored.html).not.toContain('<b>');
  });

  it('given an ordinary mail, when it is queued, then its row keeps it whole', () => {
    const mail = { to: 'p@org.sa', subject: 's', text: 'نص', html: '<p>نص</p>' };
    expect(JSON.parse(String(entryToRow({ messageId: 'm', caseNo: '', channel: 'email', recipient: 'p@org.sa', mail }, new Date(), 'queued').body))).toEqual(mail);
  });
});
