// A suspected personal-data breach's clock (PDPL art. 20; Implementing Regulation art. 24): 72 hours from
// discovery to notify the authority, with reminders at 24 h, 48 h and the deadline. Hours, not working days.
import { toLatinDigits } from '../text';

export const NOTIFY_WITHIN_HOURS = 72;
const HOUR_MS = 3_600_000;

/** The reminders, in order: each is due this many hours after discovery. */
export const BREACH_REMINDERS = [
  { mark: '24h', afterHours: 24 },
  { mark: '48h', afterHours: 48 },
  { mark: '72h', afterHours: NOTIFY_WITHIN_HOURS },
] as const;
export type BreachMark = (typeof BREACH_REMINDERS)[number]['mark'];

export function notifyBy(discoveredAt: Date): Date {
  return new Date(discoveredAt.getTime() + NOTIFY_WITHIN_HOURS * HOUR_MS);
}

export function parseMarks(text: string): BreachMark[] {
  const known = new Set<string>(BREACH_REMINDERS.map((r) => r.mark));
  return String(text ?? '').split(',').map((m) => m.trim()).filter((m): m is BreachMark => known.has(m));
}

/** What a run owes a breach not yet notified: the latest reminder due and not sent (one message, even after
 *  a run was missed), and every due mark so none is sent again. Null when nothing is due. */
export function dueReminder(discoveredAt: Date, sent: readonly BreachMark[], now: Date): { mark: BreachMark; marks: BreachMark[] } | null {
  const elapsedHours = (now.getTime() - discoveredAt.getTime()) / HOUR_MS;
  const due = BREACH_REMINDERS.filter((r) => elapsedHours >= r.afterHours).map((r) => r.mark);
  const latest = due[due.length - 1];
  if (!latest || sent.includes(latest)) return null;
  return { mark: latest, marks: [...new Set([...sent, ...due])] };
}

/** Hours left until the deadline, rounded down (0 once it has passed). */
export function hoursLeft(discoveredAt: Date, now: Date): number {
  return Math.max(0, Math.floor((notifyBy(discoveredAt).getTime() - now.getTime()) / HOUR_MS));
}

/** "14:30" or "١٤:٣٠" (Riyadh time) on a yyyy-mm-dd day, as an instant; null when either is malformed. */
export function riyadhInstant(isoDay: string, hhmm: string): Date | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(toLatinDigits(hhmm).trim());
  if (!m || !/^\d{4}-\d{2}-\d{2}$/.test(isoDay)) return null;
  const [h, min] = [Number(m[1]), Number(m[2])];
  if (h > 23 || min > 59) return null;
  const at = new Date(`${isoDay}T${m[1].padStart(2, '0')}:${m[2]}:00+03:00`);
  return Number.isNaN(at.getTime()) ? null : at;
}
