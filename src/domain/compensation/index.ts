// Compensation (CP) public surface: the claim decider, its four conditions, refusals and the minutes document.
export * from './types';
export { allowedClaimCommands, decideClaim, evolveClaim, replayClaim, claimDecider, missingConditions, unapprovedMembers } from './decider';
export {
  CLAIM_ERROR_CODES, claimError, claimErrorCause, conditionLabel, type ClaimErrorCode, type ClaimErrorCause,
} from './errors';
export { investigationMinutesDoc, policyApprovalSentence, type Organisation } from './minutes';
