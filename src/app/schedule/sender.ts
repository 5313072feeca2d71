// The outbox sender: sends queued email within the daily quota and the time budget, retries transient
// failures with backoff, and never sends a message twice, even when an execution dies mid-batch.
import type { Cell, Clock, ColumnOf, KeyValueStore, Mailer, Register } from '../../ports';
import type { ChannelDelivery } from '../../ports/notification';
import { addInFlight, IN_FLIGHT_KEY, removeInFlight, NEXT_DUE_KEY, nextDueHint, priorityOf, quotaFor, takeInFlight } from '../notify/outbox';
import { deliver, mailRecipients, type OutboxCells } from '../notify/delivery';
import { t } from '../../i18n';
import { coalesceChanges, type RowChange } from './batches';
import { readQueuedOutbox } from './outboxRows';
import type { Continuations, TimeBudget } from './ports';

export interface SenderDeps {
  register: Register;
  mailer: Mailer;
  clock: Clock;
  store: KeyValueStore;
  continuations: Continuations;
  budget: TimeBudget;
  /** SMS and WhatsApp (absent: only e-mail is sent; other channels' rows move on to their next step). */
  channels?: ChannelDelivery | null;
  /** 'hinted' (the hourly run): trusts the next-due hint and reads nothing when nothing is due;
   *  'full' (the daily run, the default): reads the outbox whatever the hint says. */
  scan?: 'hinted' | 'full';
}

export interface SenderReport {
  sent: number;
  /** Failed this time and queued again for a later attempt. */
  retrying: number;
  /** Given up (permanent error, or MAX_ATTEMPTS reached): left for a person. */
  failed: number;
  /** Found in flight after an execution died: not resent, marked for a person to check. */
  uncertain: number;
  /** Still queued because the quota or the time ran out. */
  left: number;
  stoppedBy: 'nothing_left' | 'quota' | 'time';
}

/** The outbox column holding when a failed message may be tried again; the lead adds it to the schema. */
export const NEXT_ATTEMPT_COLUMN = 'next_attempt_at';
export { IN_FLIGHT_KEY };
export const SEND_BATCH = 20;
/** A send takes about 0.3 s; a batch and its write must fit in what is left. */
export const SENDER_RESERVE_MS = 20_000;
export const SENDER_FOLLOW_UP_MS = 60_000;
/** The longest a gateway call can take: UrlFetchApp gives up on an answer after about a minute. */
export const GATEWAY_WAIT_MS = 60_000;
/** Waits after the 1st, 2nd, 3rd, 4th failure: 15 min, 1 h, 4 h, 16 h; the 5th failure is final. */
export const BACKOFF_BASE_MS = 15 * 60_000;
export const backoffMs = (attempts: number): number => BACKOFF_BASE_MS * 4 ** Math.max(0, attempts - 1);

const PERMANENT_ERROR = /invalid email|invalid argument|invalid recipient|no recipient/i;

function timeOf(value: Cell | undefined): number {
  const ms = value instanceof Date ? value.getTime() : value ? Date.parse(String(value)) : NaN;
  return Number.isNaN(ms) ? 0 : ms;
}

function isDue(row: OutboxCells, now: Date): boolean {
  const next = row[NEXT_ATTEMPT_COLUMN];
  if (next === null || next === undefined || next === '') return true;
  const at = next instanceof Date ? next : new Date(String(next));
  return Number.isNaN(at.getTime()) || at.getTime() <= now.getTime();
}

/** Messages a dead execution may have sent are marked failed with an explanation: a person checks, nothing repeats. */
function settleInFlight(deps: SenderDeps, rows: Array<{ rowNumber: number; row: OutboxCells }>): number {
  const inFlight = takeInFlight(deps.store);
  if (inFlight.size === 0) return 0;
  const changes: Array<RowChange<ColumnOf<'outbox'>>> = [];
  for (const entry of rows) {
    if (entry.row.status === 'queued' && inFlight.has(String(entry.row.message_id))) {
      entry.row = { ...entry.row, status: 'failed', last_error: t('schedule.outbox.uncertain') };
      changes.push({ rowNumber: entry.rowNumber, row: entry.row });
    }
  }
  for (const block of coalesceChanges(changes, SEND_BATCH)) deps.register.table('outbox').update(block);
  removeInFlight(deps.store);
  return changes.length;
}

/** When the earliest message still queued falls due, for the next-due hint. */
function nextDueOf(rows: Array<{ row: OutboxCells }>, stoppedByQuota: boolean, now: Date): number | 'none' {
  let next: number | 'none' = 'none';
  for (const { row } of rows) {
    if (row.status !== 'queued') continue;
    const when = row[NEXT_ATTEMPT_COLUMN];
    const at = when instanceof Date ? when.getTime() : when ? Date.parse(String(when)) : now.getTime();
    // What the quota held back is tried again on the next hourly run, not at once.
    const due = Number.isNaN(at) ? now.getTime() : stoppedByQuota ? Math.max(at, now.getTime() + 1) : at;
    next = next === 'none' ? due : Math.min(next, due);
  }
  return next;
}

/** Whether the next-due hint says nothing is due and no batch is in flight: the hourly run has nothing to send. */
export function nothingDue(store: KeyValueStore, now: Date): boolean {
  if (takeInFlight(store).size > 0) return false;
  const hint = nextDueHint(store);
  return hint === 'none' || (hint !== null && hint > now.getTime());
}

export function sendOutbox(deps: SenderDeps): SenderReport {
  const idle: SenderReport = { sent: 0, retrying: 0, failed: 0, uncertain: 0, left: 0, stoppedBy: 'nothing_left' };
  const now = deps.clock.now();
  if (deps.scan === 'hinted' && nothingDue(deps.store, now)) return idle;
  const table = deps.register.table('outbox');
  // Only the queued rows (in flight, due, or the next due): the status column read, then those rows.
  const rows = readQueuedOutbox(table).queued;
  const report: SenderReport = { ...idle, uncertain: settleInFlight(deps, rows) };
  // By priority (acknowledgements and decisions first, digests and surveys last), then oldest first.
  const due = rows
    .filter(({ row }) => row.status === 'queued' && isDue(row, now))
    .map((entry) => ({ entry, priority: priorityOf(String(entry.row.message_id)), at: timeOf(entry.row.created_at) }))
    .sort((a, b) => a.priority - b.priority || a.at - b.at || a.entry.rowNumber - b.entry.rowNumber)
    .map(({ entry }) => entry);
  // Nothing due: no need to ask MailApp for the quota either.
  if (due.length === 0) {
    deps.store.set(NEXT_DUE_KEY, String(nextDueOf(rows, false, now)));
    return report;
  }
  let quota: number | null = null;
  // A channel whose day is used up (MailApp's recipients, a gateway's limit) is skipped; the others go on.
  const blocked = new Set<string>();
  let next = 0;
  let left = 0;
  while (next < due.length && report.stoppedBy !== 'time') {
    if (deps.budget.remainingMs() < SENDER_RESERVE_MS) {
      report.stoppedBy = 'time';
      deps.continuations.continueLater('outbox', SENDER_FOLLOW_UP_MS);
      break;
    }
    const batch = due.slice(next, next + SEND_BATCH);
    const batchIds = batch.map(({ row }) => String(row.message_id));
    addInFlight(deps.store, batchIds);
    const changes: Array<RowChange<ColumnOf<'outbox'>>> = [];
    for (const entry of batch) {
      const channel = String(entry.row.channel);
      // A gateway that never answers holds the execution a minute (UrlFetchApp's wait): one must fit.
      if (channel !== 'email' && !blocked.has(channel) && deps.budget.remainingMs() < SENDER_RESERVE_MS + GATEWAY_WAIT_MS) {
        report.stoppedBy = 'time';
        deps.continuations.continueLater('outbox', SENDER_FOLLOW_UP_MS);
        break;
      }
      next += 1;
      if (blocked.has(channel)) {
        left += 1;
        continue;
      }
      if (channel === 'email') {
        quota ??= deps.mailer.remainingQuota();
        // Sorted by priority: the mail that follows may only wait too (priority 2 leaves the reserve).
        if (mailRecipients(entry.row) > quotaFor(priorityOf(String(entry.row.message_id)), quota)) {
          blocked.add('email');
          left += 1;
          continue;
        }
      }
      const { row: after, outcome } = deliver(entry.row, deps.mailer, deps.channels ?? null, deps.clock.now());
      if (outcome === 'quota') {
        // The day ran out under us: not the message's fault, so the attempt is not counted.
        blocked.add(channel);
        if (channel === 'email') quota = 0;
        left += 1;
        continue;
      }
      if (channel === 'email') quota = (quota ?? 0) - mailRecipients(entry.row);
      let row = after;
      if (outcome === 'sent') report.sent += 1;
      else if (outcome === 'moved') report.retrying += 1;
      else if (outcome === 'failed' || (channel === 'email' && PERMANENT_ERROR.test(String(after.last_error)))) {
        row = { ...after, status: 'failed', [NEXT_ATTEMPT_COLUMN]: null };
        report.failed += 1;
      } else {
        row = { ...after, [NEXT_ATTEMPT_COLUMN]: new Date(deps.clock.now().getTime() + backoffMs(Number(after.attempts))) };
        report.retrying += 1;
      }
      entry.row = row;
      changes.push({ rowNumber: entry.rowNumber, row });
    }
    for (const block of coalesceChanges(changes, SEND_BATCH)) table.update(block);
    removeInFlight(deps.store, batchIds);
  }
  if (report.stoppedBy !== 'time' && blocked.size > 0) report.stoppedBy = 'quota';
  report.left = left + (due.length - next);
  deps.store.set(NEXT_DUE_KEY, String(nextDueOf(rows, report.stoppedBy === 'quota', now)));
  return report;
}
