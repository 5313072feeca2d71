// When satisfaction surveys go out (SAT-1, G5): after a service, once per case, never on a Friday or Saturday; and periodically.
import { addDays, compareIsoDate, gregorianMonthLength, isoDate, weekday, type IsoDate } from '../time';

export type SurveyKind = 'after_service' | 'periodic';

/** What the survey log says was sent; after-service surveys carry their case. */
export interface SentSurvey {
  readonly kind: SurveyKind;
  readonly caseId?: string;
  readonly sentOn: IsoDate;
}

export type SurveyDecision =
  | { readonly action: 'send'; readonly on: IsoDate }
  | { readonly action: 'wait'; readonly on: IsoDate }
  | { readonly action: 'skip'; readonly reason: 'already_sent' | 'not_delivered' };

const FRIDAY = 5;
const SATURDAY = 6;

/** The day itself, or the Sunday after when it falls on the weekend: a survey never arrives on a Friday or Saturday. */
export function offWeekend(day: IsoDate): IsoDate {
  const w = weekday(day);
  if (w === FRIDAY) return addDays(day, 2);
  if (w === SATURDAY) return addDays(day, 1);
  return day;
}

/** The profile's afterServiceDelayDays (calendar days) after delivery, moved off the weekend. */
export function afterServiceSurveyDate(deliveredOn: IsoDate, delayDays: number): IsoDate {
  return offWeekend(addDays(deliveredOn, delayDays));
}

/**
 * Whether to send the after-service survey for one case on `today`. One per case: any survey already
 * logged for the case means never again, so a trigger that runs twice sends it once.
 */
export function afterServiceSurvey(
  serviceCase: { readonly caseId: string; readonly deliveredOn: IsoDate | null },
  sent: readonly SentSurvey[],
  delayDays: number,
  today: IsoDate,
): SurveyDecision {
  if (sent.some((s) => s.kind === 'after_service' && s.caseId === serviceCase.caseId)) return { action: 'skip', reason: 'already_sent' };
  if (serviceCase.deliveredOn === null) return { action: 'skip', reason: 'not_delivered' };
  const on = afterServiceSurveyDate(serviceCase.deliveredOn, delayDays);
  return compareIsoDate(today, on) >= 0 ? { action: 'send', on } : { action: 'wait', on };
}

/** The same day `months` later, or that month's last day when it is shorter (31 August + 6 months = 28/29 February). */
export function addMonths(day: IsoDate, months: number): IsoDate {
  const total = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return isoDate(year, month, Math.min(Number(day.slice(8, 10)), gregorianMonthLength(year, month)));
}

/** The periodic survey (SAT-1): due every `periodicMonths` after the last one, and at once when none was ever sent. */
export function periodicSurvey(sent: readonly SentSurvey[], periodicMonths: number, today: IsoDate, since?: IsoDate): SurveyDecision {
  const last = sent.filter((s) => s.kind === 'periodic').map((s) => s.sentOn).sort().pop();
  // The first periodic survey comes one period after the register started (`since`), not the day after.
  const first = since === undefined ? today : addMonths(since, periodicMonths);
  const on = offWeekend(last === undefined ? first : addMonths(last, periodicMonths));
  return compareIsoDate(today, on) >= 0 ? { action: 'send', on } : { action: 'wait', on };
}
