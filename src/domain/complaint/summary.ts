// SAT-5: senior management follows every complaint: the open ones, oldest first, with their age and deadline.
import { deadlineStatus, dueDate, riyadhDate, type DeadlineRule, type IsoDate, type WorkCalendar } from '../time';
import type { ComplaintState, ComplaintStatus } from './types';

export interface OpenComplaint {
  readonly complaintId: string;
  readonly status: ComplaintStatus;
  readonly caseId?: string;
  readonly receivedOn: IsoDate;
  /** Working days since receipt, the day of receipt being day 0. */
  readonly ageWorkingDays: number;
  readonly due: IsoDate;
  readonly breached: boolean;
}

export interface ComplaintSummary {
  readonly total: number;
  readonly open: readonly OpenComplaint[];
  readonly breached: number;
  readonly closed: number;
  readonly settled: number;
  readonly notSettled: number;
}

/**
 * The managers' view of all complaints on `today`. A complaint counts as open until it is closed, and
 * its deadline (the profile's complaintDeadline, from the day of receipt) is met once the complainant is told.
 */
export function complaintSummary(
  complaints: readonly ComplaintState[],
  rule: DeadlineRule,
  cal: WorkCalendar,
  today: IsoDate,
): ComplaintSummary {
  const received = complaints.filter((c): c is Exclude<ComplaintState, { status: 'initial' }> => c.status !== 'initial');
  const open = received
    .filter((c) => c.status !== 'closed')
    .map((c): OpenComplaint => {
      const receivedOn = riyadhDate(new Date(c.receivedAt));
      const answeredOn = c.status === 'complainant_notified' ? riyadhDate(new Date(c.notification.at)) : undefined;
      const standing = deadlineStatus(receivedOn, rule, cal, today, answeredOn);
      const age = deadlineStatus(receivedOn, rule, cal, today).elapsedWorkingDays;
      return {
        complaintId: c.complaintId,
        status: c.status,
        ...(c.caseId ? { caseId: c.caseId } : {}),
        receivedOn,
        ageWorkingDays: age,
        due: standing.due,
        breached: standing.breached,
      };
    })
    .sort((a, b) => (a.receivedOn < b.receivedOn ? -1 : a.receivedOn > b.receivedOn ? 1 : a.complaintId.localeCompare(b.complaintId)));
  const resolvedAs = (settled: boolean): number =>
    received.filter((c) => 'settled' in c && c.settled === settled).length;
  return {
    total: received.length,
    open,
    breached: open.filter((c) => c.breached).length,
    closed: received.length - open.length,
    settled: resolvedAs(true),
    notSettled: resolvedAs(false),
  };
}

/** The day a complaint must be answered by: the profile's complaintDeadline counted from the day it came in. */
export function complaintDueDate(complaint: { readonly receivedAt: string }, rule: DeadlineRule, cal: WorkCalendar): IsoDate {
  return dueDate(riyadhDate(new Date(complaint.receivedAt)), rule, cal);
}
