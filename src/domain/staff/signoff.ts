// RS: every employee reads and signs the policy; who has not signed this version, and when to remind them.
import { addWorkingDays, compareIsoDate, isWorkingDay, type IsoDate, type WorkCalendar } from '../time';
import { failure } from '../codedError';

export interface StaffMember {
  readonly email: string;
  readonly name: string;
  readonly active: boolean;
  readonly startedOn: IsoDate;
  /** The policy version the employee signed, or null: a new board approval needs a new signature. */
  readonly acknowledgedVersion: string | null;
  readonly acknowledgedOn: IsoDate | null;
}

export interface SignoffReminder { readonly email: string; readonly sentOn: IsoDate }

export interface ReminderRule {
  /** Working days after the policy (or the employee's first day) before the first reminder. */
  readonly firstAfterWorkingDays: number;
  readonly everyWorkingDays: number;
  /** After this many reminders HR is told instead (RS: HR spreads the policy), and reminders stop. */
  readonly escalateAfter: number;
}

/** Three working days to read it, then a reminder each working week, and HR after three reminders. */
export const SIGNOFF_REMINDERS: ReminderRule = { firstAfterWorkingDays: 3, everyWorkingDays: 5, escalateAfter: 3 };

/** The version staff sign: the board approval the profile carries, so a new approval asks everyone again. */
export function policyVersion(approval: { readonly hijriDate: string; readonly gregorianDate: string; readonly minutesNumber: string }): string {
  return [approval.minutesNumber, approval.hijriDate, approval.gregorianDate].filter((p) => p.trim() !== '').join(' | ');
}

/** Active employees who have not signed `version`. */
export function unsignedStaff(staff: readonly StaffMember[], version: string): StaffMember[] {
  return staff.filter((m) => m.active && m.acknowledgedVersion !== version);
}

/** The employee's signature of `version` on `on`; refuses a blank version, which would count as signing nothing. */
export function acknowledge(member: StaffMember, version: string, on: IsoDate): StaffMember {
  if (!version.trim()) throw failure('VERSION_REQUIRED', 'policy.staff.error.VERSION_REQUIRED');
  return { ...member, acknowledgedVersion: version, acknowledgedOn: on };
}

export interface ReminderPlan {
  readonly remind: readonly { readonly email: string; readonly nth: number }[];
  /** Unsigned after every reminder: listed for HR and the managers' summary. */
  readonly escalate: readonly string[];
}

/**
 * Who gets a sign-off reminder on `today` (a working day only) and who is escalated. Reminders count from
 * the later of the policy's publication and the employee's first day, so earlier reminders of an old version are ignored.
 */
export function signoffReminderPlan(
  staff: readonly StaffMember[],
  version: string,
  publishedOn: IsoDate,
  sent: readonly SignoffReminder[],
  today: IsoDate,
  cal: WorkCalendar,
  rule: ReminderRule = SIGNOFF_REMINDERS,
): ReminderPlan {
  const remind: { email: string; nth: number }[] = [];
  const escalate: string[] = [];
  for (const member of unsignedStaff(staff, version)) {
    const start = compareIsoDate(member.startedOn, publishedOn) > 0 ? member.startedOn : publishedOn;
    const mine = sent.filter((r) => r.email === member.email && compareIsoDate(r.sentOn, start) >= 0).map((r) => r.sentOn).sort();
    if (mine.length >= rule.escalateAfter) {
      escalate.push(member.email);
      continue;
    }
    const last = mine[mine.length - 1];
    const due = last === undefined ? addWorkingDays(cal, start, rule.firstAfterWorkingDays) : addWorkingDays(cal, last, rule.everyWorkingDays);
    if (isWorkingDay(cal, today) && compareIsoDate(today, due) >= 0) remind.push({ email: member.email, nth: mine.length + 1 });
  }
  return { remind, escalate };
}
