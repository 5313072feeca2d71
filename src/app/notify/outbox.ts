// The outbox: every notification is a row first, then sent; what cannot be sent now stays queued,
// and channels software cannot send on (WhatsApp, phone, letter…) become a staff follow-up task.
import type { Clock, KeyValueStore, Mailer, OutboxStatus, OutgoingMail, TableOf } from '../../ports';
import type { ChannelDelivery, ChannelPayload } from '../../ports/notification';
import { isDeliveryChannel } from '../../ports/notification';
import { escapeHtml } from '../../domain/html';
import { deliver, MAX_ATTEMPTS, mailRecipients, writeBody, type OutboxCells, type RouteStep } from './delivery';

/** The outbox row's statuses are a coded list of the register (src/ports/codedLists.ts). */
export type { OutboxStatus } from '../../ports';

export interface OutboxEntry {
  messageId: string;
  caseNo: string;
  /** 'email' is sent by the product; any other channel id becomes a task for `mail.to` (the officer). */
  channel: string;
  recipient: string;
  /** The e-mail (or, on another channel, the mail a person reads in the outbox as the subject). */
  mail: OutgoingMail;
  /** On SMS or WhatsApp: what the gateway is sent. */
  payload?: ChannelPayload;
  /** The channels to try after this one, the officer's task last. */
  next?: RouteStep[];
  /** Not sent at all: the beneficiary opted out. */
  withheld?: boolean;
}

/** Which mail goes first when the day's recipient quota (100 on a consumer account) cannot carry all:
 *  0 what a beneficiary is told about their case (acknowledgements, decisions, letters, notices),
 *  1 mail a person must act on (the health note, a data update to verify, minutes to sign),
 *  2 mail that can wait a day (digests, the weekly summary, sign-off reminders, surveys).
 *  Derived from the message id, which every workflow fixes: `<case>:<kind>`, `digest:<day>:<email>`… */
export type MailPriority = 0 | 1 | 2;

export function priorityOf(messageId: string): MailPriority {
  if (/^(digest|summary|signoff|signoff-hr):/.test(messageId) || /:survey$/.test(messageId)) return 2;
  if (/^(health|update-verify|minutes):/.test(messageId)) return 1;
  return 0;
}

/** Recipients of the day's quota that mail of priority 2 may not use: kept for the acknowledgements and
 *  decisions that arrive later in the day. */
export const BULK_RESERVE = 20;

/** What of `quota` a message of this priority may use. */
export function quotaFor(priority: MailPriority, quota: number): number {
  return priority === 2 ? Math.max(0, quota - BULK_RESERVE) : quota;
}

export { MAX_ATTEMPTS };

/** How a new entry starts: sent by the product on e-mail, SMS and WhatsApp, else the officer's task. */
export function initialStatus(entry: OutboxEntry): OutboxStatus {
  if (entry.withheld) return 'withheld';
  // SMS and WhatsApp only with their payload: a mail written for another channel stays the officer's task.
  return entry.channel === 'email' || (isDeliveryChannel(entry.channel) && entry.payload !== undefined) ? 'queued' : 'task';
}

export function entryToRow(entry: OutboxEntry, now: Date, status: OutboxStatus): OutboxCells {
  const routed = entry.payload !== undefined || (entry.next?.length ?? 0) > 0;
  return {
    message_id: entry.messageId,
    created_at: now,
    case_no: entry.caseNo,
    channel: entry.channel,
    recipient: entry.recipient,
    subject: entry.mail.subject,
    status,
    attempts: 0,
    last_error: null,
    sent_at: null,
    gateway_id: null,
    body: routed ? writeBody(entry.channel, { content: entry.payload ?? entry.mail, next: entry.next ?? [] }) : storedBody(entry.mail),
  };
}

/** Google Sheets holds 50,000 characters in a cell, and the outbox keeps a whole mail in one. */
export const MAX_BODY_CHARACTERS = 50_000;

/** The mail as the outbox stores it. One too long for a cell (nothing bounded its lists) keeps its plain
 *  text, cut to fit and shown in both parts, rather than failing the execution that queues it. */
function storedBody(mail: OutgoingMail): string {
  const whole = JSON.stringify(mail);
  if (whole.length <= MAX_BODY_CHARACTERS) return whole;
  // Text appears twice (text and HTML), and JSON or HTML escaping may double a character.
  const text = `${mail.text.slice(0, Math.floor((MAX_BODY_CHARACTERS - JSON.stringify({ ...mail, text: '', html: '' }).length - 200) / 4))}\n…`;
  return JSON.stringify({ ...mail, text, html: `<div dir="rtl" lang="ar" style="white-space:pre-wrap">${escapeHtml(text)}</div>` });
}

/** Message ids being sent right now: set before any send and cleared once their results are written. An
 *  execution that dies between the two (a send succeeded, the write after it failed) leaves them here, and
 *  the next sender run marks them for a person to check instead of sending them again. */
export const IN_FLIGHT_KEY = 'OUTBOX_IN_FLIGHT';

/** How many queued rows one call may send at once (the hourly sender's batch size): the rest wait for it. */
export const IMMEDIATE_SENDS = 20;

/** Adds ids to what is in flight, keeping any a dead execution left (the sender settles those). */
export function addInFlight(store: KeyValueStore, messageIds: string[]): void {
  store.set(IN_FLIGHT_KEY, JSON.stringify([...new Set([...takeInFlight(store), ...messageIds])]));
}

/** Takes ids out once their results are written; with no ids, clears all (the sender has settled them). */
export function removeInFlight(store: KeyValueStore, messageIds?: string[]): void {
  const left = messageIds ? [...takeInFlight(store)].filter((id) => !messageIds.includes(id)) : [];
  store.set(IN_FLIGHT_KEY, JSON.stringify(left));
}

/** What a dead execution left in flight (a damaged value counts as none). */
export function takeInFlight(store: KeyValueStore): Set<string> {
  try {
    return new Set(JSON.parse(store.get(IN_FLIGHT_KEY) ?? '[]') as string[]);
  } catch {
    return new Set();
  }
}

/** When the next queued message falls due (ms), or 'none' when nothing waits; absent means unknown. The
 *  hourly sender trusts it and reads nothing when nothing is due; the daily run reads the whole outbox
 *  (and so also finds a row a person re-queued by hand). */
export const NEXT_DUE_KEY = 'OUTBOX_NEXT_DUE';

export function nextDueHint(store: KeyValueStore): number | 'none' | null {
  const raw = store.get(NEXT_DUE_KEY);
  if (raw === null || raw === '') return null;
  if (raw === 'none') return 'none';
  const ms = Number(raw);
  return Number.isFinite(ms) ? ms : null;
}

/** Records that something is due by `ms` (keeps an earlier time already recorded, or an unknown one). */
export function dueBy(store: KeyValueStore, ms: number): void {
  const hint = nextDueHint(store);
  if (hint === null || (hint !== 'none' && hint <= ms)) return;
  store.set(NEXT_DUE_KEY, String(ms));
}

/** Tries to send one queued row on its channel; returns the row as it should now be stored. */
export function attemptDelivery(row: OutboxCells, mailer: Mailer, now: Date, channels: ChannelDelivery | null = null): OutboxCells {
  return deliver(row, mailer, channels, now).row;
}

export class Outbox {
  constructor(
    private readonly table: TableOf<'outbox'>,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    private readonly store: KeyValueStore,
    private readonly channels: ChannelDelivery | null = null,
  ) {}

  /** Queues the entries and sends the email ones at once while the daily quota lasts.
   *  Rows are written before sending, so a crash after sending leaves a queued row, never a lost one; the
   *  sends are marked in flight, as the hourly sender marks its batches, so that row is never sent again. */
  queueAndSend(entries: OutboxEntry[]): OutboxCells[] {
    if (entries.length === 0) return [];
    const now = this.clock.now();
    const rows = entries.map((e) => entryToRow(e, now, initialStatus(e)));
    const rowNumbers = this.table.append(rows);
    if (!rows.some((row) => row.status === 'queued')) return rows;
    // At most IMMEDIATE_SENDS leave now; a bulk run's rest (surveys, notices) waits for the hourly sender, which
    // batches and watches the time. The in-flight mark, one script property (9 KB), so stays small.
    const immediate = new Set(rows.filter((row) => row.status === 'queued').slice(0, IMMEDIATE_SENDS).map((row) => String(row.message_id)));
    const sending = [...immediate];
    const sendsNow = (row: OutboxCells) => row.status === 'queued' && immediate.has(String(row.message_id));
    addInFlight(this.store, sending);
    // SMS and WhatsApp first: they take nothing from the mail quota, and a refusal may move a row to e-mail.
    const updated = rows.map((row) => (sendsNow(row) && row.channel !== 'email' ? deliver(row, this.mailer, this.channels, now).row : row));
    let quota: number | null = null;
    for (const [i, row] of updated.entries()) {
      if (!sendsNow(row) || row.channel !== 'email') continue;
      quota ??= this.mailer.remainingQuota();
      // Mail that can wait leaves the reserve to acknowledgements.
      const needed = mailRecipients(row);
      if (quotaFor(priorityOf(String(row.message_id)), quota) < needed) continue;
      quota -= needed;
      updated[i] = deliver(row, this.mailer, this.channels, now).row;
    }
    this.table.update(updated.map((row, i) => ({ rowNumber: rowNumbers[i], row })).filter((_, i) => updated[i] !== rows[i]));
    removeInFlight(this.store, sending);
    if (updated.some((row) => row.status === 'queued')) dueBy(this.store, now.getTime());
    return updated;
  }
}
