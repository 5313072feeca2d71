// Coded refusals of the case decider, each with the catalog key and parameters a person reads it by.
import { corruptHistoryParams, label, noParams, refusalOf, refusals, type CodedError } from '../codedError';
import type { CaseStatus } from './state';
import type { CommandType } from './commands';

export const CASE_ERROR_CODES = [
  'ILLEGAL_TRANSITION',
  'FIELD_REQUIRED',
  'MISSING_ITEMS_REQUIRED',
  'NOTHING_SUPPLIED',
  'UNKNOWN_MISSING_ITEM',
  'REASONS_REQUIRED',
  'VERIFICATION_REQUIRED',
  'DELIVERY_REQUIRES_ACCEPTANCE',
  'WITHDRAWAL_REASON_REQUIRED',
  'ACTOR_REQUIRED',
  'INVALID_INSTANT',
  'CORRUPT_HISTORY',
] as const;
export type CaseErrorCode = (typeof CASE_ERROR_CODES)[number];

/** Machine-readable detail of a refusal; the entry words it through the catalog (describeError). */
export type CaseErrorCause =
  | { code: 'ILLEGAL_TRANSITION'; from: CaseStatus; command: CommandType }
  | { code: 'FIELD_REQUIRED'; field: CaseField }
  | { code: 'UNKNOWN_MISSING_ITEM'; items: string[] }
  | { code: 'CORRUPT_HISTORY'; from: CaseStatus; event: string }
  | { code: Exclude<CaseErrorCode, 'ILLEGAL_TRANSITION' | 'FIELD_REQUIRED' | 'UNKNOWN_MISSING_ITEM' | 'CORRUPT_HISTORY'> };

/** Fields whose absence a command refuses. */
export type CaseField = 'caseId' | 'channel' | 'serviceId' | 'unit' | 'committee' | 'officer';


/** The cause of an error the decider raised, or null for any other error. */
export function caseErrorCause(error: unknown): CaseErrorCause | null {
  return refusalOf<CaseErrorCause>(error, CASE_ERROR_CODES);
}

/** The status a command leads to, so a refusal can say "from X to Y". */
const TARGET: Record<Exclude<CommandType, 'ReturnFromReferral' | 'SupplyMissing'>, CaseStatus> = {
  Receive: 'received',
  MarkIncomplete: 'incomplete',
  Complete: 'complete',
  StartStudy: 'under_study',
  RecordVerification: 'under_study',
  ReferToOfficer: 'referred',
  Decide: 'decided',
  NotifyBeneficiary: 'notified',
  DeliverService: 'delivered',
  Close: 'closed',
  Withdraw: 'withdrawn',
};

const statusLabel = (status: CaseStatus) => label(`case.status.${status}`);

/** A decider refusal, worded by `case.error.<code>`. */
export const caseError: (cause: CaseErrorCause) => CodedError = refusals<CaseErrorCause, 'case.error'>('Case command', 'case.error', {
  ILLEGAL_TRANSITION: ({ from, command }) => ({
    from: statusLabel(from),
    // Commands with no fixed target are named by their own label instead of a status.
    to: command === 'ReturnFromReferral' || command === 'SupplyMissing' ? label(`case.command.${command}`) : statusLabel(TARGET[command]),
  }),
  FIELD_REQUIRED: (cause) => ({ field: label(`case.field.${cause.field}`) }),
  UNKNOWN_MISSING_ITEM: (cause) => ({ items: { list: cause.items } }),
  CORRUPT_HISTORY: (cause) => corruptHistoryParams('case', cause),
  MISSING_ITEMS_REQUIRED: noParams,
  NOTHING_SUPPLIED: noParams,
  REASONS_REQUIRED: noParams,
  VERIFICATION_REQUIRED: noParams,
  DELIVERY_REQUIRES_ACCEPTANCE: noParams,
  WITHDRAWAL_REASON_REQUIRED: noParams,
  ACTOR_REQUIRED: noParams,
  INVALID_INSTANT: noParams,
});
