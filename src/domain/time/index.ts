// Public API of the time domain: civil dates, Umm al-Qura, working calendars, holidays, deadlines, formatting.
export {
  type IsoDate, type Weekday, isoDate, isIsoDate, parseIsoDate, riyadhDate, addDays, weekday, compareIsoDate,
  daysBetween, gregorianMonthLength, toDayNumber, fromDayNumber,
} from './dates';
export { type HijriDate, HIJRI_RANGE, toHijri, fromHijri, hijriMonthLength, isInHijriRange } from './hijri';
export {
  type Holiday, type WorkCalendar, SAUDI_WEEKEND, workCalendar, holidayOn, isWorkingDay, addWorkingDays,
  firstWorkingDayOnOrAfter, workingDaysBetween,
} from './calendar';
export { DEFAULT_HOLIDAY_YEARS, saudiHolidays, defaultSaudiHolidays } from './holidays';
export { type DeadlineRule, type DeadlineStatus, dueDate, deadlineStatus } from './deadline';
export {
  type Digits, type DateFormatOptions, withDigits, hijriMonthName, gregorianMonthName, weekdayName, formatHijri,
  formatGregorian, formatDual,
} from './format';
export { type TimeErrorCode, timeErrorMessageKey } from './errors';
