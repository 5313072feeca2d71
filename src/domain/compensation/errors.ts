// Coded refusals of compensation claims; a grant with a condition missing names each one in the policy's words.
import { t, type Lang, type MessageKey } from '../../i18n';
import { refuse, refusalOf } from '../complaint/refusal';
import type { ClaimCommandType, ClaimStatus, CompensationCondition } from './types';

export const CLAIM_ERROR_CODES = [
  'ILLEGAL_TRANSITION', 'FIELD_REQUIRED', 'INVALID_DATE', 'INVALID_AMOUNT', 'MEMBERS_REQUIRED', 'MINUTES_NOT_RECORDED',
  'NOT_A_MEMBER', 'ALREADY_APPROVED', 'CONDITIONS_MISSING', 'ACTOR_REQUIRED', 'INVALID_INSTANT', 'CORRUPT_HISTORY',
] as const;
export type ClaimErrorCode = (typeof CLAIM_ERROR_CODES)[number];

export type ClaimErrorCause =
  | { code: 'ILLEGAL_TRANSITION'; from: ClaimStatus; command: ClaimCommandType }
  | { code: 'FIELD_REQUIRED' | 'INVALID_DATE'; field: string }
  | { code: 'NOT_A_MEMBER' | 'ALREADY_APPROVED'; member: string }
  | { code: 'CONDITIONS_MISSING'; missing: CompensationCondition[]; unapprovedMembers: string[] }
  | { code: 'CORRUPT_HISTORY'; from: ClaimStatus; event: string }
  | { code: 'INVALID_AMOUNT' | 'MEMBERS_REQUIRED' | 'MINUTES_NOT_RECORDED' | 'ACTOR_REQUIRED' | 'INVALID_INSTANT' };

export const claimError = (cause: ClaimErrorCause): Error => refuse('Compensation command', cause);

export const claimErrorCause = (error: unknown): ClaimErrorCause | null => refusalOf<ClaimErrorCause>(error, CLAIM_ERROR_CODES);

/** The policy's own wording of a condition (CP-1…4), as staff and the beneficiary read it. */
export function conditionLabel(condition: CompensationCondition, lang: Lang = 'ar'): string {
  return t(`policy.compensation.condition.${condition}`, {}, lang);
}

/** The sentence staff read when a claim command is refused (Arabic by default), or null for other errors. */
export function describeClaimError(error: unknown, lang: Lang = 'ar'): string | null {
  const cause = claimErrorCause(error);
  if (!cause) return null;
  const key = `policy.compensation.error.${cause.code}` as MessageKey;
  switch (cause.code) {
    case 'ILLEGAL_TRANSITION':
      return t(key, {
        from: t(`policy.compensation.status.${cause.from}` as MessageKey, {}, lang),
        command: t(`policy.compensation.command.${cause.command}` as MessageKey, {}, lang),
      }, lang);
    case 'FIELD_REQUIRED':
    case 'INVALID_DATE':
      return t(key, { field: cause.field }, lang);
    case 'NOT_A_MEMBER':
    case 'ALREADY_APPROVED':
      return t(key, { member: cause.member }, lang);
    case 'CONDITIONS_MISSING': {
      const separator = lang === 'ar' ? '؛ ' : '; ';
      const conditions = cause.missing.map((c) => conditionLabel(c, lang)).join(separator);
      const pending = cause.unapprovedMembers.length > 0
        ? ' ' + t('policy.compensation.error.unapprovedMembers', { members: cause.unapprovedMembers.join(lang === 'ar' ? '، ' : ', ') }, lang)
        : '';
      return t(key, { conditions }, lang) + pending;
    }
    case 'CORRUPT_HISTORY':
      return t(key, { from: t(`policy.compensation.status.${cause.from}` as MessageKey, {}, lang), event: cause.event }, lang);
    case 'INVALID_AMOUNT':
    case 'MEMBERS_REQUIRED':
    case 'MINUTES_NOT_RECORDED':
    case 'ACTOR_REQUIRED':
    case 'INVALID_INSTANT':
      return t(key, {}, lang);
    default: {
      const _exhaustive: never = cause;
      return _exhaustive;
    }
  }
}
