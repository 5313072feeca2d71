// The staff dialogs' fields (src/ui/new*.html), one spec per page typed by its tab's columns and its server call's input:
// the server gives each page its spec's field names, and the page sends those.
import type { InputKind } from '../app/rowActions/inputs';
import type { ProgramInput } from '../app/programs/programAdmin';
import type { FieldActivityInput } from '../app/satisfaction/fieldActivities';
import type { ComplaintIntake } from '../app/complaints/complaints';
import type { DataRequestInput } from '../app/privacy/dataRequests';
import type { BreachInput } from '../app/privacy/breaches';
import { t, type LabelKey } from '../i18n';
import { columnHeaderKey, type ColumnOf, type TabKey } from '../ports';

/** The value coerceInputs gives an input of kind `K` (src/app/rowActions/inputs.ts). */
type ValueOfKind<K extends InputKind> = K extends 'number' ? number : K extends 'yesno' ? boolean : K extends 'checks' ? string[] : string;
/** The kinds of input that can fill a value of type `V`: a number from a number field, a yes/no from a yes/no
 *  field, a text (or date, or choice) from a text field. */
type KindsFor<V> = { [K in InputKind]: ValueOfKind<K> extends V ? K : never }[InputKind];

/** What labels a field: the column of tab `T` it fills (its header), or, for a value no column of the tab holds as
 *  typed (a national ID the tab keeps masked, a time of day, a column of another tab), a key of the catalog. */
type LabelledBy<T extends TabKey> = { readonly column: ColumnOf<T>; readonly label?: never } | { readonly label: LabelKey; readonly column?: never };

/** One field of a staff dialog: its kind, what labels it, and whether it may be left blank (only a field the use
 *  case's input leaves optional may be). */
type DialogField<T extends TabKey, V, Optional extends boolean> = {
  readonly kind: KindsFor<NonNullable<V>>;
} & LabelledBy<T> & (Optional extends true ? { readonly optional?: boolean } : { readonly optional?: false });

/** A dialog's fields, one per property of the use case's input `I`, in the order the page shows them: a field of a
 *  kind that cannot give its property's type, a column the tab lacks, a property left out, are compile errors. */
export type DialogSpec<T extends TabKey, I> = {
  readonly tab: T;
  readonly fields: { readonly [N in keyof I & string]-?: DialogField<T, I[N], Partial<Pick<I, N>> extends Pick<I, N> ? true : false> };
};

/** A field of any spec of tab `T`, as the server reads it. */
export type AnyField<T extends TabKey> = { kind: InputKind; column?: ColumnOf<T>; label?: LabelKey; optional?: boolean };

/** A field's Arabic label: its catalog key, else its column's header. */
export const fieldLabel = <T extends TabKey>(tab: T, f: AnyField<T>): string => t(f.label ?? columnHeaderKey(tab, f.column!));

export const PROGRAM: DialogSpec<'programs', ProgramInput> = {
  tab: 'programs',
  fields: {
    name: { kind: 'text', column: 'name' },
    ageMin: { kind: 'number', column: 'target_age_min' },
    ageMax: { kind: 'number', column: 'target_age_max' },
    fee: { kind: 'number', column: 'fee' },
    capacity: { kind: 'number', column: 'capacity' },
    startDate: { kind: 'date', column: 'start_date' },
    endDate: { kind: 'date', column: 'end_date' },
    needsInterview: { kind: 'yesno', column: 'needs_interview' },
    conditions: { kind: 'long', column: 'conditions', optional: true },
  },
};

export const ACTIVITY: DialogSpec<'field_activities', FieldActivityInput> = {
  tab: 'field_activities',
  fields: {
    kind: { kind: 'text', column: 'kind' },
    date: { kind: 'date', column: 'date' },
    place: { kind: 'text', column: 'place' },
    participants: { kind: 'number', column: 'participants' },
    findings: { kind: 'long', column: 'findings' },
  },
};

/** What the complaint dialog sends (and a scenario may, leaving fields out): a complaint as staff register it. */
export type ComplaintDialogInput = Partial<Omit<ComplaintIntake, 'responseId' | 'actor' | 'receivedAt'>>;

/** «تسجيل شكوى» (CM-1): the complainant, how it came and how to reply; mobile, case number and e-mail may be blank. */
export const COMPLAINT: DialogSpec<'complaints', ComplaintDialogInput> = {
  tab: 'complaints',
  fields: {
    channel: { kind: 'choice', column: 'channel' },
    complainant: { kind: 'text', column: 'complainant' },
    mobile: { kind: 'text', column: 'mobile', optional: true },
    caseNo: { kind: 'text', column: 'case_no', optional: true },
    email: { kind: 'text', column: 'email', optional: true },
    replyChannel: { kind: 'choice', column: 'reply_channel', optional: true },
    summary: { kind: 'long', column: 'summary' },
  },
};

/** «تسجيل طلب من صاحب بيانات» (issue 17): who asks, for what, and for a correction the new mobile and e-mail. */
export const DATA_REQUEST: DialogSpec<'data_requests', DataRequestInput> = {
  tab: 'data_requests',
  fields: {
    kind: { kind: 'choice', column: 'request_kind' },
    nationalId: { kind: 'text', label: 'dataRequest.dialog.nationalId' },
    requester: { kind: 'text', column: 'requester' },
    replyTo: { kind: 'text', column: 'reply_to' },
    details: { kind: 'long', column: 'details' },
    newMobile: { kind: 'text', label: 'dataRequest.dialog.newMobile', optional: true },
    newEmail: { kind: 'text', label: 'dataRequest.dialog.newEmail', optional: true },
  },
};

/** «تسجيل حادثة بيانات مشتبه بها» (issue 17): what happened, when it was discovered (the 72 hours' start), what and
 *  how many people it touched. */
export const BREACH: DialogSpec<'breaches', BreachInput> = {
  tab: 'breaches',
  fields: {
    whatHappened: { kind: 'long', column: 'what_happened' },
    discoveredDate: { kind: 'date', label: 'privacy.breach.dialog.discoveredDate' },
    discoveredTime: { kind: 'text', label: 'privacy.breach.dialog.discoveredTime' },
    dataAffected: { kind: 'long', column: 'data_affected' },
    peopleCount: { kind: 'number', column: 'people_count' },
  },
};

/** What the new case dialog sends: the service request form's answers (their keys the form's), the channel it came
 *  by, and the two ticks; only the channel and the name are required on the page (the intake lists what is missing). */
export type CaseDialogInput = {
  channel: string;
  full_name: string;
  national_id?: string;
  mobile?: string;
  email?: string;
  beneficiary_type?: string;
  service?: string;
  category?: string;
  domain?: string;
  details?: string;
  reply_channel?: string;
  attestation?: boolean;
  consent?: boolean;
};

/** «حالة جديدة من قناة أخرى»: the request as the form asks it; the beneficiary's own fields are labelled by the
 *  beneficiaries tab's headers (the cases tab holds their name under another column, and their ID masked). */
export const NEW_CASE: DialogSpec<'cases', CaseDialogInput> = {
  tab: 'cases',
  fields: {
    channel: { kind: 'choice', column: 'channel' },
    full_name: { kind: 'text', label: 'col.beneficiaries.full_name' },
    national_id: { kind: 'text', label: 'col.beneficiaries.national_id', optional: true },
    mobile: { kind: 'text', label: 'col.beneficiaries.mobile', optional: true },
    email: { kind: 'text', label: 'col.beneficiaries.email', optional: true },
    beneficiary_type: { kind: 'choice', column: 'beneficiary_type', optional: true },
    service: { kind: 'choice', column: 'service', optional: true },
    category: { kind: 'choice', column: 'category', optional: true },
    domain: { kind: 'choice', column: 'domain', optional: true },
    details: { kind: 'long', column: 'details', optional: true },
    reply_channel: { kind: 'choice', column: 'reply_channel', optional: true },
    attestation: { kind: 'yesno', label: 'intake.missing.attestation', optional: true },
    consent: { kind: 'yesno', label: 'intake.missing.consent', optional: true },
  },
};

/** Each dialog page (src/ui/<file>.html) and the spec whose fields it sends. */
export const DIALOG_PAGES = {
  newProgram: PROGRAM, newFieldActivity: ACTIVITY, newComplaint: COMPLAINT, newDataRequest: DATA_REQUEST, newBreach: BREACH, newCase: NEW_CASE,
} as const;

/** The field names a page is given (its form's data-fields), in its spec's order. */
export const dialogFields = (file: keyof typeof DIALOG_PAGES): string => Object.keys(DIALOG_PAGES[file].fields).join(' ');

/** Each field of the spec as the page sent it, as text ('' when not sent): for a server call that checks its input
 *  itself (its own words for each refusal) rather than through the dialog's coercion. */
export function sentTexts<T extends TabKey, I>(spec: DialogSpec<T, I>, values: unknown): Record<keyof I & string, string> {
  const given = (values && typeof values === 'object' ? values : {}) as Record<string, unknown>;
  return Object.fromEntries(Object.keys(spec.fields).map((name) => [name, String(given[name] ?? '')])) as Record<keyof I & string, string>;
}
