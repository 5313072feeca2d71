// The register's layout: every tab, its columns (by key; headers come from the catalog), formats,
// dropdowns and protection. Setup builds it; every adapter finds columns by these headers.
import type { LabelKey } from '../i18n';
import type { TabKey } from './tabKey';
import type { ListKey } from './codedLists';
import type { Profile } from '../profiles';
import { BUCKET_COUNT } from '../domain/intake/lookupIndex';

export interface ColumnSpec<K extends string = string> {
  key: K;
  /** Untrusted or identifier text: the column is formatted as plain text ('@'), so nothing typed or
   *  submitted becomes a number or a formula (phone numbers keep their '+', IDs their zeros). */
  text?: boolean;
  /** Dates shown as dates (yyyy-mm-dd hh:mm). */
  date?: boolean;
  /** Dropdown values come from this coded list (src/ports/codedLists.ts). */
  list?: ListKey;
  /** A system column holding an id the product reads: staff see its Arabic label (a coded list the table codes). */
  coded?: ListKey;
  /** Staff may not edit it (written only by the system); protected with a warning. */
  system?: boolean;
  hidden?: boolean;
  /** The row's truth (a lifecycle's state JSON), the other columns its projection: an update writes the run
   *  holding it last, so a write refused part-way leaves the truth as it was (the step did not happen, its letter
   *  was not sent, its audit line not written) and only the display ahead of it, which the next step on the row
   *  or the daily sweep writes again from the truth (src/app/register/rowRepair.ts, docs/scheduled-work.md). */
  truth?: boolean;
  width?: number;
  /** Personal data (PDPL): the category the column holds, listed in the record of processing
   *  (src/app/privacy/recordOfProcessing.ts). Staff addresses count: they identify people too. */
  personal?: PersonalCategory;
}

/** Categories of personal data, as the record of processing names them (catalog `privacy.category.*`). */
export const PERSONAL_CATEGORIES = ['name', 'identifier', 'contact', 'birth', 'circumstances', 'opinion', 'staff'] as const;
export type PersonalCategory = (typeof PERSONAL_CATEGORIES)[number];

export interface TabSpec<T extends TabKey = TabKey, K extends string = string> {
  key: T;
  columns: ReadonlyArray<ColumnSpec<K>>;
  /** A tab of a workflow the organisation's policy may not have; absent means every profile. */
  enabled?: (profile: Profile) => boolean;
  /** Rows are only ever added, never rewritten (the audit trail): they are appended server-side,
   *  without reading where the tab ends first. */
  appendOnly?: boolean;
  /** A tab only the product reads (the beneficiaries' lookup index): hidden, and the whole tab protected. */
  hiddenTab?: boolean;
  /** Rows laid out (header included) when more than setup's default: a tab of fixed size. */
  rows?: number;
}

/** A column; its key kept as a literal type, so each tab's column keys are a type (`ColumnOf`). */
const c = <K extends string>(key: K, opts: Omit<ColumnSpec, 'key'> = {}): ColumnSpec<K> => ({ key, ...opts });

const LAID_OUT = [
  {
    key: 'cases',
    columns: [
      c('case_no', { system: true, width: 130 }),
      c('status', { list: 'status', width: 120 }),
      c('received_at', { date: true, system: true }),
      c('channel', { list: 'channel' }),
      c('beneficiary_id', { personal: 'identifier', system: true, text: true }),
      c('beneficiary_name', { personal: 'name', text: true, width: 180 }),
      c('national_id_masked', { personal: 'identifier', system: true, text: true }),
      c('beneficiary_type', { text: true }),
      c('category', { text: true }),
      c('domain', { text: true }),
      c('service', { text: true, width: 160 }),
      c('conditions', { personal: 'circumstances', text: true, width: 220 }),
      c('details', { personal: 'circumstances', text: true, width: 260 }),
      c('reply_channel', { list: 'replyChannel' }),
      c('missing', { system: true, text: true, width: 220 }),
      c('completed_at', { date: true, system: true }),
      c('due_date', { date: true, system: true }),
      c('due_dual', { system: true, text: true, width: 220 }),
      c('officer', { text: true, width: 180 }),
      c('unit', { text: true }),
      c('verification', { personal: 'circumstances', system: true, text: true, width: 200 }),
      c('decision', { list: 'decision' }),
      c('reasons', { personal: 'circumstances', text: true, width: 220 }),
      c('committee', { text: true }),
      c('minutes_url', { system: true, text: true }),
      c('notified_at', { date: true, system: true }),
      c('delivered_at', { date: true, system: true }),
      c('closed_at', { date: true, system: true }),
      c('flags', { system: true, text: true, width: 200 }),
      c('updated_at', { date: true, system: true }),
      c('response_id', { system: true, text: true, hidden: true }),
      c('state', { system: true, text: true, hidden: true, truth: true }),
      c('schedule_marks', { system: true, text: true, hidden: true }),
    ],
  },
  {
    key: 'beneficiaries',
    columns: [
      c('beneficiary_id', { personal: 'identifier', system: true, text: true }),
      c('full_name', { personal: 'name', text: true, width: 180 }),
      c('national_id', { personal: 'identifier', text: true, width: 120 }),
      c('id_kind', { system: true, text: true }),
      c('mobile', { personal: 'contact', text: true, width: 130 }),
      c('email', { personal: 'contact', text: true, width: 180 }),
      c('beneficiary_type', { personal: 'circumstances', text: true }),
      c('category', { personal: 'circumstances', text: true }),
      c('domain', { text: true }),
      c('possible_duplicate_of', { system: true, text: true }),
      // Consent to channels (PDPL art. 25): what the person accepted and when, and when they opted out.
      c('channels_accepted', { personal: 'contact', system: true, text: true, width: 180 }),
      c('channels_consent_at', { date: true, system: true }),
      c('opted_out_at', { date: true, system: true }),
      c('created_at', { date: true, system: true }),
      c('updated_at', { date: true, system: true }),
      c('name_key', { personal: 'name', system: true, text: true, hidden: true }),
      // Issue 17: the service request's consent answer and the version of the privacy notice the person read.
      c('service_consent', { system: true, text: true }),
      c('notice_version', { system: true, text: true }),
    ],
  },
  {
    key: 'settings',
    columns: [c('key', { system: true, text: true, hidden: true }), c('label', { system: true, text: true, width: 260 }), c('value', { text: true, width: 320 })],
  },
  {
    key: 'holidays',
    columns: [c('name', { text: true, width: 200 }), c('from', { text: true }), c('to', { text: true }), c('source', { text: true, width: 320 })],
  },
  {
    key: 'staff',
    columns: [
      c('email', { personal: 'staff', text: true, width: 200 }),
      c('name', { personal: 'staff', text: true, width: 160 }),
      c('role', { list: 'role' }),
      c('categories', { text: true, width: 160 }),
      c('domains', { text: true, width: 160 }),
      c('committees', { text: true, width: 160 }),
      c('policy_ack', { list: 'ack' }),
      c('ack_date', { text: true }),
      // RS: the sign-off reminders sent to this person, and the day the manager was told they had not signed.
      c('signoff_reminders', { system: true, text: true, width: 180 }),
      c('signoff_escalated', { system: true, text: true }),
    ],
  },
  {
    key: 'audit',
    appendOnly: true,
    columns: [
      c('at', { date: true, system: true }),
      c('actor', { personal: 'staff', system: true, text: true, width: 180 }),
      c('action', { system: true, text: true, width: 160 }),
      c('case_no', { system: true, text: true }),
      c('details', { personal: 'circumstances', system: true, text: true, width: 360 }),
    ],
  },
  {
    key: 'outbox',
    columns: [
      c('message_id', { system: true, text: true }),
      c('created_at', { date: true, system: true }),
      c('case_no', { system: true, text: true }),
      c('channel', { system: true, text: true, coded: 'outboxChannel' }),
      c('recipient', { personal: 'contact', system: true, text: true, width: 180 }),
      c('subject', { system: true, text: true, width: 260 }),
      c('status', { list: 'outboxStatus' }),
      c('attempts', { system: true }),
      c('last_error', { system: true, text: true }),
      c('sent_at', { date: true, system: true }),
      c('next_attempt_at', { date: true, system: true }),
      // What the SMS or WhatsApp gateway called the message (its delivery reports name it so).
      c('gateway_id', { system: true, text: true }),
      c('body', { personal: 'circumstances', system: true, text: true, hidden: true }),
    ],
  },
  // Complaints (CM): one row per complaint, the lifecycle state in the hidden column.
  {
    key: 'complaints',
    enabled: (p) => p.features.complaints,
    columns: [
      c('complaint_no', { system: true, text: true, width: 130 }),
      c('status', { system: true, text: true, width: 150 }),
      c('received_at', { date: true, system: true }),
      c('channel', { system: true, text: true, width: 160 }),
      c('case_no', { text: true }),
      c('complainant', { personal: 'name', text: true, width: 160 }),
      c('mobile', { personal: 'contact', text: true, width: 130 }),
      c('email', { personal: 'contact', text: true, width: 180 }),
      c('reply_channel', { system: true, text: true }),
      c('summary', { personal: 'opinion', text: true, width: 300 }),
      c('committee', { system: true, text: true }),
      c('resolution', { system: true, text: true, width: 240 }),
      c('due_date', { date: true, system: true }),
      c('due_dual', { system: true, text: true, width: 220 }),
      c('notified_at', { date: true, system: true }),
      c('closed_at', { date: true, system: true }),
      c('claim_no', { system: true, text: true }),
      c('updated_at', { date: true, system: true }),
      c('response_id', { system: true, text: true, hidden: true }),
      c('state', { system: true, text: true, hidden: true, truth: true }),
      c('schedule_marks', { system: true, text: true, hidden: true }),
    ],
  },
  // Compensation claims (CP): the four conditions with their evidence, and what is still missing.
  {
    key: 'claims',
    enabled: (p) => p.features.compensation,
    columns: [
      c('claim_no', { system: true, text: true, width: 130 }),
      c('status', { system: true, text: true, width: 150 }),
      c('opened_at', { date: true, system: true }),
      c('complaint_no', { system: true, text: true }),
      c('case_no', { system: true, text: true }),
      c('description', { personal: 'circumstances', system: true, text: true, width: 260 }),
      c('fault', { system: true, text: true, width: 220 }),
      c('minutes_ref', { system: true, text: true }),
      c('minutes_url', { system: true, text: true }),
      c('approvals', { system: true, text: true, width: 220 }),
      c('ruling', { system: true, text: true, width: 220 }),
      c('settlement', { system: true, text: true, width: 220 }),
      c('amount', { system: true }),
      c('missing', { system: true, text: true, width: 300 }),
      c('decided_at', { date: true, system: true }),
      c('updated_at', { date: true, system: true }),
      c('state', { system: true, text: true, hidden: true, truth: true }),
    ],
  },
  // Programs and activities (PR): programs staff define, registrations from the form, daily attendance, evaluations.
  {
    key: 'programs',
    enabled: (p) => p.features.programs,
    columns: [
      c('program_id', { system: true, text: true }),
      c('name', { text: true, width: 200 }),
      c('target_age_min', {}),
      c('target_age_max', {}),
      c('fee', {}),
      c('capacity', {}),
      c('start_date', { text: true }),
      c('end_date', { text: true }),
      c('needs_interview', { text: true }),
      c('conditions', { text: true, width: 260 }),
      c('registration_url', { system: true, text: true, width: 200 }),
      c('announcement', { system: true, text: true, width: 320 }),
      c('report_url', { system: true, text: true }),
      c('created_by', { system: true, text: true }),
      c('created_at', { date: true, system: true }),
    ],
  },
  {
    key: 'registrations',
    enabled: (p) => p.features.programs,
    columns: [
      c('reg_no', { system: true, text: true }),
      c('program_id', { system: true, text: true }),
      c('program_name', { system: true, text: true, width: 180 }),
      c('status', { system: true, text: true, width: 150 }),
      c('refusal', { system: true, text: true, width: 300 }),
      c('full_name', { personal: 'name', text: true, width: 180 }),
      c('birth_date', { personal: 'birth', text: true }),
      c('age_at_start', { personal: 'birth', system: true }),
      c('national_id', { personal: 'identifier', text: true, width: 120 }),
      c('mobile', { personal: 'contact', text: true, width: 130 }),
      c('email', { personal: 'contact', text: true, width: 180 }),
      c('guardian_name', { personal: 'name', text: true, width: 160 }),
      c('guardian_mobile', { personal: 'contact', text: true, width: 130 }),
      c('payment_amount', { system: true }),
      c('receipt_no', { system: true, text: true }),
      c('interview_notes', { personal: 'circumstances', system: true, text: true, width: 220 }),
      c('evaluation_sent_at', { date: true, system: true }),
      c('registered_at', { date: true, system: true }),
      c('updated_at', { date: true, system: true }),
      c('response_id', { system: true, text: true, hidden: true }),
      c('state', { system: true, text: true, hidden: true, truth: true }),
    ],
  },
  {
    key: 'attendance',
    enabled: (p) => p.features.programs,
    columns: [
      c('program_id', { system: true, text: true }),
      c('date', { system: true, text: true }),
      c('reg_no', { system: true, text: true }),
      c('full_name', { personal: 'name', system: true, text: true, width: 180 }),
      c('present', { system: true, text: true }),
      c('recorded_by', { system: true, text: true }),
      c('recorded_at', { date: true, system: true }),
    ],
  },
  {
    key: 'evaluations',
    enabled: (p) => p.features.programs,
    columns: [
      c('submitted_at', { date: true, system: true }),
      c('reg_no', { system: true, text: true }),
      c('program_id', { system: true, text: true }),
      c('content', { system: true }),
      c('presenter', { system: true }),
      c('organisation', { system: true }),
      c('benefit', { system: true }),
      c('overall', { system: true }),
      c('comment', { personal: 'opinion', system: true, text: true, width: 300 }),
      c('response_id', { system: true, text: true, hidden: true }),
    ],
  },
  // Satisfaction (SAT-1): every survey sent (the one-per-case log) with the scores of its response; SAT-2…4 staff logs.
  {
    key: 'surveys',
    columns: [
      c('survey_ref', { system: true, text: true }),
      c('kind', { system: true, text: true }),
      c('case_no', { system: true, text: true }),
      c('beneficiary_id', { personal: 'identifier', system: true, text: true }),
      c('recipient', { personal: 'contact', system: true, text: true, width: 180 }),
      c('sent_on', { system: true, text: true }),
      c('sent_at', { date: true, system: true }),
      c('responded_at', { date: true, system: true }),
      c('ease', { system: true }),
      c('speed', { system: true }),
      c('courtesy', { system: true }),
      c('clarity', { system: true }),
      c('overall', { system: true }),
      c('comment', { personal: 'opinion', system: true, text: true, width: 300 }),
      c('response_id', { system: true, text: true, hidden: true }),
    ],
  },
  {
    key: 'field_activities',
    enabled: (p) => p.features.satisfaction,
    columns: [
      c('kind', { system: true, text: true, width: 160 }),
      c('date', { system: true, text: true }),
      c('place', { text: true, width: 180 }),
      c('participants', { system: true }),
      c('findings', { personal: 'circumstances', text: true, width: 320 }),
      c('recorded_by', { system: true, text: true }),
      c('recorded_at', { date: true, system: true }),
    ],
  },
  // Beneficiary data updates (IN-3): applied, unchanged, or waiting for staff to verify. In every profile: a
  // data subject's correction request (PDPL art. 4) goes through it even where the policy has no IN-3 form.
  {
    key: 'updates',
    columns: [
      c('received_at', { date: true, system: true }),
      c('outcome', { system: true, text: true, width: 140 }),
      c('beneficiary_id', { personal: 'identifier', system: true, text: true }),
      c('national_id_masked', { personal: 'identifier', system: true, text: true }),
      c('requested', { personal: 'circumstances', system: true, text: true, width: 300 }),
      c('changed', { system: true, text: true, width: 200 }),
      c('reason', { system: true, text: true, width: 300 }),
      c('response_id', { system: true, text: true, hidden: true }),
    ],
  },
  // Personal data (issue 17, PDPL): a suspected breach per row, with the 72-hour clock to notify the authority.
  {
    key: 'breaches',
    columns: [
      c('breach_no', { system: true, text: true, width: 120 }),
      c('recorded_at', { date: true, system: true }),
      c('recorded_by', { system: true, text: true, width: 180, personal: 'staff' }),
      c('discovered_at', { date: true, system: true }),
      c('what_happened', { system: true, text: true, width: 320 }),
      c('data_affected', { system: true, text: true, width: 240 }),
      c('people_count', { system: true }),
      c('notify_by', { date: true, system: true }),
      c('notify_by_dual', { system: true, text: true, width: 240 }),
      c('notice_url', { system: true, text: true, width: 200 }),
      c('notified_at', { date: true, system: true }),
      c('notified_by', { system: true, text: true, width: 180, personal: 'staff' }),
      c('reminder_marks', { system: true, text: true, hidden: true }),
    ],
  },
  // Personal data (issue 17, PDPL art. 4; Implementing Regulation art. 3): a data subject's request to see,
  // correct or destroy their data, answered within 30 days (once extended by 30 with notice to the person).
  {
    key: 'data_requests',
    columns: [
      c('request_no', { system: true, text: true, width: 130 }),
      c('status', { system: true, text: true, width: 140 }),
      c('request_kind', { system: true, text: true, width: 110 }),
      c('received_at', { date: true, system: true }),
      c('beneficiary_id', { personal: 'identifier', system: true, text: true }),
      c('requester', { personal: 'name', system: true, text: true, width: 180 }),
      c('national_id_masked', { personal: 'identifier', system: true, text: true }),
      c('reply_to', { personal: 'contact', system: true, text: true, width: 180 }),
      c('details', { personal: 'circumstances', system: true, text: true, width: 260 }),
      c('due_date', { date: true, system: true }),
      c('due_dual', { system: true, text: true, width: 220 }),
      c('extended_at', { date: true, system: true }),
      c('extension_reason', { system: true, text: true, width: 220 }),
      c('answered_at', { date: true, system: true }),
      c('outcome', { system: true, text: true, width: 300 }),
      c('document_url', { system: true, text: true, width: 200 }),
      c('recorded_by', { personal: 'staff', system: true, text: true, width: 180 }),
      c('officer', { personal: 'staff', system: true, text: true, width: 180 }),
      c('updated_at', { date: true, system: true }),
      c('schedule_marks', { system: true, text: true, hidden: true }),
    ],
  },
  // The beneficiaries' lookup index (issue 13, src/app/intake/beneficiaryIndex.ts): a row per bucket (bucket
  // 0 in row 2), each listing keyed-hash tags and row numbers, never a value; the high-water mark in row 2.
  {
    key: 'lookup',
    hiddenTab: true,
    rows: BUCKET_COUNT + 1,
    columns: [
      c('bucket', { system: true }),
      c('national_id', { system: true, text: true }),
      c('name_key', { system: true, text: true }),
      c('indexed_to', { system: true, text: true }),
    ],
  },
] as const satisfies readonly TabSpec[];

/** The spec of each tab as written above, its column keys literal. */
type TabEntry = (typeof LAID_OUT)[number];

/** The spec of some tab, its key and its column keys tied together (a tab's `columns` hold only its own keys). */
export type AnyTabSpec = { [T in TabKey]: TabSpec<T, ColumnOf<T>> }[TabKey];

/** Every tab of the register, in the order setup lays them. */
export const REGISTER_TABS: readonly AnyTabSpec[] = LAID_OUT;

/** The column keys of tab `T`: a table's reads, finds and writes accept only these (a misspelt column is a
 *  compile error). For a union of tabs, the keys of any of them. */
export type ColumnOf<T extends TabKey> = Extract<TabEntry, { key: T }>['columns'][number]['key'];

/** Every tab key has its spec here (a key with none would give a table no columns at all). */
type Missing = Exclude<TabKey, TabEntry['key']>;
const everyTabLaidOut: [Missing] extends [never] ? true : Missing = true;
void everyTabLaidOut;

export function tabSpec<T extends TabKey>(key: T): TabSpec<T, ColumnOf<T>> {
  const spec = REGISTER_TABS.find((t) => t.key === key);
  if (!spec) throw new Error(`unknown tab ${key}`, { cause: { code: 'UNKNOWN_TAB' } });
  // The entry found is the one `ColumnOf<T>` reads its keys from.
  return spec as TabSpec<T, ColumnOf<T>>;
}

/** The catalog key of a tab's title. */
export const tabTitleKey = (tab: TabKey) => `tab.${tab}` as const;

/** The catalog key of every column's header: `col.<tab>.<column>`, for each tab's own columns. */
type ColumnHeaderKey = { [T in TabKey]: `col.${T}.${ColumnOf<T>}` }[TabKey];
/** Every column of the schema has its header in the catalog: a column without one is a compile error naming it. */
type Unlabelled = Exclude<ColumnHeaderKey, LabelKey>;
const everyColumnLabelled: [Unlabelled] extends [never] ? true : Unlabelled = true;
void everyColumnLabelled;

/** The catalog key of a column's header: a column its tab lacks is a compile error (every column has a label, above). */
export function columnHeaderKey<T extends TabKey>(tab: T, column: ColumnOf<T>): LabelKey {
  // `col.${T}.${ColumnOf<T>}` is one of ColumnHeaderKey, each of which is a label key (checked above).
  return `col.${tab}.${column}` as ColumnHeaderKey;
}

/** The header key of a column named by data the compiler cannot see (a sheet adapter laying out whatever specs it is
 *  given): checked against the tab's schema at run time, so a column the tab lacks is an engineer's error at once. */
export function columnHeaderKeyOf(tab: TabKey, column: string): LabelKey {
  if (!tabSpec(tab).columns.some((c) => c.key === column)) throw new Error(`tab ${tab} has no column ${column}`, { cause: { code: 'UNKNOWN_COLUMN' } });
  return `col.${tab}.${column}` as ColumnHeaderKey;
}

/** The tabs an organisation's register has: the core ones and those of the workflows its policy has. */
export function tabsFor(profile: Profile): readonly AnyTabSpec[] {
  return REGISTER_TABS.filter((tab) => (tab.enabled ? tab.enabled(profile) : true));
}
