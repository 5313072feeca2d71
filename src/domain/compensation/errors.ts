// Coded refusals of compensation claims; a grant with a condition missing names each one in the policy's words.
import { t, type Lang } from '../../i18n';
import { corruptHistoryParams, joinList, noParams, refusalDescriber, refuse, refusalOf, transitionParams } from '../codedError';
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

const AREA = 'policy.compensation';

const describeClaimRefusal = refusalDescriber<ClaimErrorCause>(`${AREA}.error`, CLAIM_ERROR_CODES, {
  ILLEGAL_TRANSITION: (cause, lang) => transitionParams(AREA, cause, lang),
  FIELD_REQUIRED: (cause) => ({ field: cause.field }),
  INVALID_DATE: (cause) => ({ field: cause.field }),
  NOT_A_MEMBER: (cause) => ({ member: cause.member }),
  ALREADY_APPROVED: (cause) => ({ member: cause.member }),
  CONDITIONS_MISSING: (cause, lang) => ({ conditions: cause.missing.map((c) => conditionLabel(c, lang)).join(lang === 'ar' ? '؛ ' : '; ') }),
  CORRUPT_HISTORY: (cause, lang) => corruptHistoryParams(AREA, cause, lang),
  INVALID_AMOUNT: noParams,
  MEMBERS_REQUIRED: noParams,
  MINUTES_NOT_RECORDED: noParams,
  ACTOR_REQUIRED: noParams,
  INVALID_INSTANT: noParams,
});

/** The sentence staff read when a claim command is refused (Arabic by default), or null for other errors. */
export function describeClaimError(error: unknown, lang: Lang = 'ar'): string | null {
  const sentence = describeClaimRefusal(error, lang);
  const cause = claimErrorCause(error);
  // Minutes still awaiting approval are named after the conditions, so staff know whom to ask (CP-2).
  if (sentence === null || cause?.code !== 'CONDITIONS_MISSING' || cause.unapprovedMembers.length === 0) return sentence;
  return sentence + ' ' + t('policy.compensation.error.unapprovedMembers', { members: joinList(cause.unapprovedMembers, lang) }, lang);
}
