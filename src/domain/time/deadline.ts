// Reply deadlines from the policies: working days (Esrar: 15) or calendar days ("two weeks" = 14), and where a case stands.
import { addDays, compareIsoDate, type IsoDate } from './dates';
import { timeError } from './errors';
import { addWorkingDays, firstWorkingDayOnOrAfter, workingDaysBetween, type WorkCalendar } from './calendar';

export type DeadlineRule = { kind: 'working_days'; days: number } | { kind: 'calendar_days'; days: number };

export interface DeadlineStatus {
  /** The last day a reply is on time. */
  due: IsoDate;
  /** Working days from the start to today (or to the answer), the start day being day 0. */
  elapsedWorkingDays: number;
  /** Working days from today (or the answer) to the due date; negative by the working days it is late. */
  remainingWorkingDays: number;
  /** Answered after the due date, or not answered and the due date has passed. */
  breached: boolean;
  /** Not answered and today is the due date: the last chance to reply on time. */
  dueToday: boolean;
}

function checkRule(rule: DeadlineRule): void {
  if (!Number.isInteger(rule.days) || rule.days < 1) {
    throw timeError('INVALID_DEADLINE_RULE', `A deadline needs a positive whole number of days, not ${rule.days}`);
  }
}

/**
 * The due date of a request that became complete on `startedOn` (day 0). Working days: the `days`th working
 * day after it. Calendar days: `days` days after it, moved to the next working day when that is a day off.
 */
export function dueDate(startedOn: IsoDate, rule: DeadlineRule, cal: WorkCalendar): IsoDate {
  checkRule(rule);
  switch (rule.kind) {
    case 'working_days':
      return addWorkingDays(cal, startedOn, rule.days);
    case 'calendar_days':
      return firstWorkingDayOnOrAfter(cal, addDays(startedOn, rule.days));
    default: {
      const _exhaustive: never = rule;
      throw timeError('INVALID_DEADLINE_RULE', `Unknown deadline rule ${JSON.stringify(_exhaustive)}`);
    }
  }
}

/** Where a case stands against its deadline on `today`; once answered, it is judged on the answer day and stays so. */
export function deadlineStatus(
  startedOn: IsoDate,
  rule: DeadlineRule,
  cal: WorkCalendar,
  today: IsoDate,
  answeredOn?: IsoDate,
): DeadlineStatus {
  const due = dueDate(startedOn, rule, cal);
  const asOf = answeredOn ?? today;
  return {
    due,
    elapsedWorkingDays: Math.max(0, workingDaysBetween(cal, startedOn, asOf)),
    remainingWorkingDays: workingDaysBetween(cal, asOf, due),
    breached: compareIsoDate(asOf, due) > 0,
    dueToday: answeredOn === undefined && asOf === due,
  };
}
