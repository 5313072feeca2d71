// The mail quota planned: acknowledgements and decisions go before digests and surveys, which leave a reserve.
import { sendOutbox, type SenderDeps } from '../../../src/app/schedule';
import { BULK_RESERVE, entryToRow, NEXT_DUE_KEY, Outbox, priorityOf } from '../../../src/app/notify/outbox';
import type { Row } from '../../../src/ports';
import { FakeBudget, FakeClock, FakeContinuations, FakeMailer, MemoryRegister, MemoryStore } from './fakes';

function row(messageId: string, to: string, at: Date): Row {
  return entryToRow({ messageId, caseNo: '', channel: 'email', recipient: to, mail: { to, subject: messageId, text: 'نص', html: '<p>نص</p>' } }, at, 'queued');
}

function setup(quota: number) {
  const clock = FakeClock.at('2026-03-17');
  const register = new MemoryRegister();
  const deps = { register, mailer: new FakeMailer(quota), clock, store: new MemoryStore(), continuations: new FakeContinuations(), budget: new FakeBudget() } satisfies SenderDeps;
  return deps;
}

const minutes = (clock: FakeClock, m: number) => new Date(clock.ms - m * 60_000);
const delivered = (deps: ReturnType<typeof setup>) => deps.mailer.delivered.map((m) => m.subject);

describe('mail priority', () => {
  it('ranks beneficiary mail first, mail to act on next, digests, summaries and surveys last', () => {
    expect(priorityOf('1448-00001:ack')).toBe(0);
    expect(priorityOf('1448-00001:decision-approved')).toBe(0);
    expect(priorityOf('study:1448-00001:2026-03-20')).toBe(0);
    expect(priorityOf('health:2026-03-17')).toBe(1);
    expect(priorityOf('update-verify:R1')).toBe(1);
    expect(priorityOf('digest:2026-03-17:a@org.sa')).toBe(2);
    expect(priorityOf('summary:2026-03-08:a@org.sa')).toBe(2);
    expect(priorityOf('1448-00001:survey')).toBe(2);
  });

  it('given digests queued before acknowledgements, when the sender runs, then every acknowledgement goes before any digest', () => {
    const deps = setup(100);
    const rows = deps.register.table('outbox').rows;
    for (let i = 0; i < 3; i++) rows.push(row(`digest:2026-03-17:s${i}@org.sa`, `s${i}@org.sa`, minutes(deps.clock, 120)));
    rows.push(row('1448-00009:survey', 'x@example.com', minutes(deps.clock, 110)));
    for (let i = 0; i < 5; i++) rows.push(row(`1448-0000${i}:ack`, `b${i}@example.com`, minutes(deps.clock, 60 - i)));
    rows.push(row('health:2026-03-17', 'owner@org.sa', minutes(deps.clock, 1)));
    expect(sendOutbox(deps)).toMatchObject({ sent: 10, left: 0 });
    const order = delivered(deps);
    expect(order.slice(0, 5)).toEqual(['1448-00000:ack', '1448-00001:ack', '1448-00002:ack', '1448-00003:ack', '1448-00004:ack']);
    expect(order[5]).toBe('health:2026-03-17');
    expect(order.slice(6).sort()).toEqual(['1448-00009:survey', 'digest:2026-03-17:s0@org.sa', 'digest:2026-03-17:s1@org.sa', 'digest:2026-03-17:s2@org.sa']);
  });

  it(`given a quota of ${BULK_RESERVE + 3}, when acknowledgements and digests wait, then the acknowledgements go and the digests keep out of the reserve until the next day`, () => {
    const deps = setup(BULK_RESERVE + 3);
    const rows = deps.register.table('outbox').rows;
    for (let i = 0; i < 5; i++) rows.push(row(`digest:2026-03-17:s${i}@org.sa`, `s${i}@org.sa`, minutes(deps.clock, 120)));
    for (let i = 0; i < 2; i++) rows.push(row(`1448-0000${i}:ack`, `b${i}@example.com`, minutes(deps.clock, 30)));
    // 2 acknowledgements use 2; 21 left, of which the digests may use 1.
    expect(sendOutbox(deps)).toMatchObject({ sent: 3, left: 4, stoppedBy: 'quota' });
    expect(delivered(deps)).toEqual(['1448-00000:ack', '1448-00001:ack', 'digest:2026-03-17:s0@org.sa']);
    expect(deps.mailer.quota).toBe(BULK_RESERVE);
    // The quota held them back: the next hourly run looks again (not 'none').
    expect(deps.store.get(NEXT_DUE_KEY)).not.toBe('none');
    expect(Number(deps.store.get(NEXT_DUE_KEY))).toBeGreaterThan(deps.clock.ms);
    deps.clock.setDay('2026-03-18');
    deps.mailer.quota = 100;
    expect(sendOutbox(deps)).toMatchObject({ sent: 4, left: 0, stoppedBy: 'nothing_left' });
    expect(deps.mailer.delivered).toHaveLength(7);
  });

  it('given an acknowledgement arrives when only the reserve is left, then it still goes at once while a survey waits', () => {
    const deps = setup(BULK_RESERVE);
    const outbox = new Outbox(deps.register.table('outbox'), deps.mailer, deps.clock, deps.store);
    const mail = (to: string) => ({ to, subject: to, text: 'نص', html: '<p>نص</p>' });
    const rows = outbox.queueAndSend([
      { messageId: '1448-00007:survey', caseNo: '1448-00007', channel: 'email', recipient: 's@example.com', mail: mail('s@example.com') },
      { messageId: '1448-00008:ack', caseNo: '1448-00008', channel: 'email', recipient: 'a@example.com', mail: mail('a@example.com') },
    ]);
    expect(rows.map((r) => [r.message_id, r.status])).toEqual([['1448-00007:survey', 'queued'], ['1448-00008:ack', 'sent']]);
    expect(delivered(deps)).toEqual(['a@example.com']);
    expect(Number(deps.store.get(NEXT_DUE_KEY))).toBeLessThanOrEqual(deps.clock.ms);
  });
});
