// A case as the scheduler sees it: when its reply clock started, whether it was answered, who owns it.
import type { IsoDate } from '../time';
import type { ScheduleMarks } from './marks';

/** Requests come from issue 5's register; complaints (issue 7) are counted when rows say `kind: complaint`;
 *  requests from data subjects (issue 17) when they say `kind: data_request`. */
export type ScheduledKind = 'request' | 'complaint' | 'data_request';

export interface ScheduledCase {
  caseNo: string;
  kind: ScheduledKind;
  /** The contact officer's email ('' while nobody is assigned). */
  officer: string;
  receivedOn: IsoDate | null;
  /** Day 0 of the reply deadline: the day a request became complete (SR-5), the day a complaint came in. */
  startedOn: IsoDate | null;
  /** The day the beneficiary was given the answer; the deadline stops there. */
  answeredOn: IsoDate | null;
  /** Not closed and not withdrawn: counts in an officer's load. */
  open: boolean;
  beneficiaryId: string;
  /** The channel agreed for the reply (SR-5, Esrar): where a "still being studied" note goes. */
  replyChannel: string;
  marks: ScheduleMarks;
}

/** The reply clock runs from the start until the answer, and only while the case is open. */
export function clockRuns(c: ScheduledCase): c is ScheduledCase & { startedOn: IsoDate } {
  return c.open && c.startedOn !== null && c.answeredOn === null;
}
