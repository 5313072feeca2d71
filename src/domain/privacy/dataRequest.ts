// A data subject's request (PDPL art. 4; Implementing Regulation art. 3(1)(a)): answered within 30 days,
// extendable once by 30 with notice to the person; the staff clock escalates a week before the legal day.
import { addDays, type IsoDate } from '../time';

export const DATA_REQUEST_KINDS = ['access', 'correction', 'destruction'] as const;
export type DataRequestKind = (typeof DATA_REQUEST_KINDS)[number];

/** The legal period, in calendar days, and the one extension. */
export const DATA_REQUEST_DAYS = 30;
/** The sweep's own due day comes this many calendar days before the legal deadline: reminders before it and
 *  the managers' escalation the working day after, so a request left unanswered is escalated before day 30. */
export const DATA_REQUEST_MARGIN_DAYS = 7;
export const DATA_REQUEST_INTERNAL_RULE = { kind: 'calendar_days' as const, days: DATA_REQUEST_DAYS - DATA_REQUEST_MARGIN_DAYS };

/** The legal deadline: 30 days after receipt, 60 once extended. */
export function dataRequestDeadline(receivedOn: IsoDate, extended: boolean): IsoDate {
  return addDays(receivedOn, DATA_REQUEST_DAYS * (extended ? 2 : 1));
}
