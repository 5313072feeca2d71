// What the scheduler already did for a case, kept with the case, so a second sweep sends nothing twice.
import { isIsoDate, type IsoDate } from '../time';

/**
 * `sent` maps what was done to the sweep day it was done on: `r3`/`r1` reminders N working days before,
 * `due` the due-day reminder, `esc` the latest escalation, `study` the "still being studied" note.
 * The marks belong to one due date: when the due date moves (a case sent back to study), they start again.
 */
export interface ScheduleMarks {
  due: IsoDate | null;
  sent: Record<string, IsoDate>;
}

export const NO_MARKS: ScheduleMarks = Object.freeze({ due: null, sent: Object.freeze({}) }) as ScheduleMarks;

export const reminderMark = (workingDaysBefore: number): string => `r${workingDaysBefore}`;
export const DUE_MARK = 'due';
export const ESCALATION_MARK = 'esc';
export const STUDY_NOTE_MARK = 'study';

/** Reads the stored marks; anything unreadable (a hand-edited cell) counts as nothing sent yet. */
export function parseMarks(raw: unknown): ScheduleMarks {
  if (typeof raw !== 'string' || raw.trim() === '') return NO_MARKS;
  try {
    const value = JSON.parse(raw) as { due?: unknown; sent?: unknown };
    const due = typeof value.due === 'string' && isIsoDate(value.due) ? value.due : null;
    const sent: Record<string, IsoDate> = {};
    if (value.sent && typeof value.sent === 'object') {
      for (const [key, day] of Object.entries(value.sent as Record<string, unknown>)) {
        if (typeof day === 'string' && isIsoDate(day)) sent[key] = day;
      }
    }
    return { due, sent };
  } catch {
    return NO_MARKS;
  }
}

export function serializeMarks(marks: ScheduleMarks): string {
  return JSON.stringify({ due: marks.due, sent: marks.sent });
}
