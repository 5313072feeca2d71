// Coded errors of the time domain, so entry code can turn each code into an Arabic message.
export type TimeErrorCode =
  | 'INVALID_ISO_DATE'
  | 'INVALID_HIJRI_DATE'
  | 'HIJRI_OUT_OF_RANGE'
  | 'INVALID_WORK_CALENDAR'
  | 'INVALID_DEADLINE_RULE';

export function timeError(code: TimeErrorCode, message: string): Error {
  return new Error(message, { cause: { code } });
}
