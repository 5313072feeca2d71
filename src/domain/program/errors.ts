// Coded refusals of program registration, attendance and setup, with their wording for entry code.
import { t, type Lang, type MessageKey } from '../../i18n';
import { refuse, refusalOf } from '../complaint/refusal';

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

export const programError = (cause: ProgramErrorCause): Error => refuse('Program', cause);
export const programErrorCause = (error: unknown): ProgramErrorCause | null => refusalOf<ProgramErrorCause>(error, PROGRAM_ERROR_CODES);

/** The sentence staff (or the registrant) read for a refusal, Arabic by default; null for other errors. */
export function describeProgramError(error: unknown, lang: Lang = 'ar'): string | null {
  const cause = programErrorCause(error);
  if (!cause) return null;
  const key = `policy.program.error.${cause.code}` as MessageKey;
  const list = (items: string[]): string => items.join(lang === 'ar' ? '، ' : ', ');
  switch (cause.code) {
    case 'INVALID_PROGRAM':
    case 'FIELD_REQUIRED':
    case 'INVALID_DATE':
      return t(key, { field: cause.field }, lang);
    case 'ILLEGAL_TRANSITION':
      return t(key, {
        from: t(`policy.program.status.${cause.from}` as MessageKey, {}, lang),
        command: t(`policy.program.command.${cause.command}` as MessageKey, {}, lang),
      }, lang);
    case 'INCOMPLETE':
      return t(key, { missing: list(cause.missing) }, lang);
    case 'OUTSIDE_AGE_GROUP':
      return t(key, { age: cause.age, min: cause.min, max: cause.max }, lang);
    case 'WRONG_AMOUNT':
      return t(key, { amount: cause.amount, fee: cause.fee }, lang);
    case 'PROGRAM_FULL':
      return t(key, { capacity: cause.capacity }, lang);
    case 'DATE_OUTSIDE_PROGRAM':
      return t(key, { date: cause.date }, lang);
    case 'NOT_ENROLLED':
      return t(key, { ids: list(cause.registrationIds) }, lang);
    case 'CORRUPT_HISTORY':
      return t(key, { from: cause.from, event: cause.event }, lang);
    case 'NOT_AN_INTERVIEW_PROGRAM':
    case 'NO_FEE':
    case 'FEE_UNPAID':
    case 'ACTOR_REQUIRED':
    case 'INVALID_INSTANT':
      return t(key, {}, lang);
    default: {
      const _exhaustive: never = cause;
      return _exhaustive;
    }
  }
}
