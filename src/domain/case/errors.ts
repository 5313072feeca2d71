// Coded refusals of the case decider, and their Arabic (or English) wording for entry code.
import { t, type Lang, type MessageKey } from '../../i18n';
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
  return new Error(`Case command refused: ${JSON.stringify(cause)}`, { cause });
}

/** The cause of an error the decider raised, or null for any other error. */
export function caseErrorCause(error: unknown): CaseErrorCause | null {
  if (!(error instanceof Error)) return null;
  const cause = error.cause as { code?: unknown } | undefined;
  if (!cause || typeof cause.code !== 'string') return null;
  return (CASE_ERROR_CODES as readonly string[]).includes(cause.code) ? (cause as CaseErrorCause) : null;
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

/** The user-facing sentence for a decider refusal (Arabic by default), or null if it is not one. */
export function describeCaseError(error: unknown, lang: Lang = 'ar'): string | null {
  const cause = caseErrorCause(error);
  if (!cause) return null;
  const key = `case.error.${cause.code}` as MessageKey;
  switch (cause.code) {
    case 'ILLEGAL_TRANSITION': {
      const from = t(`case.status.${cause.from}` as MessageKey, {}, lang);
      const command = cause.command;
      // Commands with no fixed target are named by their own label instead of a status.
      const to = command === 'ReturnFromReferral' || command === 'SupplyMissing'
        ? t(`case.command.${command}` as MessageKey, {}, lang)
        : t(`case.status.${TARGET[command]}` as MessageKey, {}, lang);
      return t(key, { from, to }, lang);
    }
    case 'FIELD_REQUIRED':
      return t(key, { field: t(`case.field.${cause.field}` as MessageKey, {}, lang) }, lang);
    case 'UNKNOWN_MISSING_ITEM':
      return t(key, { items: cause.items.join('، ') }, lang);
    case 'CORRUPT_HISTORY':
      return t(key, { from: t(`case.status.${cause.from}` as MessageKey, {}, lang), event: cause.event }, lang);
    case 'MISSING_ITEMS_REQUIRED':
    case 'NOTHING_SUPPLIED':
    case 'REASONS_REQUIRED':
    case 'VERIFICATION_REQUIRED':
    case 'DELIVERY_REQUIRES_ACCEPTANCE':
    case 'WITHDRAWAL_REASON_REQUIRED':
    case 'ACTOR_REQUIRED':
    case 'INVALID_INSTANT':
      return t(key, {}, lang);
    default: {
      const _exhaustive: never = cause;
      return _exhaustive;
    }
  }
}
