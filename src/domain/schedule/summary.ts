// The weekly manager summary's numbers (SAT-5, SAT-6, G5): volumes, deadlines kept, reply times, complaints, load.
import { addDays, compareIsoDate, weekday, type IsoDate, type WorkCalendar } from '../time';
import { clockRuns, type ScheduledCase } from './cases';
import { dayMath } from './dayMath';
import type { ScheduleRules } from './rules';

/** Sunday to Saturday, both included: the Saudi working week and its weekend. */
export interface WeekRange {
  from: IsoDate;
  to: IsoDate;
}

/** Satisfaction results for the week when the survey (issue on SAT-1) provides them. */
export interface SatisfactionInput {
  responses: number;
  average: number;
  scale: number;
}

export interface WeeklyStats {
  week: WeekRange;
  received: number;
  /** Requests that became complete this week: their reply clock started. */
  completed: number;
  /** Requests answered this week, on time or late. */
  answered: number;
  answeredOnTime: number;
  answeredLate: number;
  /** Requests still unanswered whose due date has passed, as of the end of the week. */
  overdueOpen: number;
  /** Working days from complete to answer, over the requests answered this week; null with no answers. */
  replyWorkingDays: { median: number | null; p90: number | null };
  /** Null when the register holds no complaints at all (complaints arrive with issue 7). */
  complaints: { open: number; oldestWorkingDays: number; ages: Array<{ caseNo: string; workingDays: number }> } | null;
  satisfaction: SatisfactionInput | null;
  /** Open cases per officer email ('' for unassigned), heaviest first. */
  officerLoad: Array<{ officer: string; open: number }>;
}

/** The last full Sunday–Saturday week before the week `today` is in (a Sunday-morning run covers the week just ended). */
export function lastFullWeek(today: IsoDate): WeekRange {
  const sunday = addDays(today, -weekday(today));
  return { from: addDays(sunday, -7), to: addDays(sunday, -1) };
}

const within = (d: IsoDate | null, week: WeekRange): d is IsoDate =>
  d !== null && compareIsoDate(week.from, d) <= 0 && compareIsoDate(d, week.to) <= 0;

/** Nearest-rank percentile of ascending numbers (the value at rank ⌈p·n⌉), so it is always an observed reply time. */
export function percentile(ascending: readonly number[], p: number): number | null {
  if (ascending.length === 0) return null;
  const rank = Math.max(1, Math.ceil(p * ascending.length));
  return ascending[Math.min(rank, ascending.length) - 1];
}

export function weeklyStats(
  cases: readonly ScheduledCase[],
  rules: ScheduleRules,
  cal: WorkCalendar,
  week: WeekRange,
  satisfaction: SatisfactionInput | null = null,
): WeeklyStats {
  const math = dayMath(cal, rules);
  const requests = cases.filter((c) => c.kind === 'request');
  const answered = requests.filter((c) => c.startedOn !== null && within(c.answeredOn, week));
  const replyDays = answered.map((c) => math.between(c.startedOn!, c.answeredOn!)).sort((a, b) => a - b);
  const late = answered.filter((c) => compareIsoDate(c.answeredOn!, math.due(c.startedOn!, c.kind)) > 0).length;
  const overdueOpen = requests.filter(
    (c) => clockRuns(c) && compareIsoDate(c.startedOn, week.to) <= 0 && compareIsoDate(math.due(c.startedOn, c.kind), week.to) < 0,
  ).length;

  const complaintRows = cases.filter((c) => c.kind === 'complaint');
  const ages = complaintRows
    .filter((c) => c.open && c.answeredOn === null && c.receivedOn !== null && compareIsoDate(c.receivedOn, week.to) <= 0)
    .map((c) => ({ caseNo: c.caseNo, workingDays: Math.max(0, math.between(c.receivedOn!, week.to)) }))
    .sort((a, b) => b.workingDays - a.workingDays || a.caseNo.localeCompare(b.caseNo));

  const load = new Map<string, number>();
  for (const c of cases) if (c.open) load.set(c.officer, (load.get(c.officer) ?? 0) + 1);

  return {
    week,
    received: requests.filter((c) => within(c.receivedOn, week)).length,
    completed: requests.filter((c) => within(c.startedOn, week)).length,
    answered: answered.length,
    answeredOnTime: answered.length - late,
    answeredLate: late,
    overdueOpen,
    replyWorkingDays: { median: percentile(replyDays, 0.5), p90: percentile(replyDays, 0.9) },
    complaints: complaintRows.length === 0 ? null : { open: ages.length, oldestWorkingDays: ages[0]?.workingDays ?? 0, ages },
    satisfaction,
    officerLoad: [...load.entries()].map(([officer, open]) => ({ officer, open })).sort((a, b) => b.open - a.open || a.officer.localeCompare(b.officer)),
  };
}
