// What staff (or a trigger) ask of a case; every command carries who asked and when.
import type { DecisionKind, VerificationMethod, VerificationOutcome } from './state';

/** Passed in by the caller: the domain never reads a clock or a session. */
export interface Stamp {
  readonly actor: string;
  /** ISO 8601 instant, e.g. '2025-03-02T09:15:00Z'. */
  readonly at: string;
}

type Command<T extends string, D> = { readonly type: T; readonly data: D & Stamp };

export type Receive = Command<'Receive', { caseId: string; channel: string; serviceId: string }>;
export type MarkIncomplete = Command<'MarkIncomplete', { missing: readonly string[] }>;
export type SupplyMissing = Command<'SupplyMissing', { supplied: readonly string[] }>;
export type Complete = Command<'Complete', Record<never, never>>;
export type StartStudy = Command<'StartStudy', { unit: string }>;
export type RecordVerification = Command<'RecordVerification', {
  method: VerificationMethod;
  outcome: VerificationOutcome;
  notes: string;
}>;
export type ReferToOfficer = Command<'ReferToOfficer', { officer: string; reason: string }>;
export type ReturnFromReferral = Command<'ReturnFromReferral', Record<never, never>>;
export type Decide = Command<'Decide', {
  decision: DecisionKind;
  reasons: readonly string[];
  committee: string;
  minutesRef?: string;
  /** From the organisation's profile (EL): refuse a decision with no conclusive verification. */
  verificationRequired: boolean;
}>;
export type NotifyBeneficiary = Command<'NotifyBeneficiary', { channel: string }>;
export type DeliverService = Command<'DeliverService', Record<never, never>>;
export type Close = Command<'Close', Record<never, never>>;
export type Withdraw = Command<'Withdraw', { reason: string }>;

export type CaseCommand =
  | Receive
  | MarkIncomplete
  | SupplyMissing
  | Complete
  | StartStudy
  | RecordVerification
  | ReferToOfficer
  | ReturnFromReferral
  | Decide
  | NotifyBeneficiary
  | DeliverService
  | Close
  | Withdraw;

export type CommandType = CaseCommand['type'];

export const COMMAND_TYPES: readonly CommandType[] = [
  'Receive', 'MarkIncomplete', 'SupplyMissing', 'Complete', 'StartStudy', 'RecordVerification',
  'ReferToOfficer', 'ReturnFromReferral', 'Decide', 'NotifyBeneficiary', 'DeliverService', 'Close', 'Withdraw',
];
