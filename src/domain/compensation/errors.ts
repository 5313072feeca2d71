// Coded refusals of compensation claims; a grant with a condition missing names each one in the policy's words.
import { t, type Lang } from '../../i18n';
import {
  CodedError, corruptHistoryParams, label, noParams, refusalOf, refusals, transitionParams, wording,
} from '../codedError';
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

export const claimErrorCause = (error: unknown): ClaimErrorCause | null => refusalOf<ClaimErrorCause>(error, CLAIM_ERROR_CODES);

/** The policy's own wording of a condition (CP-1…4), as staff and the beneficiary read it. */
export function conditionLabel(condition: CompensationCondition, lang: Lang = 'ar'): string {
  return t(`policy.compensation.condition.${condition}`, {}, lang);
}

const AREA = 'policy.compensation';

const claimRefusal = refusals<ClaimErrorCause, `${typeof AREA}.error`>('Compensation command', `${AREA}.error`, {
  ILLEGAL_TRANSITION: (cause) => transitionParams(AREA, cause),
  FIELD_REQUIRED: (cause) => ({ field: cause.field }),
  INVALID_DATE: (cause) => ({ field: cause.field }),
  NOT_A_MEMBER: (cause) => ({ member: cause.member }),
  ALREADY_APPROVED: (cause) => ({ member: cause.member }),
  CONDITIONS_MISSING: (cause) => ({ conditions: { list: cause.missing.map((c) => label(`${AREA}.condition.${c}`)), semicolons: true } }),
  CORRUPT_HISTORY: (cause) => corruptHistoryParams(AREA, cause),
  INVALID_AMOUNT: noParams,
  MEMBERS_REQUIRED: noParams,
  MINUTES_NOT_RECORDED: noParams,
  ACTOR_REQUIRED: noParams,
  INVALID_INSTANT: noParams,
});

/** A claim command's refusal, worded by `policy.compensation.error.<code>`. */
export function claimError(cause: ClaimErrorCause): CodedError {
  const error = claimRefusal(cause);
  // Minutes still awaiting approval are named after the conditions, so staff know whom to ask (CP-2).
  if (cause.code !== 'CONDITIONS_MISSING' || cause.unapprovedMembers.length === 0) return error;
  const more = wording(`${AREA}.error.unapprovedMembers`, { members: { list: cause.unapprovedMembers } });
  const worded = new CodedError(cause.code, [...error.wording, more], cause);
  worded.message = error.message;
  return worded;
}
