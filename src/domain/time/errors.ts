// Coded errors of the time domain, and the message key entry code shows for each code.
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

export function timeError(code: TimeErrorCode, message: string): Error {
  return new Error(message, { cause: { code } });
}

/** The i18n key of the user message for a time error code. */
export function timeErrorMessageKey(code: TimeErrorCode): (typeof MESSAGE_KEYS)[TimeErrorCode] {
  return MESSAGE_KEYS[code];
}
