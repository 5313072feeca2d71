// Coded errors of the time domain, each worded by its catalog key.
import { CodedError, wording } from '../codedError';

export type TimeErrorCode =
  | 'INVALID_ISO_DATE'
  | 'INVALID_HIJRI_DATE'
  | 'HIJRI_OUT_OF_RANGE'
  | 'INVALID_WORK_CALENDAR'
  | 'INVALID_DEADLINE_RULE';

const MESSAGE_KEYS = {
  INVALID_ISO_DATE: 'validation.date.invalid',
  INVALID_HIJRI_DATE: 'validation.hijri.invalid',
  HIJRI_OUT_OF_RANGE: 'validation.hijri.outOfRange',
  INVALID_WORK_CALENDAR: 'validation.calendar.invalid',
  INVALID_DEADLINE_RULE: 'validation.deadline.invalid',
} as const satisfies Record<TimeErrorCode, string>;

/** A time refusal; `detail` (what was wrong, for engineers reading the code) is not kept: it may quote what someone typed. */
export function timeError(code: TimeErrorCode, _detail: string): CodedError {
  return new CodedError(code, wording(MESSAGE_KEYS[code]));
}

/** The i18n key of the user message for a time error code. */
export function timeErrorMessageKey(code: TimeErrorCode): (typeof MESSAGE_KEYS)[TimeErrorCode] {
  return MESSAGE_KEYS[code];
}
