// A compensation claim (CP) and its four conditions, each recorded with its evidence.
import type { IsoDate } from '../time';
import type { Stamp } from '../case/commands';

/** CP-1…4 in the policy's order; a claim is granted only when all four are met. */
export const COMPENSATION_CONDITIONS = ['fault_proven', 'committee_minutes', 'final_ruling', 'negotiated_settlement'] as const;
export type CompensationCondition = (typeof COMPENSATION_CONDITIONS)[number];

/** CP-1: it is proven that the organisation caused the fault and the harm. */
export interface FaultFinding { readonly finding: string; readonly evidence: string; readonly at: string; readonly by: string }

export interface CommitteeMember { readonly name: string; readonly role: string }
export interface MemberApproval { readonly member: string; readonly at: string }

/** CP-2: dated minutes of the investigation and follow-up committee, approved by its members. */
export interface InvestigationMinutes {
  readonly minutesRef: string;
  readonly date: IsoDate;
  readonly committee: string;
  readonly members: readonly CommitteeMember[];
  readonly harm: string;
  readonly size: string;
  readonly causes: string;
  readonly approvals: readonly MemberApproval[];
}

/** CP-3: a court ruling, or a final ruling by the authority that settles disputes. */
export const RULING_KINDS = ['court', 'dispute_authority'] as const;
export type RulingKind = (typeof RULING_KINDS)[number];
export interface Ruling { readonly kind: RulingKind; readonly reference: string; readonly date: IsoDate; readonly evidence: string }

/** CP-4: the settlement negotiated with the harmed beneficiary. */
export interface Settlement { readonly terms: string; readonly amount: number; readonly agreedOn: IsoDate; readonly evidence: string }

export interface ClaimFile {
  readonly claimId: string;
  /** Claims usually come from a complaint that was not settled amicably. */
  readonly complaintId?: string;
  readonly caseId?: string;
  readonly description: string;
  readonly openedAt: string;
  readonly openedBy: string;
}

export interface Conditions {
  readonly fault?: FaultFinding;
  readonly minutes?: InvestigationMinutes;
  readonly ruling?: Ruling;
  readonly settlement?: Settlement;
}

export type ClaimState =
  | { readonly status: 'initial' }
  | (ClaimFile & Conditions & { readonly status: 'open' })
  | (ClaimFile & Required<Conditions> & { readonly status: 'granted'; readonly amount: number; readonly grantedAt: string; readonly grantedBy: string })
  | (ClaimFile & Conditions & { readonly status: 'refused'; readonly reason: string; readonly refusedAt: string });

export type ClaimStatus = ClaimState['status'];
export const CLAIM_STATUSES: readonly ClaimStatus[] = ['initial', 'open', 'granted', 'refused'];
export const initialClaim: ClaimState = { status: 'initial' };

type Message<T extends string, D> = { readonly type: T; readonly data: D & Stamp };

export type ClaimCommand =
  | Message<'OpenClaim', { claimId: string; complaintId?: string; caseId?: string; description: string }>
  | Message<'RecordFault', { finding: string; evidence: string }>
  | Message<'RecordMinutes', {
      minutesRef: string; date: string; committee: string; members: readonly CommitteeMember[]; harm: string; size: string; causes: string;
    }>
  | Message<'ApproveMinutes', { member: string }>
  | Message<'RecordRuling', { kind: RulingKind; reference: string; date: string; evidence: string }>
  | Message<'RecordSettlement', { terms: string; amount: number; agreedOn: string; evidence: string }>
  | Message<'GrantCompensation', Record<never, never>>
  | Message<'RefuseClaim', { reason: string }>;
export type ClaimCommandType = ClaimCommand['type'];
export const CLAIM_COMMAND_TYPES: readonly ClaimCommandType[] = [
  'OpenClaim', 'RecordFault', 'RecordMinutes', 'ApproveMinutes', 'RecordRuling', 'RecordSettlement', 'GrantCompensation', 'RefuseClaim',
];

export type ClaimEvent =
  | Message<'ClaimOpened', { claimId: string; complaintId?: string; caseId?: string; description: string }>
  | Message<'FaultRecorded', { finding: string; evidence: string }>
  | Message<'MinutesRecorded', Omit<InvestigationMinutes, 'approvals'>>
  | Message<'MinutesApproved', { member: string }>
  | Message<'RulingRecorded', Ruling>
  | Message<'SettlementRecorded', Settlement>
  | Message<'CompensationGranted', { amount: number }>
  | Message<'ClaimRefused', { reason: string }>;
