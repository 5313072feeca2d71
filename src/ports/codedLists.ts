// Every coded list of the register in one place: the ids the product works with and the catalog key of each
// id's label (cells and dropdowns show Arabic labels). Setup builds the dropdowns from here; the table adapter
// and the use cases turn ids into labels and back through here (src/app/register/lists.ts).
import { knownLabel, type LabelKey } from '../i18n';
import type { Profile } from '../profiles';
import { CASE_STATUSES, type CaseStatus } from '../domain/case';
import { intakeChannels, replyChannels } from '../domain/intake/channels';
import { COMPLAINT_CHANNELS, type ComplaintChannel } from '../domain/complaint';
import { CHANNEL_IDS } from '../profiles/schema';
import { DELIVERY_CHANNELS } from './notification';

export const STAFF_ROLES = ['officer', 'committee_member', 'manager', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const DECISIONS = ['accepted', 'rejected'] as const;
export type Decision = (typeof DECISIONS)[number];

/** The staff tab's sign-off column (RS): signed or not. */
export const ACKS = ['yes', 'no'] as const;
export type Ack = (typeof ACKS)[number];

/** `withheld`: the beneficiary opted out (PDPL art. 25); the row records that nothing was sent. */
export const OUTBOX_STATUSES = ['queued', 'sent', 'failed', 'task', 'done', 'withheld'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** A coded list: its ids (some depend on the organisation's channels), each id's label key, and whether the
 *  table adapter codes it (writes the label, reads the id back) or the use cases write labels themselves. */
export interface CodedList<Id extends string = string> {
  /** The ids, or how the organisation's profile gives them (its channels). */
  ids: readonly Id[] | ((profile: Profile) => readonly Id[]);
  labelKey(id: Id): LabelKey;
  codedByTable: boolean;
}

/** A channel's label key; the ids are the profile's own, so the key is checked by the catalog test. */
export const channelKey = (id: string): LabelKey => knownLabel(`channel.${id}`);

export const CODED_LISTS = {
  status: {
    ids: CASE_STATUSES.filter((s) => s !== 'initial'),
    labelKey: (id: CaseStatus) => `case.status.${id}` as const,
    codedByTable: false,
  } satisfies CodedList<CaseStatus>,
  decision: { ids: DECISIONS, labelKey: (id: Decision) => `case.decision.${id}` as const, codedByTable: false } satisfies CodedList<Decision>,
  role: { ids: STAFF_ROLES, labelKey: (id: StaffRole) => `list.role.${id}` as const, codedByTable: false } satisfies CodedList<StaffRole>,
  ack: { ids: ACKS, labelKey: (id: Ack) => `list.ack.${id}` as const, codedByTable: false } satisfies CodedList<Ack>,
  /** Staff see «في الانتظار» while code sees 'queued'. */
  outboxStatus: {
    ids: OUTBOX_STATUSES, labelKey: (id: OutboxStatus) => `list.outbox.${id}` as const, codedByTable: true,
  } satisfies CodedList<OutboxStatus>,
  channel: { ids: intakeChannels, labelKey: channelKey, codedByTable: false } satisfies CodedList,
  replyChannel: { ids: replyChannels, labelKey: channelKey, codedByTable: false } satisfies CodedList,
  /** The outbox's channel column (a system column): staff read «البريد الإلكتروني», the sender reads 'email'. */
  outboxChannel: { ids: [...new Set<string>([...CHANNEL_IDS, ...DELIVERY_CHANNELS])], labelKey: channelKey, codedByTable: true } satisfies CodedList,
  /** How a complaint came in (CM-1), written as its label in the complaints tab. */
  complaintChannel: {
    ids: COMPLAINT_CHANNELS, labelKey: (id: ComplaintChannel) => `policy.complaint.channel.${id}` as const, codedByTable: false,
  } satisfies CodedList<ComplaintChannel>,
} as const;

export type ListKey = keyof typeof CODED_LISTS;
/** The ids of one list. */
export type ListId<K extends ListKey> = Parameters<(typeof CODED_LISTS)[K]['labelKey']>[0];

/** A list seen without its id type, for code that walks every list (setup's dropdowns, the table adapter). */
export const codedList = (key: ListKey): CodedList => CODED_LISTS[key] as unknown as CodedList;

/** A list's ids: fixed ones as they are, the organisation's own from its profile (null without one). */
export function listIds(list: CodedList, profile?: Profile): readonly string[] | null {
  if (typeof list.ids !== 'function') return list.ids;
  return profile ? list.ids(profile) : null;
}
