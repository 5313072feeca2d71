// The scheduler's settings, taken from the profile with defaults for the switches the profile schema lacks yet.
import type { Profile } from '../../profiles';
import type { DeadlineRule } from '../time';

export interface ScheduleRules {
  deadline: DeadlineRule;
  complaintDeadline: DeadlineRule;
  /** Working days before the due date when the officer is reminded, e.g. [3, 1]. */
  reminderDays: number[];
  /** A breach is escalated once, then again after this many working days (a working week) while it lasts. */
  reEscalateAfterWorkingDays: number;
  /** Tell a beneficiary whose complete request is late that it is still being studied. */
  stillStudyingNotice: boolean;
}

/** Optional profile fields the scheduler reads; absent in the shipped profiles until the schema gains them. */
export interface ScheduleProfileExtras {
  stillStudyingNotice?: boolean;
  reEscalateAfterWorkingDays?: number;
}

export const DEFAULT_RE_ESCALATION_WORKING_DAYS = 5;

export function scheduleRules(profile: Profile): ScheduleRules {
  const extras = profile as Profile & ScheduleProfileExtras;
  const again = extras.reEscalateAfterWorkingDays;
  return {
    deadline: profile.deadline.rule,
    complaintDeadline: profile.complaintDeadline,
    reminderDays: [...new Set(profile.reminders.beforeWorkingDays)].filter((n) => Number.isInteger(n) && n > 0).sort((a, b) => b - a),
    reEscalateAfterWorkingDays: Number.isInteger(again) && (again as number) > 0 ? (again as number) : DEFAULT_RE_ESCALATION_WORKING_DAYS,
    stillStudyingNotice: extras.stillStudyingNotice === true,
  };
}
