// The day's deadline work decided from the cases alone: which marks to add today, and what they mean to whom.
import { isWorkingDay, type IsoDate, type WorkCalendar } from '../time';
import { dayMath, type DayMath } from './dayMath';
import { clockRuns, type ScheduledCase } from './cases';
import { DUE_MARK, ESCALATION_MARK, reminderMark, STUDY_NOTE_MARK, type ScheduleMarks } from './marks';
import type { ScheduleRules } from './rules';

export function caseDueDate(c: ScheduledCase, rules: ScheduleRules, cal: WorkCalendar, math: DayMath = dayMath(cal, rules)): IsoDate | null {
  return c.startedOn === null ? null : math.due(c.startedOn, c.kind);
}

/**
 * The case's marks after today's sweep, or null when today asks nothing of it. Marks are caught up rather
 * than matched to one exact day, so a sweep that did not run (an outage) still sends what was missed, once.
 */
export function markCase(
  c: ScheduledCase,
  rules: ScheduleRules,
  cal: WorkCalendar,
  today: IsoDate,
  math: DayMath = dayMath(cal, rules),
): ScheduleMarks | null {
  if (!isWorkingDay(cal, today) || !clockRuns(c)) return null;
  const due = math.due(c.startedOn, c.kind);
  const before = c.marks.due === due ? c.marks.sent : {};
  const sent: Record<string, IsoDate> = { ...before };
  const remaining = math.between(today, due);
  if (remaining > 0) {
    const crossed = rules.reminderDays.filter((n) => remaining <= n);
    if (crossed.some((n) => !sent[reminderMark(n)])) for (const n of crossed) sent[reminderMark(n)] ??= today;
  } else if (remaining === 0) {
    sent[DUE_MARK] ??= today;
  } else {
    const last = sent[ESCALATION_MARK];
    if (!last || math.between(last, today) >= rules.reEscalateAfterWorkingDays) sent[ESCALATION_MARK] = today;
    if (rules.stillStudyingNotice && c.kind === 'request') sent[STUDY_NOTE_MARK] ??= today;
  }
  const added = Object.keys(sent).some((key) => sent[key] !== before[key]);
  return added ? { due, sent } : null;
}

/** Today's new marks by case number; cases not listed are left as they are. */
export function planMarks(cases: readonly ScheduledCase[], rules: ScheduleRules, cal: WorkCalendar, today: IsoDate): Map<string, ScheduleMarks> {
  const changes = new Map<string, ScheduleMarks>();
  if (!isWorkingDay(cal, today)) return changes;
  const math = dayMath(cal, rules);
  for (const c of cases) {
    const marks = markCase(c, rules, cal, today, math);
    if (marks) changes.set(c.caseNo, marks);
  }
  return changes;
}
