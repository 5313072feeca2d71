// The evidence pack's periods (issue 17): Gregorian quarters and years, named by key («2026-Q4», «2026»), and
// which ones have ended by a given day (the scheduled job writes each once, after its last day).
import { addDays, isIsoDate, type IsoDate } from '../time';

export interface ReportPeriod {
  kind: 'quarter' | 'year';
  year: number;
  /** 1–4 for a quarter. */
  quarter: number | null;
  /** «2026-Q4» or «2026»: the document's key and the menu's argument. */
  key: string;
  from: IsoDate;
  to: IsoDate;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (s: string): IsoDate => s as IsoDate;
/** The last day of a month: the day before the first of the next. */
const lastDay = (year: number, month: number): IsoDate => addDays(iso(month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`), -1);

export function quarterPeriod(year: number, quarter: number): ReportPeriod {
  const firstMonth = (quarter - 1) * 3 + 1;
  return { kind: 'quarter', year, quarter, key: `${year}-Q${quarter}`, from: iso(`${year}-${pad(firstMonth)}-01`), to: lastDay(year, firstMonth + 2) };
}

export function yearPeriod(year: number): ReportPeriod {
  return { kind: 'year', year, quarter: null, key: String(year), from: iso(`${year}-01-01`), to: iso(`${year}-12-31`) };
}

/** The quarter a day falls in. */
export function quarterOf(day: IsoDate): ReportPeriod {
  return quarterPeriod(Number(day.slice(0, 4)), Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1);
}

/** «2026-Q4» or «2026» (Latin digits, as typed or given by a scenario); null for anything else. */
export function parsePeriod(text: string): ReportPeriod | null {
  const m = /^\s*(\d{4})(?:-Q([1-4]))?\s*$/i.exec(String(text ?? ''));
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 2000 || year > 2100) return null;
  return m[2] ? quarterPeriod(year, Number(m[2])) : yearPeriod(year);
}

/** The periods whose last day is before `today` and that a run on `today` owes: the quarter just ended and,
 *  in January, February or March, the year just ended too. */
export function endedPeriods(today: IsoDate): ReportPeriod[] {
  if (!isIsoDate(today)) return [];
  const previous = quarterOf(addDays(quarterOf(today).from, -1));
  return previous.quarter === 4 ? [previous, yearPeriod(previous.year)] : [previous];
}
