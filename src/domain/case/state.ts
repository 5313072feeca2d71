// The states a beneficiary's case can be in (policy clauses SR and EL), one shape per status.

/** How a claim was checked (EL: administrative review, personal interview, field visit). */
export type VerificationMethod = 'administrative_review' | 'personal_interview' | 'field_visit';
export type VerificationOutcome = 'confirmed' | 'not_confirmed' | 'needs_more';

export interface Verification {
  readonly method: VerificationMethod;
  readonly outcome: VerificationOutcome;
  readonly notes: string;
  readonly at: string;
  readonly actor: string;
}

export type DecisionKind = 'accepted' | 'rejected';

/** What is known about a case from the moment it is received; every later state keeps it. */
export interface CaseFile {
  readonly caseId: string;
  /** The channel the request came through (CH), e.g. 'google_forms' or 'interview'. */
  readonly channel: string;
  readonly serviceId: string;
  readonly receivedAt: string;
  readonly receivedBy: string;
}

export interface InitialCase { readonly status: 'initial' }
export interface ReceivedCase extends CaseFile { readonly status: 'received' }
export interface IncompleteCase extends CaseFile {
  readonly status: 'incomplete';
  /** Keys of the fields still missing: the list sent to the beneficiary. */
  readonly missing: readonly string[];
}
export interface CompleteCase extends CaseFile {
  readonly status: 'complete';
  /** The reply deadline counts from here (SR-5), not from receipt. */
  readonly completedAt: string;
}
export interface StudyFacts extends CaseFile {
  readonly completedAt: string;
  /** The competent unit or research committee the request was referred to (SR-5). */
  readonly unit: string;
  readonly verifications: readonly Verification[];
}
export interface UnderStudyCase extends StudyFacts { readonly status: 'under_study' }
export interface DecisionFacts extends StudyFacts {
  readonly decision: DecisionKind;
  readonly reasons: readonly string[];
  readonly committee: string;
  readonly decidedAt: string;
  readonly minutesRef?: string;
}
export interface DecidedCase extends DecisionFacts { readonly status: 'decided' }
export interface NotifiedFacts extends DecisionFacts {
  readonly notification: { readonly channel: string; readonly at: string };
}
export interface NotifiedCase extends NotifiedFacts { readonly status: 'notified' }
export interface DeliveredCase extends NotifiedFacts {
  readonly status: 'delivered';
  readonly deliveredAt: string;
}
export interface ClosedCase extends NotifiedFacts {
  readonly status: 'closed';
  /** Absent for a rejected case: it is closed without delivery. */
  readonly deliveredAt?: string;
  readonly closedAt: string;
}

/** States from which a beneficiary may be sent to the responsible officer (SR-3) and come back. */
export type ReferableCase = ReceivedCase | IncompleteCase | CompleteCase | UnderStudyCase;
export interface ReferredCase extends CaseFile {
  readonly status: 'referred';
  readonly referral: { readonly officer: string; readonly reason: string; readonly at: string; readonly by: string };
  /** Where the case returns when the officer is done. */
  readonly from: ReferableCase;
}

export interface WithdrawnCase extends CaseFile {
  readonly status: 'withdrawn';
  readonly withdrawal: { readonly reason: string; readonly at: string; readonly by: string };
  readonly withdrawnFrom: OpenStatus;
}

export type CaseState =
  | InitialCase
  | ReceivedCase
  | IncompleteCase
  | CompleteCase
  | UnderStudyCase
  | DecidedCase
  | NotifiedCase
  | DeliveredCase
  | ClosedCase
  | WithdrawnCase
  | ReferredCase;

export type CaseStatus = CaseState['status'];
/** Statuses a case may be withdrawn from: received and not yet finished. */
export type OpenStatus = 'received' | 'incomplete' | 'complete' | 'under_study' | 'referred' | 'decided' | 'notified';

export const CASE_STATUSES: readonly CaseStatus[] = [
  'initial', 'received', 'incomplete', 'complete', 'under_study', 'decided',
  'notified', 'delivered', 'closed', 'withdrawn', 'referred',
];

export const initialState: CaseState = { status: 'initial' };
