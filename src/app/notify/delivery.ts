// Delivering one outbox row on its channel, and moving it to the next channel the beneficiary accepted
// (then to the officer's task) when it cannot go that way. E-mail, SMS and WhatsApp rows alike.
import type { CellsOf, Mailer, OutgoingMail } from '../../ports';
import type { ChannelDelivery, ChannelPayload } from '../../ports/notification';
import { isDeliveryChannel } from '../../ports/notification';
import { t } from '../../i18n';

/** After this many failed attempts a message is given up on its channel (then the next channel, else failed). */
export const MAX_ATTEMPTS = 5;

/** An outbox row as delivery reads and rewrites it: the outbox tab's cells, no other. */
export type OutboxCells = CellsOf<'outbox'>;

/** A later way to reach the person: a channel the product sends on, or (`task`) the officer's follow-up. */
export interface RouteStep {
  channel: string;
  recipient: string;
  subject: string;
  /** The mail (e-mail and task steps) or the channel payload (SMS, WhatsApp). */
  content: OutgoingMail | ChannelPayload;
  task?: boolean;
}

/** What an outbox row's body holds: the content for its own channel, and the steps after it. */
export interface StoredBody {
  content: OutgoingMail | ChannelPayload;
  next: RouteStep[];
}

/** Rows written before channels (and e-mail rows without a route) hold the mail itself. */
export function readBody(row: OutboxCells): StoredBody {
  const parsed = JSON.parse(String(row.body)) as Record<string, unknown>;
  const next = Array.isArray(parsed.next) ? (parsed.next as RouteStep[]) : [];
  if (parsed.payload) return { content: parsed.payload as ChannelPayload, next };
  const { next: _ignored, ...mail } = parsed;
  void _ignored;
  return { content: mail as unknown as OutgoingMail, next };
}

export function writeBody(channel: string, body: StoredBody): string {
  const base = isDeliveryChannel(channel) && channel !== 'email' ? { payload: body.content } : { ...(body.content as OutgoingMail) };
  return JSON.stringify(body.next.length ? { ...base, next: body.next } : base);
}

/** Mail recipients the row takes from MailApp's daily quota (none for other channels). */
export function mailRecipients(row: OutboxCells): number {
  if (row.channel !== 'email') return 0;
  const mail = readBody(row).content as OutgoingMail;
  return [mail.to, mail.cc ?? ''].join(',').split(',').filter((a) => a.trim() !== '').length;
}

/** The row moved to its next step: queued on that channel (attempts from zero), or the officer's task;
 *  failed when nothing is left. `reason` says why the last channel did not carry it. */
export function moveOn<R extends OutboxCells>(row: R, reason: string): R {
  const { next } = readBody(row);
  const last_error = reason.slice(0, 300);
  if (next.length === 0) return { ...row, status: 'failed', last_error, next_attempt_at: null };
  const [step, ...rest] = next;
  return {
    ...row,
    channel: step.channel,
    recipient: step.recipient,
    subject: step.subject,
    status: step.task ? 'task' : 'queued',
    attempts: 0,
    last_error,
    next_attempt_at: null,
    body: writeBody(step.task ? 'task' : step.channel, { content: step.content, next: rest }),
  };
}

export type Outcome = 'sent' | 'retry' | 'moved' | 'failed' | 'quota';

const PERMANENT_MAIL_ERROR = /invalid email|invalid argument|invalid recipient|no recipient/i;
export const QUOTA_ERROR = /too many times for one day|quota|limit exceeded/i;

function settled(before: OutboxCells, after: OutboxCells): Outcome {
  if (after.status === 'sent') return 'sent';
  if (after.status === 'failed') return 'failed';
  if (after.channel !== before.channel || after.status === 'task') return 'moved';
  return 'retry';
}

/** Tries a queued row once on its channel. A transient failure stays queued (the caller sets the backoff);
 *  a refusal or the last attempt moves it on; a used-up day leaves it as it was ('quota'). */
export function deliver<R extends OutboxCells>(row: R, mailer: Mailer, channels: ChannelDelivery | null, now: Date): { row: R; outcome: Outcome } {
  if (row.status !== 'queued') return { row, outcome: 'retry' };
  const attempts = Number(row.attempts ?? 0) + 1;
  const channel = String(row.channel);
  if (channel === 'email') {
    const { content, next } = readBody(row);
    try {
      mailer.send(content as OutgoingMail);
      return { row: { ...row, status: 'sent', attempts, sent_at: now, last_error: null }, outcome: 'sent' };
    } catch (err) {
      const message = (err instanceof Error ? err.message : String(err)).slice(0, 300);
      if (QUOTA_ERROR.test(message)) return { row: { ...row, last_error: message }, outcome: 'quota' };
      const tried = { ...row, attempts, last_error: message };
      if (next.length > 0 && (PERMANENT_MAIL_ERROR.test(message) || attempts >= MAX_ATTEMPTS)) return { row: moveOn(tried, message), outcome: 'moved' };
      const after = { ...tried, status: attempts >= MAX_ATTEMPTS ? 'failed' : 'queued' };
      return { row: after, outcome: settled(row, after) };
    }
  }
  const adapter = isDeliveryChannel(channel) && channel !== 'email' ? channels?.adapters[channel] : undefined;
  if (!adapter || !adapter.configured()) {
    const after = moveOn(row, `${channel}: not set up`);
    return { row: after, outcome: settled(row, after) };
  }
  const limit = channels?.limits[channel] ?? null;
  const urlFetchLimit = channels?.limits.urlfetch ?? null;
  if (channels && (channels.counter.remaining(channel, limit) < 1 || channels.counter.remaining('urlfetch', urlFetchLimit) < 1)) {
    return { row, outcome: 'quota' };
  }
  const result = adapter.send((readBody(row).content as ChannelPayload), String(row.message_id));
  channels?.counter.add(channel, 1);
  channels?.counter.add('urlfetch', 1);
  if (result.ok) return { row: { ...row, status: 'sent', attempts, sent_at: now, last_error: null, gateway_id: result.gatewayId }, outcome: 'sent' };
  if (result.failure === 'quota') {
    channels?.counter.exhaust(channel);
    return { row: { ...row, last_error: result.detail }, outcome: 'quota' };
  }
  const tried = { ...row, attempts, last_error: result.detail };
  if (result.failure === 'uncertain') return { row: { ...tried, status: 'failed', last_error: `${t('schedule.outbox.uncertain')} (${result.detail})`.slice(0, 300) }, outcome: 'failed' };
  if (result.failure === 'refused' || attempts >= MAX_ATTEMPTS) {
    const after = moveOn(tried, result.detail);
    return { row: after, outcome: settled(row, after) };
  }
  return { row: tried, outcome: 'retry' };
}
