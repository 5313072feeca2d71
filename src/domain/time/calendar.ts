// The working week and official holidays, and counting working days over them.
import { addDays, compareIsoDate, isIsoDate, weekday, type IsoDate } from './dates';
import { timeError } from './errors';

export interface Holiday {
  name: string;
  /** First day off, inclusive. */
  from: IsoDate;
  /** Last day off, inclusive. */
  to: IsoDate;
  /** Where the dates come from (the announcement or rule), shown next to them in the holidays tab. */
  source?: string;
  /** A bridge day the rule derives, not an announced holiday: seeded only where the profile opts in. */
  bridge?: boolean;
}

export interface WorkCalendar {
  /** Weekdays off, 0 = Sunday … 6 = Saturday. */
  weekend: number[];
  holidays: Holiday[];
}

/** Friday and Saturday: the Saudi weekend since 2013. */
export const SAUDI_WEEKEND: readonly number[] = [5, 6];

/**
 * A checked calendar (Saudi weekend unless told otherwise). Throws INVALID_WORK_CALENDAR for a weekend that
 * leaves no working day or a holiday whose dates are not real or run backwards, since an administrator types them.
 */
export function workCalendar(options: { weekend?: readonly number[]; holidays?: readonly Holiday[] } = {}): WorkCalendar {
  const weekend = [...new Set(options.weekend ?? SAUDI_WEEKEND)].sort();
  if (weekend.some((day) => !Number.isInteger(day) || day < 0 || day > 6)) {
    throw timeError('INVALID_WORK_CALENDAR', `Weekend days must be 0–6: ${weekend.join(',')}`);
  }
  if (weekend.length === 7) throw timeError('INVALID_WORK_CALENDAR', 'A weekend of seven days leaves no working day');
  const holidays = [...(options.holidays ?? [])];
  for (const holiday of holidays) {
    if (!isIsoDate(holiday.from) || !isIsoDate(holiday.to) || compareIsoDate(holiday.from, holiday.to) > 0) {
      throw timeError('INVALID_WORK_CALENDAR', `Holiday "${holiday.name}" has dates ${holiday.from}…${holiday.to}`);
    }
  }
  holidays.sort((a, b) => compareIsoDate(a.from, b.from));
  return { weekend, holidays };
}

function isWeekend(cal: WorkCalendar, d: IsoDate): boolean {
  return cal.weekend.includes(weekday(d));
}

/** The holiday covering `d`, if any, so a screen can say why a day is closed. */
export function holidayOn(cal: WorkCalendar, d: IsoDate): Holiday | undefined {
  return cal.holidays.find((h) => compareIsoDate(h.from, d) <= 0 && compareIsoDate(d, h.to) <= 0);
}

export function isWorkingDay(cal: WorkCalendar, d: IsoDate): boolean {
  return !isWeekend(cal, d) && holidayOn(cal, d) === undefined;
}

function requireSomeWorkingWeekday(cal: WorkCalendar): void {
  // Without this, a hand-built calendar whose weekend is the whole week would loop for ever.
  if (new Set(cal.weekend).size >= 7) throw timeError('INVALID_WORK_CALENDAR', 'A weekend of seven days leaves no working day');
}

/**
 * The `n`th working day after `start` (before it when `n` is negative); `start` itself is day 0 and is not counted,
 * whether or not it is a working day. `n = 0` returns `start`.
 */
export function addWorkingDays(cal: WorkCalendar, start: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw timeError('INVALID_DEADLINE_RULE', `Working days must be a whole number: ${n}`);
  requireSomeWorkingWeekday(cal);
  const step = n < 0 ? -1 : 1;
  let d = start;
  for (let left = Math.abs(n); left > 0; ) {
    d = addDays(d, step);
    if (isWorkingDay(cal, d)) left--;
  }
  return d;
}

/** `d` when it is a working day, otherwise the first working day after it. */
export function firstWorkingDayOnOrAfter(cal: WorkCalendar, d: IsoDate): IsoDate {
  requireSomeWorkingWeekday(cal);
  let day = d;
  while (!isWorkingDay(cal, day)) day = addDays(day, 1);
  return day;
}

/**
 * Working days after `from` up to and including `to`, so that addWorkingDays(cal, from, n) = to gives n.
 * Negative (the count from `to` to `from`) when `to` is earlier.
 */
export function workingDaysBetween(cal: WorkCalendar, from: IsoDate, to: IsoDate): number {
  const order = compareIsoDate(from, to);
  if (order > 0) return -workingDaysBetween(cal, to, from);
  let count = 0;
  for (let d = from; compareIsoDate(d, to) < 0; ) {
    d = addDays(d, 1);
    if (isWorkingDay(cal, d)) count++;
  }
  return count;
}
