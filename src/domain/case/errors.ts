// Coded refusals of the case decider, and their Arabic (or English) wording for entry code.
import type { Lang } from '../../i18n';
import {
  corruptHistoryParams, labelOf, noParams, refusalDescriber, refuse, refusalOf, type RefusalDescriber,
} from '../codedError';
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

/** Machine-readable detail of a refusal; entry code turns it into words with describeCaseError. */
export type CaseErrorCause =
  | { code: 'ILLEGAL_TRANSITION'; from: CaseStatus; command: CommandType }
  | { code: 'FIELD_REQUIRED'; field: CaseField }
  | { code: 'UNKNOWN_MISSING_ITEM'; items: string[] }
  | { code: 'CORRUPT_HISTORY'; from: CaseStatus; event: string }
  | { code: Exclude<CaseErrorCode, 'ILLEGAL_TRANSITION' | 'FIELD_REQUIRED' | 'UNKNOWN_MISSING_ITEM' | 'CORRUPT_HISTORY'> };

/** Fields whose absence a command refuses. */
export type CaseField = 'caseId' | 'channel' | 'serviceId' | 'unit' | 'committee' | 'officer';

export function caseError(cause: CaseErrorCause): Error {
  return refuse('Case command', cause);
}

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

const statusLabel = (status: CaseStatus, lang: Lang): string => labelOf('case.status', status, lang);

/** The user-facing sentence for a decider refusal (Arabic by default), or null if it is not one. */
export const describeCaseError: RefusalDescriber = refusalDescriber<CaseErrorCause>('case.error', CASE_ERROR_CODES, {
  ILLEGAL_TRANSITION: ({ from, command }, lang) => ({
    from: statusLabel(from, lang),
    // Commands with no fixed target are named by their own label instead of a status.
    to: command === 'ReturnFromReferral' || command === 'SupplyMissing'
      ? labelOf('case.command', command, lang)
      : statusLabel(TARGET[command], lang),
  }),
  FIELD_REQUIRED: (cause, lang) => ({ field: labelOf('case.field', cause.field, lang) }),
  UNKNOWN_MISSING_ITEM: (cause) => ({ items: cause.items.join('، ') }),
  CORRUPT_HISTORY: (cause, lang) => corruptHistoryParams('case', cause, lang),
  MISSING_ITEMS_REQUIRED: noParams,
  NOTHING_SUPPLIED: noParams,
  REASONS_REQUIRED: noParams,
  VERIFICATION_REQUIRED: noParams,
  DELIVERY_REQUIRES_ACCEPTANCE: noParams,
  WITHDRAWAL_REASON_REQUIRED: noParams,
  ACTOR_REQUIRED: noParams,
  INVALID_INSTANT: noParams,
});
