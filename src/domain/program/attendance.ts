// PR-6 and PR-7: the daily attendance sheet, and who receives the evaluation form when the program ends.
import { compareIsoDate, type IsoDate } from '../time';
import { programError } from './errors';
import type { Program } from './program';

export interface AttendanceRecord {
  readonly registrationId: string;
  readonly date: IsoDate;
  readonly present: boolean;
}

/**
 * The threshold for the evaluation form: a participant who attended at least this many distinct days
 * gets it. One day is enough to judge a program; someone who never came cannot (the rule).
 */
export const MIN_DAYS_ATTENDED = 1;

/** One day's sheet: a row per enrolled participant, present or absent; refuses a day outside the program or a stranger. */
export function dailyAttendance(
  program: Program,
  enrolledIds: readonly string[],
  date: IsoDate,
  presentIds: readonly string[],
): AttendanceRecord[] {
  if (compareIsoDate(date, program.startDate) < 0 || compareIsoDate(date, program.endDate) > 0) {
    throw programError({ code: 'DATE_OUTSIDE_PROGRAM', date });
  }
  const enrolled = new Set(enrolledIds);
  const strangers = presentIds.filter((id) => !enrolled.has(id));
  if (strangers.length > 0) throw programError({ code: 'NOT_ENROLLED', registrationIds: strangers });
  const present = new Set(presentIds);
  return enrolledIds.map((registrationId) => ({ registrationId, date, present: present.has(registrationId) }));
}

/** Distinct days each participant was marked present; a day recorded twice counts once. */
export function daysAttended(records: readonly AttendanceRecord[]): Map<string, number> {
  const days = new Map<string, Set<string>>();
  for (const r of records) {
    if (!r.present) continue;
    const set = days.get(r.registrationId) ?? new Set<string>();
    set.add(r.date);
    days.set(r.registrationId, set);
  }
  return new Map([...days].map(([id, set]) => [id, set.size]));
}

/** PR-7: those who get the evaluation form, in enrolment order: only participants who attended. */
export function evaluationRecipients(
  enrolledIds: readonly string[],
  records: readonly AttendanceRecord[],
  minDays: number = MIN_DAYS_ATTENDED,
): string[] {
  // A threshold below one would send the form to people who never came, which the policy rules out.
  if (!Number.isInteger(minDays) || minDays < 1) throw programError({ code: 'INVALID_PROGRAM', field: 'minDaysAttended' });
  const attended = daysAttended(records);
  return enrolledIds.filter((id) => (attended.get(id) ?? 0) >= minDays);
}

/** The form goes out "at the end of the program": from its last day on. */
export function evaluationDue(program: Program, today: IsoDate): boolean {
  return compareIsoDate(today, program.endDate) >= 0;
}
