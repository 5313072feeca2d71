// Civil dates as 'YYYY-MM-DD' strings, counted in Riyadh time, with day arithmetic that has no time zone in it.
import { timeError } from './errors';

/** A civil date 'YYYY-MM-DD' with no time or zone; the brand stops a raw string from passing for a checked one. */
export type IsoDate = string & { readonly __brand: 'IsoDate' };

/** 0 = Sunday … 6 = Saturday, as `Date.getUTCDay` numbers them. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const DAY_MS = 86_400_000;
// Saudi Arabia keeps UTC+3 all year (no daylight saving), so a fixed offset is exact.
const RIYADH_OFFSET_MS = 3 * 3_600_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Days since 1970-01-01 of a date known to be valid. */
export function toDayNumber(d: IsoDate): number {
  return Math.round(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / DAY_MS);
}

/** The date `dayNumber` days after 1970-01-01. */
export function fromDayNumber(dayNumber: number): IsoDate {
  const date = new Date(dayNumber * DAY_MS);
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Builds a date from its parts; throws INVALID_ISO_DATE for a day that does not exist (e.g. 30 February). */
export function isoDate(year: number, month: number, day: number): IsoDate {
  const valid =
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= gregorianMonthLength(year, month);
  if (!valid) throw timeError('INVALID_ISO_DATE', `Not a calendar date: ${year}-${month}-${day}`);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as IsoDate;
}

export function gregorianMonthLength(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when `s` is exactly 'YYYY-MM-DD' and names a real day. */
export function isIsoDate(s: string): s is IsoDate {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= gregorianMonthLength(year, month);
}

/** Checks a 'YYYY-MM-DD' string; throws INVALID_ISO_DATE otherwise. */
export function parseIsoDate(s: string): IsoDate {
  const trimmed = s.trim();
  if (!isIsoDate(trimmed)) throw timeError('INVALID_ISO_DATE', `Not a YYYY-MM-DD date: ${JSON.stringify(s)}`);
  return trimmed;
}

/** The civil date in Riyadh at `instant` (a trigger firing at 22:30 UTC is already tomorrow there). */
export function riyadhDate(instant: Date): IsoDate {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw timeError('INVALID_ISO_DATE', 'Invalid Date');
  return fromDayNumber(Math.floor((ms + RIYADH_OFFSET_MS) / DAY_MS));
}

export function addDays(d: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(d) + n);
}

export function weekday(d: IsoDate): Weekday {
  return new Date(toDayNumber(d) * DAY_MS).getUTCDay() as Weekday;
}

/** Negative, zero or positive as `a` is before, the same day as, or after `b`; usable with Array.sort. */
export function compareIsoDate(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  // Fixed-width 'YYYY-MM-DD' strings sort in date order.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Calendar days from `from` to `to`: 1 for consecutive days, negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}
