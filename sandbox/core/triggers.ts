// Installable triggers in the world, and when a time-driven one next fires (schedules in the
// trigger's time zone, Asia/Riyadh by default, as the manifest says).
import type { World } from './context';
import { zonedParts, zonedToUtc } from './zone';

export type TriggerEventType = 'CLOCK' | 'ON_FORM_SUBMIT' | 'ON_EDIT' | 'ON_OPEN' | 'ON_CHANGE';
export type TriggerSourceType = 'CLOCK' | 'SPREADSHEETS' | 'FORMS' | 'DOCUMENTS';

export type Schedule =
  | { kind: 'minutes'; every: number }
  | { kind: 'hours'; every: number; minute: number | null }
  | { kind: 'days'; every: number; hour: number; minute: number }
  | { kind: 'weeks'; every: number; weekDay: number; hour: number; minute: number }
  | { kind: 'monthDay'; day: number; hour: number; minute: number }
  | { kind: 'once'; atMs: number };

export interface TriggerModel {
  uid: string;
  handler: string;
  owner: string;
  eventType: TriggerEventType;
  source: TriggerSourceType;
  sourceId: string | null;
  schedule: Schedule | null;
  timeZone: string;
  createdMs: number;
  /** When a time-driven trigger fires next (null for event triggers). */
  nextMs: number | null;
}

export interface TriggerSlot {
  triggers: TriggerModel[];
  nextUid: number;
}

export const DEFAULT_TIME_ZONE = 'Asia/Riyadh';
export const MAX_TRIGGERS_PER_USER = 20;
export const TOO_MANY_TRIGGERS = 'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

export function triggerSlot(world: World): TriggerSlot {
  const existing = world.services.triggers as TriggerSlot | undefined;
  if (existing) return existing;
  const created: TriggerSlot = { triggers: [], nextUid: 1 };
  world.services.triggers = created;
  return created;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The first firing strictly after `afterMs`. Google spreads daily triggers over the hour after
 *  atHour; the sandbox fires at the hour and nearMinute (0 if unset) so runs are reproducible. */
export function nextFiring(schedule: Schedule, timeZone: string, afterMs: number, createdMs: number): number | null {
  switch (schedule.kind) {
    case 'once':
      return schedule.atMs > afterMs ? schedule.atMs : null;
    case 'minutes':
    case 'hours': {
      const step = schedule.kind === 'minutes' ? schedule.every * MINUTE : schedule.every * HOUR;
      let anchor = createdMs;
      if (schedule.kind === 'hours' && schedule.minute !== null) {
        const p = zonedParts(createdMs, timeZone);
        anchor = zonedToUtc(p.year, p.month, p.day, p.hour, schedule.minute, 0, timeZone);
      }
      const n = Math.max(1, Math.floor((afterMs - anchor) / step) + 1);
      return anchor + n * step;
    }
    case 'days':
    case 'weeks': {
      // Days counted from the creation day, in the trigger's zone, at the chosen hour.
      const p = zonedParts(createdMs, timeZone);
      const period = schedule.kind === 'days' ? schedule.every : 7 * schedule.every;
      let offset = schedule.kind === 'weeks' ? (schedule.weekDay - p.weekDay + 7) % 7 : 0;
      // Firings before afterMs are skipped without being computed: the one `offset` days on falls within
      // offset + 3 days of the creation (a day, the hour, and a day's worth of any zone's offset change).
      const skipped = Math.max(0, Math.floor(((afterMs - createdMs) / DAY - 3 - offset) / period));
      offset += skipped * period;
      for (let guard = skipped; guard < 10_000; guard++) {
        const at = zonedToUtc(p.year, p.month, p.day + offset, schedule.hour, schedule.minute, 0, timeZone);
        if (at > afterMs && at > createdMs) return at;
        offset += period;
      }
      return null;
    }
    case 'monthDay': {
      const p = zonedParts(Math.max(afterMs, createdMs), timeZone);
      for (let m = 0; m < 24; m++) {
        const at = zonedToUtc(p.year, p.month + m, schedule.day, schedule.hour, schedule.minute, 0, timeZone);
        // Months without that day (30 February) are skipped, as Google does.
        if (zonedParts(at, timeZone).day !== schedule.day) continue;
        if (at > afterMs && at > createdMs) return at;
      }
      return null;
    }
    default: {
      const never: never = schedule;
      return never;
    }
  }
}

/** The next due time-driven trigger at or before `untilMs` (earliest first; ties by creation). */
export function nextDue(world: World, untilMs: number): TriggerModel | null {
  let best: TriggerModel | null = null;
  for (const t of triggerSlot(world).triggers) {
    if (t.nextMs === null || t.nextMs > untilMs) continue;
    if (!best || t.nextMs < (best.nextMs as number)) best = t;
  }
  return best;
}

/** The event object a time-driven trigger receives: Apps Script gives its fields in UTC. */
export function clockEvent(trigger: TriggerModel, firedMs: number): Record<string, unknown> {
  const p = zonedParts(firedMs, 'UTC');
  const jan1 = Date.UTC(p.year, 0, 1);
  return {
    authMode: 'FULL',
    'day-of-month': p.day,
    'day-of-week': p.weekDay === 0 ? 7 : p.weekDay,
    hour: p.hour,
    minute: p.minute,
    month: p.month,
    second: p.second,
    timezone: 'UTC',
    triggerUid: trigger.uid,
    'week-of-year': Math.floor((firedMs - jan1) / (7 * 24 * HOUR)) + 1,
    year: p.year,
  };
}
