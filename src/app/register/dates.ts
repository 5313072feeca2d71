// Civil dates (Riyadh) as the Date values the register's date columns hold, and back.
import type { IsoDate } from '../../domain/time';
import { riyadhDate } from '../../domain/time';

/** Midnight in Riyadh (UTC+3 all year) of a civil date. */
export function dateOfIso(d: IsoDate): Date {
  return new Date(`${d}T00:00:00+03:00`);
}

export function isoOfCell(value: unknown): IsoDate | null {
  if (value instanceof Date || (value && typeof value === 'object' && typeof (value as Date).getTime === 'function')) {
    return riyadhDate(new Date((value as Date).getTime()));
  }
  return null;
}
