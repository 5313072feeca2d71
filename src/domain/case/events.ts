// What happened to a case, in the past tense: the register's history is a list of these.
import type { DecisionKind, VerificationMethod, VerificationOutcome } from './state';
import type { Stamp } from './commands';

type Event<T extends string, D> = { readonly type: T; readonly data: D & Stamp };

export type CaseReceived = Event<'CaseReceived', { caseId: string; channel: string; serviceId: string }>;
export type MarkedIncomplete = Event<'MarkedIncomplete', { missing: readonly string[] }>;
export type MissingItemsSupplied = Event<'MissingItemsSupplied', { supplied: readonly string[]; remaining: readonly string[] }>;
export type CaseCompleted = Event<'CaseCompleted', Record<never, never>>;
export type StudyStarted = Event<'StudyStarted', { unit: string }>;
export type VerificationRecorded = Event<'VerificationRecorded', {
  method: VerificationMethod;
  outcome: VerificationOutcome;
  notes: string;
}>;
export type ReferredToOfficer = Event<'ReferredToOfficer', { officer: string; reason: string }>;
export type ReturnedFromReferral = Event<'ReturnedFromReferral', Record<never, never>>;
export type CaseDecided = Event<'CaseDecided', {
  decision: DecisionKind;
  reasons: readonly string[];
  committee: string;
  minutesRef?: string;
}>;
export type BeneficiaryNotified = Event<'BeneficiaryNotified', { channel: string }>;
export type ServiceDelivered = Event<'ServiceDelivered', Record<never, never>>;
export type CaseClosed = Event<'CaseClosed', Record<never, never>>;
export type CaseWithdrawn = Event<'CaseWithdrawn', { reason: string }>;

export type CaseEvent =
  | CaseReceived
  | MarkedIncomplete
  | MissingItemsSupplied
  | CaseCompleted
  | StudyStarted
  | VerificationRecorded
  | ReferredToOfficer
  | ReturnedFromReferral
  | CaseDecided
  | BeneficiaryNotified
  | ServiceDelivered
  | CaseClosed
  | CaseWithdrawn;

export type CaseEventType = CaseEvent['type'];
