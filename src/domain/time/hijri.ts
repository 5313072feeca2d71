// Umm al-Qura Hijri dates both ways, from the bundled table (Apps Script's Intl calendars are not to be relied on).
import { addDays, daysBetween, type IsoDate } from './dates';
import { timeError } from './errors';
import {
  UMMALQURA_FIRST_DAY,
  UMMALQURA_FIRST_YEAR,
  UMMALQURA_LAST_YEAR,
  UMMALQURA_MONTH_BITS,
} from './ummalqura-data';

export interface HijriDate {
  readonly year: number;
  /** 1 = Muharram … 12 = Dhu al-Hijjah. */
  readonly month: number;
  readonly day: number;
}

/** The Hijri years the table covers, inclusive. */
export const HIJRI_RANGE = { firstYear: UMMALQURA_FIRST_YEAR, lastYear: UMMALQURA_LAST_YEAR } as const;

const FIRST_DAY = UMMALQURA_FIRST_DAY as IsoDate;

interface YearTable {
  /** Days from 1 Muharram of the first year to 1 Muharram of each year, plus one entry past the last year. */
  readonly yearOffsets: number[];
  readonly masks: number[];
}

let table: YearTable | undefined;

// Built on first use: the bundle's top-level code runs on every Apps Script execution, most of which need no Hijri date.
function yearTable(): YearTable {
  if (table) return table;
  const masks: number[] = [];
  const yearOffsets = [0];
  for (let i = 0; i < UMMALQURA_MONTH_BITS.length; i += 3) {
    const mask = parseInt(UMMALQURA_MONTH_BITS.slice(i, i + 3), 16);
    masks.push(mask);
    yearOffsets.push(yearOffsets[yearOffsets.length - 1] + yearLengthOfMask(mask));
  }
  table = { yearOffsets, masks };
  return table;
}

function yearLengthOfMask(mask: number): number {
  let length = 0;
  for (let month = 1; month <= 12; month++) length += monthLengthOfMask(mask, month);
  return length;
}

function monthLengthOfMask(mask: number, month: number): 29 | 30 {
  return mask & (1 << (month - 1)) ? 30 : 29;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < HIJRI_RANGE.firstYear || year > HIJRI_RANGE.lastYear) {
    throw timeError(
      'HIJRI_OUT_OF_RANGE',
      `Hijri year ${year} is outside the supported ${HIJRI_RANGE.firstYear}–${HIJRI_RANGE.lastYear} AH`,
    );
  }
}

/** 29 or 30. Throws HIJRI_OUT_OF_RANGE for a year the table lacks and INVALID_HIJRI_DATE for a month outside 1–12. */
export function hijriMonthLength(year: number, month: number): 29 | 30 {
  checkYear(year);
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw timeError('INVALID_HIJRI_DATE', `Hijri month ${month} is not 1–12`);
  }
  return monthLengthOfMask(yearTable().masks[year - HIJRI_RANGE.firstYear], month);
}

/** The Umm al-Qura date of a Gregorian date; throws HIJRI_OUT_OF_RANGE outside the table. */
export function toHijri(d: IsoDate): HijriDate {
  const { yearOffsets, masks } = yearTable();
  const offset = daysBetween(FIRST_DAY, d);
  if (offset < 0 || offset >= yearOffsets[yearOffsets.length - 1]) {
    throw timeError(
      'HIJRI_OUT_OF_RANGE',
      `${d} is outside the supported ${HIJRI_RANGE.firstYear}–${HIJRI_RANGE.lastYear} AH`,
    );
  }
  // Binary search for the last year starting on or before the date.
  let low = 0;
  let high = masks.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (yearOffsets[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  let rest = offset - yearOffsets[low];
  let month = 1;
  while (rest >= monthLengthOfMask(masks[low], month)) {
    rest -= monthLengthOfMask(masks[low], month);
    month++;
  }
  return { year: HIJRI_RANGE.firstYear + low, month, day: rest + 1 };
}

/** The Gregorian date of an Umm al-Qura date; throws INVALID_HIJRI_DATE for a day the month lacks (e.g. 30 of a 29-day month). */
export function fromHijri(h: HijriDate): IsoDate {
  const length = hijriMonthLength(h.year, h.month);
  if (!Number.isInteger(h.day) || h.day < 1 || h.day > length) {
    throw timeError('INVALID_HIJRI_DATE', `Hijri month ${h.year}/${h.month} has no day ${h.day}`);
  }
  const index = h.year - HIJRI_RANGE.firstYear;
  const { yearOffsets, masks } = yearTable();
  let offset = yearOffsets[index];
  for (let month = 1; month < h.month; month++) offset += monthLengthOfMask(masks[index], month);
  return addDays(FIRST_DAY, offset + h.day - 1);
}

/** True when the table covers the date, so callers can show Hijri only where it is known. */
export function isInHijriRange(d: IsoDate): boolean {
  const offset = daysBetween(FIRST_DAY, d);
  const { yearOffsets } = yearTable();
  return offset >= 0 && offset < yearOffsets[yearOffsets.length - 1];
}
