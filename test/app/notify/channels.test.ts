// The outbox on channels beyond e-mail, against in-memory ports: the agreed channel first, the next accepted
// channel when it refuses, the officer's task last; transient failures retried, time-outs never resent,
// each channel's daily limit kept. The outbox sees only the notification port: this file's FakeGateway is
// all a new channel needs on the app side (docs/channels.md, "Adding a channel").
import { Outbox, type OutboxEntry } from '../../../src/app/notify/outbox';
import { sendOutbox } from '../../../src/app/schedule';
import type { ChannelAdapter, ChannelDelivery, ChannelPayload, DailyCounter, SendResult } from '../../../src/ports/notification';
import { FakeBudget, FakeClock, FakeContinuations, FakeMailer, MemoryRegister, MemoryStore } from '../schedule/fakes';

class FakeGateway implements ChannelAdapter {
  readonly sent: Array<{ payload: ChannelPayload; reference: string }> = [];
  answers: SendResult[] = [];
  constructor(readonly channel: 'sms' | 'whatsapp', public ready = true) {}
  configured(): boolean {
    return this.ready;
  }
  send(payload: ChannelPayload, reference: string): SendResult {
    const answer = this.answers.shift() ?? { ok: true, gatewayId: `gw-${this.sent.length + 1}` };
    if (answer.ok || answer.failure === 'uncertain') this.sent.push({ payload, reference });
    return answer;
  }
}

class MemoryCounter implements DailyCounter {
  sent: Record<string, number> = {};
  exhausted = new Set<string>();
  remaining(channel: string, limit: number | null): number {
    if (this.exhausted.has(channel)) return 0;
    return limit === null ? Infinity : limit - (this.sent[channel] ?? 0);
  }
  add(channel: string, count: number): void {
    this.sent[channel] = (this.sent[channel] ?? 0) + count;
  }
  exhaust(channel: string): void {
    this.exhausted.add(channel);
  }
}

const mail = (to: string) => ({ to, subject: 'استلام طلبك', text: 'نص', html: '<p>نص</p>' });
const smsEntry = (n: number, next: OutboxEntry['next'] = []): OutboxEntry => ({
  messageId: `1448-0000${n}:ack`, caseNo: `1448-0000${n}`, channel: 'sms', recipient: `96655000000${n}`,
  mail: mail(`96655000000${n}`),
  payload: { channel: 'sms', message: { to: `96655000000${n}`, text: 'استلمنا طلبك' } },
  next,
});
const emailStep = (n: number) => ({ channel: 'email', recipient: `b${n}@example.com`, subject: 'استلام طلبك', content: mail(`b${n}@example.com`) });
const taskStep = { channel: 'sms', recipient: 'officer@example.com', subject: 'مهمة متابعة', content: mail('officer@example.com'), task: true };

function world(limits: ChannelDelivery['limits'] = {}) {
  const register = new MemoryRegister();
  const store = new MemoryStore();
  const clock = FakeClock.at('2026-11-22', 9);
  const mailer = new FakeMailer();
  const sms = new FakeGateway('sms');
  const counter = new MemoryCounter();
  const channels: ChannelDelivery = { adapters: { sms }, counter, limits };
  const outbox = new Outbox(register.table('outbox'), mailer, clock, store, channels);
  const send = () => sendOutbox({ register, mailer, clock, store, channels, continuations: new FakeContinuations(), budget: new FakeBudget() });
  return { register, store, clock, mailer, sms, counter, outbox, send, table: register.table('outbox') };
}

describe('the outbox on SMS', () => {
  test('a message on the agreed SMS channel is sent at once, with the gateway id in its row', () => {
    const w = world();
    w.outbox.queueAndSend([smsEntry(1)]);
    expect(w.sms.sent).toEqual([{ payload: smsEntry(1).payload, reference: '1448-00001:ack' }]);
    expect(w.table.rows[0]).toMatchObject({ status: 'sent', channel: 'sms', gateway_id: 'gw-1', attempts: 1 });
  });

  test('a refused SMS goes on the next channel the person accepted, e-mail, in the same row and id', () => {
    const w = world();
    w.sms.answers = [{ ok: false, failure: 'refused', detail: '400 Invalid recipients' }];
    w.outbox.queueAndSend([smsEntry(1, [emailStep(1), taskStep])]);
    expect(w.table.rows).toHaveLength(1);
    expect(w.table.rows[0]).toMatchObject({ message_id: '1448-00001:ack', channel: 'email', status: 'sent', recipient: 'b1@example.com' });
    expect(w.mailer.delivered.map((m) => m.to)).toEqual(['b1@example.com']);
  });

  test('with no other channel accepted, a refused SMS becomes the officer\'s task', () => {
    const w = world();
    w.sms.answers = [{ ok: false, failure: 'refused', detail: 'ER-03 Invalid recipient number' }];
    w.outbox.queueAndSend([smsEntry(1, [taskStep])]);
    expect(w.table.rows[0]).toMatchObject({ status: 'task', recipient: 'officer@example.com', last_error: 'ER-03 Invalid recipient number' });
  });

  test('a gateway not set up (no key) moves the message on without calling it', () => {
    const w = world();
    w.sms.ready = false;
    w.outbox.queueAndSend([smsEntry(1, [taskStep])]);
    expect(w.sms.sent).toHaveLength(0);
    expect(w.table.rows[0].status).toBe('task');
  });

  test('a transient failure is retried by the hourly sender after its backoff, and sent once', () => {
    const w = world();
    w.sms.answers = [{ ok: false, failure: 'transient', detail: '503' }];
    w.outbox.queueAndSend([smsEntry(1, [taskStep])]);
    expect(w.table.rows[0]).toMatchObject({ status: 'queued', attempts: 1 });
    w.send();
    // The immediate send set no next attempt: the sender tries again at once, the second answer succeeds.
    expect(w.table.rows[0]).toMatchObject({ status: 'sent', attempts: 2 });
    w.clock.ms += 24 * 3_600_000;
    w.send();
    expect(w.sms.sent).toHaveLength(1);
  });

  test('five transient failures give up on SMS and pass the message to the next step', () => {
    const w = world();
    w.sms.answers = Array.from({ length: 5 }, () => ({ ok: false as const, failure: 'transient' as const, detail: '500' }));
    w.outbox.queueAndSend([smsEntry(1, [emailStep(1)])]);
    for (let i = 0; i < 6; i += 1) {
      w.clock.ms += 20 * 3_600_000;
      w.send();
    }
    expect(w.table.rows[0]).toMatchObject({ channel: 'email', status: 'sent' });
    expect(w.sms.sent).toHaveLength(0);
  });

  test('a time-out (the gateway may have sent it) is never sent again: left for a person to check', () => {
    const w = world();
    w.sms.answers = [{ ok: false, failure: 'uncertain', detail: 'Timeout: https://api.taqnyat.sa/v1/messages' }];
    w.outbox.queueAndSend([smsEntry(1, [emailStep(1)])]);
    w.clock.ms += 3_600_000;
    w.send();
    expect(w.table.rows[0].status).toBe('failed');
    expect(w.sms.sent).toHaveLength(1);
    expect(w.mailer.delivered).toHaveLength(0);
  });

  test("a channel's daily limit holds the rest until the day turns; e-mail goes on meanwhile", () => {
    const w = world({ sms: 1 });
    w.outbox.queueAndSend([smsEntry(1), smsEntry(2)]);
    expect(w.table.rows.map((r) => r.status)).toEqual(['sent', 'queued']);
    const report = w.send();
    expect(report).toMatchObject({ sent: 0, left: 1, stoppedBy: 'quota' });
    w.outbox.queueAndSend([{ messageId: '1448-00003:ack', caseNo: '1448-00003', channel: 'email', recipient: 'c@example.com', mail: mail('c@example.com') }]);
    expect(w.mailer.delivered.map((m) => m.to)).toEqual(['c@example.com']);
  });

  test('SMS rows take nothing from the mail quota: past it, SMS beneficiaries are still acknowledged', () => {
    const w = world();
    w.mailer.quota = 0;
    w.outbox.queueAndSend([{ messageId: '1448-00009:ack', caseNo: '1448-00009', channel: 'email', recipient: 'z@example.com', mail: mail('z@example.com') }, smsEntry(1)]);
    expect(w.table.rows.map((r) => [r.channel, r.status])).toEqual([['email', 'queued'], ['sms', 'sent']]);
    expect(w.send()).toMatchObject({ stoppedBy: 'quota', left: 1 });
  });
});
