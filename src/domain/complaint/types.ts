// A complaint's states, commands and events (CM-1…3): received, with the follow-up committee, settled or not, answered.
import type { Stamp } from '../case/commands';

/** CM-1: the website's "contact us" link, email, the association's mobile number, text messages, fax, and the form. */
export const COMPLAINT_CHANNELS = ['website_link', 'email', 'mobile', 'sms', 'fax', 'form'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

export interface ComplaintFile {
  readonly complaintId: string;
  readonly channel: ComplaintChannel;
  /** The beneficiary's case the complaint is about, when they gave its number. */
  readonly caseId?: string;
  readonly summary: string;
  readonly receivedAt: string;
  readonly receivedBy: string;
}
export interface Assignment extends ComplaintFile {
  readonly committee: string;
  readonly assignedAt: string;
}
export interface Investigation extends Assignment {
  readonly investigationStartedAt: string;
}
export interface Resolution extends Investigation {
  /** CM-3: whether the dispute was settled amicably; an unsettled one may become a compensation claim. */
  readonly settled: boolean;
  readonly resolution: string;
  readonly resolvedAt: string;
}
export interface Answer extends Resolution {
  readonly notification: { readonly channel: string; readonly at: string };
}

export type ComplaintState =
  | { readonly status: 'initial' }
  | (ComplaintFile & { readonly status: 'received' })
  | (Assignment & { readonly status: 'assigned' })
  | (Investigation & { readonly status: 'under_investigation' })
  | (Resolution & { readonly status: 'settled' | 'not_settled' })
  | (Answer & { readonly status: 'complainant_notified' })
  | (Answer & { readonly status: 'closed'; readonly closedAt: string });

export type ComplaintStatus = ComplaintState['status'];
export const COMPLAINT_STATUSES: readonly ComplaintStatus[] = [
  'initial', 'received', 'assigned', 'under_investigation', 'settled', 'not_settled', 'complainant_notified', 'closed',
];
export const initialComplaint: ComplaintState = { status: 'initial' };

type Message<T extends string, D> = { readonly type: T; readonly data: D & Stamp };

export type ComplaintCommand =
  | Message<'ReceiveComplaint', { complaintId: string; channel: string; caseId?: string; summary: string }>
  | Message<'AssignToCommittee', { committee: string }>
  | Message<'StartInvestigation', Record<never, never>>
  | Message<'RecordResolution', { settled: boolean; resolution: string }>
  | Message<'NotifyComplainant', { channel: string }>
  | Message<'CloseComplaint', Record<never, never>>;
export type ComplaintCommandType = ComplaintCommand['type'];
export const COMPLAINT_COMMAND_TYPES: readonly ComplaintCommandType[] = [
  'ReceiveComplaint', 'AssignToCommittee', 'StartInvestigation', 'RecordResolution', 'NotifyComplainant', 'CloseComplaint',
];

export type ComplaintEvent =
  | Message<'ComplaintReceived', { complaintId: string; channel: ComplaintChannel; caseId?: string; summary: string }>
  | Message<'ComplaintAssigned', { committee: string }>
  | Message<'InvestigationStarted', Record<never, never>>
  | Message<'ResolutionRecorded', { settled: boolean; resolution: string }>
  | Message<'ComplainantNotified', { channel: string }>
  | Message<'ComplaintClosed', Record<never, never>>;
