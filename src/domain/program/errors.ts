// Coded refusals of program registration, attendance and setup, with their wording for entry code.
import { noParams, refusalOf, refusals, transitionParams, type CodedError } from '../codedError';

export const PROGRAM_ERROR_CODES = [
  'INVALID_PROGRAM', 'ILLEGAL_TRANSITION', 'FIELD_REQUIRED', 'INVALID_DATE', 'INCOMPLETE', 'OUTSIDE_AGE_GROUP',
  'NOT_AN_INTERVIEW_PROGRAM', 'NO_FEE', 'WRONG_AMOUNT', 'FEE_UNPAID', 'PROGRAM_FULL', 'DATE_OUTSIDE_PROGRAM',
  'NOT_ENROLLED', 'ACTOR_REQUIRED', 'INVALID_INSTANT', 'CORRUPT_HISTORY',
] as const;
export type ProgramErrorCode = (typeof PROGRAM_ERROR_CODES)[number];

export type ProgramErrorCause =
  | { code: 'INVALID_PROGRAM' | 'FIELD_REQUIRED' | 'INVALID_DATE'; field: string }
  | { code: 'ILLEGAL_TRANSITION'; from: string; command: string }
  | { code: 'INCOMPLETE'; missing: string[] }
  | { code: 'OUTSIDE_AGE_GROUP'; age: number; min: number; max: number }
  | { code: 'WRONG_AMOUNT'; amount: number; fee: number }
  | { code: 'PROGRAM_FULL'; capacity: number }
  | { code: 'DATE_OUTSIDE_PROGRAM'; date: string }
  | { code: 'NOT_ENROLLED'; registrationIds: string[] }
  | { code: 'CORRUPT_HISTORY'; from: string; event: string }
  | { code: 'NOT_AN_INTERVIEW_PROGRAM' | 'NO_FEE' | 'FEE_UNPAID' | 'ACTOR_REQUIRED' | 'INVALID_INSTANT' };

export const programErrorCause = (error: unknown): ProgramErrorCause | null => refusalOf<ProgramErrorCause>(error, PROGRAM_ERROR_CODES);

const AREA = 'policy.program';
const fieldParams = (cause: { field: string }) => ({ field: cause.field });

/** A program's refusal (registration, attendance, setup), worded by `policy.program.error.<code>`. */
export const programError: (cause: ProgramErrorCause) => CodedError = refusals<ProgramErrorCause, `${typeof AREA}.error`>('Program', `${AREA}.error`, {
  INVALID_PROGRAM: fieldParams,
  FIELD_REQUIRED: fieldParams,
  INVALID_DATE: fieldParams,
  ILLEGAL_TRANSITION: (cause) => transitionParams(AREA, cause),
  INCOMPLETE: (cause) => ({ missing: { list: cause.missing } }),
  OUTSIDE_AGE_GROUP: ({ age, min, max }) => ({ age, min, max }),
  WRONG_AMOUNT: ({ amount, fee }) => ({ amount, fee }),
  PROGRAM_FULL: ({ capacity }) => ({ capacity }),
  DATE_OUTSIDE_PROGRAM: ({ date }) => ({ date }),
  NOT_ENROLLED: (cause) => ({ ids: { list: cause.registrationIds } }),
  CORRUPT_HISTORY: ({ from, event }) => ({ from, event }),
  NOT_AN_INTERVIEW_PROGRAM: noParams,
  NO_FEE: noParams,
  FEE_UNPAID: noParams,
  ACTOR_REQUIRED: noParams,
  INVALID_INSTANT: noParams,
});
