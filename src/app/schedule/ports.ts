// What the scheduled jobs need beyond src/ports: the register's configuration and the execution's time budget.
import type { Clock, TimeBudget } from '../../ports';
import type { Profile } from '../../profiles';
import type { WorkCalendar } from '../../domain/time';

export type { Continuations, ScheduledJob, TimeBudget } from '../../ports';

/** The part of the register's configuration the scheduler reads (src/app/config.ts RegisterConfig fits it). */
export interface ScheduleConfig {
  profile: Profile;
  calendar: WorkCalendar;
  staff: ReadonlyArray<{ email: string; name: string; role: string }>;
  /** The manager named in the settings tab, in addition to staff whose role is manager. */
  managerEmail: string;
  /** The settings tab (the SMS sender and provider, for the notes sent by text message). */
  settings?: Record<string, string>;
}

/** Apps Script stops an execution at 6 minutes; jobs stop at 4½ so saving the checkpoint always fits. */
export const EXECUTION_BUDGET_MS = 270_000;

/** The budget of an execution that started at `clock.now()`. */
export function timeBudget(clock: Clock, limitMs = EXECUTION_BUDGET_MS): TimeBudget {
  const start = clock.now().getTime();
  return { remainingMs: () => limitMs - (clock.now().getTime() - start) };
}

export function managersOf(config: ScheduleConfig): string[] {
  const emails = config.staff.filter((s) => s.role === 'manager').map((s) => s.email);
  if (config.managerEmail) emails.push(config.managerEmail);
  return [...new Set(emails.map((e) => e.trim().toLowerCase()).filter(Boolean))];
}

/** The staff member's name for a message, never a beneficiary's data. */
export function staffName(config: ScheduleConfig, email: string): string {
  const key = email.trim().toLowerCase();
  return config.staff.find((s) => s.email.trim().toLowerCase() === key)?.name || email;
}
