// The daily health note to the administrator: failed runs, mail waiting and the quota's forecast, the register's size.
import type { Cell, Clock, KeyValueStore, OutgoingMail, Register } from '../../ports';
import type { OutboxCells } from '../notify/delivery';
import type { Profile } from '../../profiles';
import { entryToRow, priorityOf } from '../notify/outbox';
import { renderMail } from '../notify/mailTemplate';
import { addDays, formatDual, riyadhDate, withDigits, type IsoDate } from '../../domain/time';
import { isLabelKey, t, type LabelKey } from '../../i18n';
import { clearFailedRuns, readFailedRuns, type FailedRuns } from './failedRuns';
import { readQueuedOutbox, recentOutbox } from '../schedule/outboxRows';
import type { IndexCheckReport } from '../intake/indexCheck';

/** Google's limit on the cells of one spreadsheet, laid out or not. */
export const CELL_LIMIT = 10_000_000;
/** The note warns first when the register passes this share of the limit… */
export const CELL_WARN_SHARE = 0.8;
/** …or when the mail quota is forecast to run out within this many days. */
export const QUOTA_WARN_DAYS = 3;
/** The recent daily rate is taken over this many days. */
export const RATE_DAYS = 7;
export const HEALTH_NOTE_KEY = 'HEALTH_NOTE_DAY';

export interface HealthDeps {
  register: Register;
  store: KeyValueStore;
  clock: Clock;
  profile: Profile;
  /** The manager in settings, or else the owner (whom the script runs as). */
  to: string;
  /** MailApp.getRemainingDailyQuota() now. */
  quotaLeft: number;
  /** The account's recipients a day (100 consumer, 1,500 Workspace). */
  dailyLimit: number;
  /** The register's laid-out cells: getMaxRows × getMaxColumns summed over its tabs. */
  cells: number;
  /** What this morning's intake catch-up recorded late, and what it still could not. */
  catchUp: { replayed: number; failed: number };
  /** What this morning's check of the beneficiaries' lookup index found (null when it did not run). */
  index?: Pick<IndexCheckReport, 'rebuilt' | 'possibleDuplicates'> | null;
  /** Case rows this morning's sweep found half written (status cell not the state's) and wrote again. */
  repairedRows?: number;
}

/** The note's lines on the lookup index: one when it was rebuilt, one when it flagged possible duplicates;
 *  none when all was well. */
export function indexLines(index: HealthDeps['index']): string[] {
  if (!index) return [];
  const lines: string[] = [];
  if (index.rebuilt) lines.push(t('health.index.rebuilt'));
  if (index.possibleDuplicates > 0) lines.push(t('health.index.duplicates', { count: index.possibleDuplicates }));
  return lines;
}

/** The note's line on case rows repaired this morning; none when there were none. */
export function repairLines(repaired: number | undefined): string[] {
  return repaired ? [t('health.rows.repaired', { count: repaired })] : [];
}

export interface MailForecast {
  /** Recipients waiting: beneficiary mail, mail to act on, and mail that can wait (digests, surveys). */
  waiting: [number, number, number];
  tasks: number;
  failed: number;
  /** Recipients a day over the last RATE_DAYS days (mail queued, sent or not). */
  dailyRate: number;
  /** The day the waiting mail is expected to have gone ('never' when the rate exceeds the quota). */
  clearsOn: IsoDate | 'never';
  /** The first day the quota cannot carry what is due ('never' at this rate). */
  runsOutOn: IsoDate | 'never';
}

function recipients(row: OutboxCells): number {
  try {
    const mail = JSON.parse(String(row.body)) as OutgoingMail;
    return [mail.to, mail.cc ?? ''].join(',').split(',').filter((a) => a.trim() !== '').length;
  } catch {
    return 1;
  }
}

function timeOf(value: Cell | undefined): number | null {
  const ms = value instanceof Date ? value.getTime() : value ? Date.parse(String(value)) : NaN;
  return Number.isNaN(ms) ? null : ms;
}

/** The outbox's waiting mail and the quota's outlook, from its queued and recent rows (`rows`); tasks and
 *  failed mail are counted from `statuses` (the whole status column) when given, else from `rows`. */
export function forecastMail(rows: OutboxCells[], nowMs: number, quotaLeft: number, dailyLimit: number, statuses?: ReadonlyArray<string | null>): MailForecast {
  const today = riyadhDate(new Date(nowMs));
  const waiting: [number, number, number] = [0, 0, 0];
  let tasks = 0;
  let failed = 0;
  let recent = 0;
  let oldest = nowMs;
  const since = nowMs - RATE_DAYS * 86_400_000;
  for (const status of statuses ?? rows.map((row) => row.status as string | null)) {
    if (status === 'task') tasks += 1;
    if (status === 'failed') failed += 1;
  }
  for (const row of rows) {
    if (row.channel !== 'email') continue;
    if (row.status === 'queued') waiting[priorityOf(String(row.message_id))] += recipients(row);
    const at = timeOf(row.created_at);
    if (at !== null && at >= since) {
      recent += recipients(row);
      oldest = Math.min(oldest, at);
    }
  }
  // A register younger than the window is averaged over the days it has (at least one).
  const days = Math.max(1, Math.min(RATE_DAYS, Math.ceil((nowMs - oldest) / 86_400_000)));
  const dailyRate = Math.round(recent / days);
  const total = waiting[0] + waiting[1] + waiting[2];
  const left = Math.max(0, quotaLeft);
  // Each later day brings dailyLimit of quota and dailyRate of new mail.
  const spare = dailyLimit - dailyRate;
  const clearsOn = total <= left ? today : spare > 0 ? addDays(today, Math.ceil((total - left) / spare)) : 'never';
  const runsOutOn = total > left ? today : spare < 0 ? addDays(today, Math.floor((left - total) / -spare) + 1) : 'never';
  return { waiting, tasks, failed, dailyRate, clearsOn, runsOutOn };
}

function riyadhTime(ms: number): string {
  return new Date(ms + 3 * 3_600_000).toISOString().slice(11, 16);
}

function fnLabel(fn: string): string {
  // A function the catalog does not name (a new trigger handler) is shown by its own name.
  const key = `health.fn.${fn}`;
  return isLabelKey(key) ? t(key) : fn;
}

export function healthMail(deps: HealthDeps, forecast: MailForecast, failures: FailedRuns, today: IsoDate): OutgoingMail {
  const digits = deps.profile.digits;
  const day = (d: IsoDate | 'never', never: LabelKey) => (d === 'never' ? t(never) : d === today ? t('health.today') : formatDual(d, { digits }));
  const share = deps.cells / CELL_LIMIT;
  const percent = Math.round(share * 1000) / 10;
  const daysToRunOut = forecast.runsOutOn === 'never' ? Infinity : Math.round((Date.parse(forecast.runsOutOn) - Date.parse(today)) / 86_400_000);
  const warnings: string[] = [];
  if (daysToRunOut <= QUOTA_WARN_DAYS) warnings.push(t('health.warn.quota', { date: day(forecast.runsOutOn, 'health.never'), goes: day(forecast.clearsOn, 'health.clears.never') }));
  if (share >= CELL_WARN_SHARE) warnings.push(t('health.warn.cells', { percent }));
  const failed = failures.count === 0
    ? [t('health.failures.none')]
    : [t('health.failures.some', { count: failures.count })];
  const failedList = failures.recent.map((r) => t('health.failures.line', { time: `${formatDual(riyadhDate(new Date(r.atMs)), { digits })} ${riyadhTime(r.atMs)}`, fn: fnLabel(r.fn), error: r.error }));
  const [urgent, act, later] = forecast.waiting;
  const facts: Array<[string, string]> = [
    [t('health.fact.waitingBeneficiaries'), String(urgent)],
    [t('health.fact.waitingStaff'), String(act)],
    [t('health.fact.waitingLater'), String(later)],
    [t('health.fact.clears'), urgent + act + later === 0 ? t('health.clears.nothing') : day(forecast.clearsOn, 'health.clears.never')],
    [t('health.fact.tasks'), String(forecast.tasks)],
    [t('health.fact.failedMail'), String(forecast.failed)],
    [t('health.fact.quotaLeft'), String(deps.quotaLeft)],
    [t('health.fact.dailyRate'), t('health.rate', { rate: forecast.dailyRate, limit: deps.dailyLimit })],
    [t('health.fact.runsOut'), day(forecast.runsOutOn, 'health.never')],
    [t('health.fact.cells'), t('health.cells', { cells: deps.cells.toLocaleString('en-US'), percent })],
    [t('health.fact.catchUp'), t('health.catchUp', { replayed: deps.catchUp.replayed, failed: deps.catchUp.failed })],
  ];
  const d = (text: string) => withDigits(text, digits);
  return renderMail({
    to: deps.to,
    subject: d(t(warnings.length > 0 ? 'health.subject.warn' : 'health.subject', { date: formatDual(today, { digits }) })),
    greeting: t('health.greeting'),
    paragraphs: [...warnings, t('health.intro'), ...indexLines(deps.index), ...repairLines(deps.repairedRows), ...failed].map(d),
    list: failedList.map(d),
    facts: facts.map(([k, v]) => [k, d(v)]),
    after: [t('health.after')],
    footer: deps.profile.mailFooterAr,
  });
}

/**
 * Whom the note goes to: the manager's address in the settings tab, else the register spreadsheet's owner (who set it
 * up). Never the effective user: in a time-driven run that is whoever created the trigger (DESIGN.md, "Who the user
 * is"), which on a consumer account may be any editor who reinstalled the triggers. The owner is asked only when the
 * settings name nobody; '' when neither is known (the note is then not queued: 'no_recipient').
 */
export function healthNoteRecipient(managerEmail: string, spreadsheetOwner: () => string | null): string {
  return managerEmail.trim() || (spreadsheetOwner() ?? '').trim();
}

/** Queues today's note once (by message id per day) and forgets the failures it lists. */
export function queueHealthNote(deps: HealthDeps): 'queued' | 'already' | 'no_recipient' {
  const now = deps.clock.now();
  const today = riyadhDate(now);
  if (deps.store.get(HEALTH_NOTE_KEY) === today) return 'already';
  if (!deps.to) return 'no_recipient';
  const messageId = `health:${today}`;
  const outbox = deps.register.table('outbox');
  // The status column, the queued rows and the last RATE_DAYS days' rows (from the end of the tab): never
  // the whole history. Today's note, if a run queued it and died, is among the recent rows.
  const { statuses, queued } = readQueuedOutbox(outbox);
  const since = now.getTime() - RATE_DAYS * 86_400_000;
  const byNumber = new Map(queued.map((r) => [r.rowNumber, r.row]));
  for (const r of recentOutbox(outbox, statuses.length, since)) byNumber.set(r.rowNumber, r.row);
  const rows = [...byNumber.values()].filter((row) => row.message_id);
  if (rows.some((row) => row.message_id === messageId)) {
    // The run that queued it died before saving the day.
    deps.store.set(HEALTH_NOTE_KEY, today);
    return 'already';
  }
  const failures = readFailedRuns(deps.store);
  const forecast = forecastMail(rows, now.getTime(), deps.quotaLeft, deps.dailyLimit, statuses);
  const mail = healthMail(deps, forecast, failures, today);
  outbox.append([entryToRow({ messageId, caseNo: '', channel: 'email', recipient: deps.to, mail }, now, 'queued')]);
  deps.store.set(HEALTH_NOTE_KEY, today);
  clearFailedRuns(deps.store, failures);
  return 'queued';
}

/** Script property: the most recipients MailApp.getRemainingDailyQuota() has ever said were left. */
export const QUOTA_SEEN_KEY = 'MAIL_QUOTA_MAX_SEEN';

/** The account's recipients a day, as Google says it, not guessed from the owner's address: the quota left
 *  when a 24-hour window is fresh is the whole day's allowance (100 consumer, 1,500 Workspace), so the
 *  largest answer seen is kept. Until a fresh window has been seen it is what is left now: a forecast
 *  that errs early, never late. */
export function dailyRecipientLimit(store: KeyValueStore, quotaLeft: number): number {
  const seen = Number(store.get(QUOTA_SEEN_KEY) ?? 0) || 0;
  if (quotaLeft > seen) store.set(QUOTA_SEEN_KEY, String(quotaLeft));
  return Math.max(seen, quotaLeft, 1);
}
