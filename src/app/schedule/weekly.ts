// The weekly manager summary: reads the cases once, computes the week's figures, queues one email per manager.
import type { Clock, KeyValueStore, Register } from '../../ports';
import { entryToRow } from '../notify/outbox';
import { riyadhDate, type IsoDate } from '../../domain/time';
import { lastFullWeek, scheduleRules, weeklyStats, type SatisfactionInput, type ScheduledCase, type WeeklyStats } from '../../domain/schedule';
import { readScheduledRows, scheduledCaseFromRow } from './caseRows';
import { loadCheckpoint, saveCheckpoint } from './checkpoint';
import { summaryMail } from './summaryMail';
import { managersOf, type ScheduleConfig } from './ports';
import type { UnusualLook } from './summaryMail';

export interface SummaryDeps {
  register: Register;
  clock: Clock;
  store: KeyValueStore;
  config: ScheduleConfig;
  /** The week's survey results (from the surveys tab), when satisfaction surveys are in use. */
  satisfaction?: ((from: IsoDate, to: IsoDate) => SatisfactionInput | null) | null;
  /** Who looked unusually (issue 17): people who opened more than the threshold of cases not theirs that week. */
  looks?: ((from: IsoDate, to: IsoDate) => UnusualLook[]) | null;
}

export interface SummaryReport {
  weekFrom: IsoDate;
  outcome: 'queued' | 'already_sent' | 'no_manager';
  recipients: string[];
  stats: WeeklyStats | null;
}

/** The first day of the last week whose summary was queued: a second run that week queues nothing. */
export const SUMMARY_CHECKPOINT_KEY = 'SCHEDULE_SUMMARY_WEEK';

export function sendWeeklySummary(deps: SummaryDeps): SummaryReport {
  const week = lastFullWeek(riyadhDate(deps.clock.now()));
  const recipients = managersOf(deps.config);
  if (loadCheckpoint<IsoDate>(deps.store, SUMMARY_CHECKPOINT_KEY) === week.from) return { weekFrom: week.from, outcome: 'already_sent', recipients: [], stats: null };
  if (recipients.length === 0) return { weekFrom: week.from, outcome: 'no_manager', recipients, stats: null };
  // Complaints live in their own tab (when the policy has them); they count with their own deadline.
  // Only what the week can count: open cases and those closed in the week or since (a case closed before
  // the week began was received, started and answered before it too).
  const cases = readScheduledRows(deps.register, deps.config.profile, Date.parse(`${week.from}T00:00:00+03:00`))
    .map(({ row }) => scheduledCaseFromRow(row))
    .filter((c): c is ScheduledCase => c !== null);
  const stats = weeklyStats(cases, scheduleRules(deps.config.profile), deps.config.calendar, week, deps.satisfaction ? deps.satisfaction(week.from, week.to) : null);
  const looks = deps.looks ? deps.looks(week.from, week.to) : null;
  const now = deps.clock.now();
  deps.register.table('outbox').append(
    recipients.map((to) =>
      entryToRow({ messageId: `summary:${week.from}:${to}`, caseNo: '', channel: 'email', recipient: to, mail: summaryMail(stats, to, deps.config, looks) }, now, 'queued'),
    ),
  );
  saveCheckpoint(deps.store, SUMMARY_CHECKPOINT_KEY, week.from);
  return { weekFrom: week.from, outcome: 'queued', recipients, stats };
}
