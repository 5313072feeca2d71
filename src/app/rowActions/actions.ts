// The record on a selected row of the complaints, claims, registrations or programs tab: what the dialog shows of it,
// and the staff actions legal on it now (the domain's allowed commands on its stored state) that the caller's role allows.
import { columnHeaderKey, type CellsOf, type ColumnOf, type Register } from '../../ports';
import type { RegisterConfig, StaffMember } from '../config';
import type { Features } from '../../profiles';
import { mayTake, roleLabel } from '../access';
import { complaintStatusLabel } from '../complaints/complaints';
import { claimStatusLabel } from '../complaints/claims';
import { refusal } from '../complaints/errors';
import { isEnrolled, loadProgram, registrationStatusLabel } from '../programs/programRecords';
import { allowedComplaintCommands, type ComplaintState } from '../../domain/complaint';
import { allowedClaimCommands, RULING_KINDS, type ClaimState } from '../../domain/compensation';
import { allowedRegistrationCommands, type Program, type RegistrationState } from '../../domain/program';
import { maskEmail, maskNationalId, maskPhone } from '../../domain/text';
import type { InputKind, InputView } from './inputs';
import { t, type LabelKey } from '../../i18n';
import { failure } from '../../domain/codedError';

export type RecordTab = 'complaints' | 'claims' | 'registrations' | 'programs';

/** The catalog prefix of each record tab's action labels: an action's label is the prefix and its id unless given. */
const PREFIX = { complaints: 'policy.complaint.command.', claims: 'policy.compensation.command.', registrations: 'policy.program.command.', programs: '' } as const;

/** A record tab's number column, the feature it belongs to, its actions' label prefix and the columns the dialog shows. */
interface RecordTabSpec<T extends RecordTab> {
  readonly no: ColumnOf<T>;
  readonly feature: keyof Features;
  readonly prefix: (typeof PREFIX)[T];
  readonly shown: ReadonlyArray<ColumnOf<T>>;
}
const TABS: { readonly [T in RecordTab]: RecordTabSpec<T> } = {
  complaints: { no: 'complaint_no', feature: 'complaints', prefix: PREFIX.complaints, shown: ['channel', 'complainant', 'mobile', 'email', 'summary', 'committee', 'resolution', 'due_dual', 'claim_no'] },
  claims: { no: 'claim_no', feature: 'compensation', prefix: PREFIX.claims, shown: ['complaint_no', 'description', 'fault', 'minutes_ref', 'approvals', 'ruling', 'settlement', 'missing'] },
  registrations: { no: 'reg_no', feature: 'programs', prefix: PREFIX.registrations, shown: ['program_name', 'full_name', 'national_id', 'mobile', 'email', 'refusal', 'payment_amount', 'receipt_no', 'interview_notes'] },
  programs: { no: 'program_id', feature: 'programs', prefix: PREFIX.programs, shown: ['name', 'start_date', 'end_date', 'fee', 'capacity'] },
};
export const RECORD_TABS = Object.keys(TABS) as RecordTab[];

/** An input an action asks for: its kind, whether it may be left blank, and its label (the tab's column of that
 *  name unless given). */
interface InputSpec {
  readonly kind: InputKind;
  readonly optional?: boolean;
  readonly label?: LabelKey;
}
/** An action on a record of one tab: its label (the tab's prefix and its id unless given) and its inputs by name,
 *  in the order the dialog shows them. Who may take each is WORKFLOW_STEP_ROLES in ../access.ts. */
interface ActionDef {
  readonly tab: RecordTab;
  readonly label?: LabelKey;
  readonly inputs: Readonly<Record<string, InputSpec>>;
}

/** Each action as its tab and the catalog allow it: one whose id under its tab's prefix is no label must carry its
 *  own; an input named by a column of the tab may take that column's header as its label, any other must carry its
 *  own (a misspelt column name is a compile error at the input). */
type Labelled<D extends Record<string, ActionDef>> = {
  readonly [A in keyof D]: (`${(typeof PREFIX)[D[A]['tab']]}${A & string}` extends LabelKey ? unknown : { readonly label: LabelKey }) & {
    readonly inputs: { readonly [N in keyof D[A]['inputs']]: N extends ColumnOf<D[A]['tab']> ? InputSpec : { readonly label: LabelKey } };
  };
};
/** The row actions as written, checked by `Labelled`. */
export const defineRowActions = <const D extends Record<string, ActionDef>>(defs: D & Labelled<D>): D => defs;

const none = {} as const;
const date = { kind: 'date', label: 'mail.fact.date' } as const;
const evidence = { kind: 'text', label: 'ra.field.evidence' } as const;

/** Every action of the «إجراءات السجل المحدد» dialog; the staff call that runs each is src/entry/rowActions.ts. */
export const ROW_ACTIONS = defineRowActions({
  AssignToCommittee: { tab: 'complaints', inputs: { committee: { kind: 'choice' } } },
  StartInvestigation: { tab: 'complaints', inputs: none },
  RecordResolution: { tab: 'complaints', inputs: { settled: { kind: 'yesno', label: 'policy.complaint.status.settled' }, resolution: { kind: 'long' } } },
  NotifyComplainant: { tab: 'complaints', inputs: none },
  CloseComplaint: { tab: 'complaints', inputs: none },
  OpenClaim: { tab: 'complaints', label: 'policy.compensation.command.OpenClaim', inputs: { description: { kind: 'long', label: 'col.claims.description' } } },
  RecordFault: { tab: 'claims', inputs: { fault: { kind: 'long' }, evidence } },
  RecordMinutes: {
    tab: 'claims',
    inputs: {
      minutesRef: { kind: 'text', label: 'col.claims.minutes_ref' }, date,
      harm: { kind: 'long', label: 'policy.compensation.minutes.harm' },
      size: { kind: 'text', label: 'policy.compensation.minutes.size' },
      causes: { kind: 'long', label: 'policy.compensation.minutes.causes' },
    },
  },
  ApproveMinutes: { tab: 'claims', inputs: none },
  RecordRuling: { tab: 'claims', inputs: { ruling: { kind: 'choice' }, reference: { kind: 'text', label: 'ra.field.reference' }, date, evidence } },
  RecordSettlement: { tab: 'claims', inputs: { settlement: { kind: 'long' }, amount: { kind: 'number' }, date, evidence } },
  GrantCompensation: { tab: 'claims', inputs: none },
  RefuseClaim: { tab: 'claims', inputs: { reason: { kind: 'long', label: 'sidebar.field.reason' } } },
  InviteToInterview: { tab: 'registrations', inputs: none },
  RecordInterview: {
    tab: 'registrations',
    inputs: { accepted: { kind: 'yesno', label: 'policy.program.status.accepted' }, interview_notes: { kind: 'long', optional: true } },
  },
  CallToComplete: { tab: 'registrations', inputs: none },
  RecordPayment: { tab: 'registrations', inputs: { payment_amount: { kind: 'number' }, receipt_no: { kind: 'text' } } },
  Enroll: { tab: 'registrations', inputs: none },
  RecordAttendance: {
    tab: 'programs', label: 'audit.attendance_recorded',
    inputs: { date: { kind: 'date', label: 'policy.program.report.day' }, present: { kind: 'checks', label: 'policy.program.report.present' } },
  },
  Announcement: { tab: 'programs', label: 'col.programs.announcement', inputs: none },
  Report: { tab: 'programs', label: 'audit.program_report', inputs: none },
});

export type RowActionId = keyof typeof ROW_ACTIONS;

/** The value an input of a kind gives, once coerced (./inputs.ts). */
type ValueOf<K extends InputKind> = K extends 'number' ? number : K extends 'yesno' ? boolean : K extends 'checks' ? string[] : string;
/** The values one action's staff call receives, by input name. */
export type RowActionValues<A extends RowActionId> = {
  -readonly [N in keyof (typeof ROW_ACTIONS)[A]['inputs']]: (typeof ROW_ACTIONS)[A]['inputs'][N] extends { kind: infer K extends InputKind } ? ValueOf<K> : never;
};

export interface ActionSpec {
  id: RowActionId;
  tab: RecordTab;
  label: LabelKey;
  inputs: Array<{ name: string; kind: InputKind; optional: boolean; label: LabelKey }>;
}

export const ACTIONS: ActionSpec[] = (Object.entries(ROW_ACTIONS) as Array<[RowActionId, ActionDef]>).map(([id, def]) => ({
  // An action without a label has one under its tab's prefix, and an input without one is named by a column of its
  // tab (both checked by `Labelled`, at compile time).
  id, tab: def.tab, label: def.label ?? (`${TABS[def.tab].prefix}${id}` as LabelKey),
  inputs: Object.entries(def.inputs).map(([name, input]) => ({
    name, kind: input.kind, optional: input.optional === true, label: input.label ?? columnHeaderKey(def.tab, name as ColumnOf<RecordTab>),
  })),
}));

/** Personal columns, masked for everyone but managers and admins (PDPL need-to-know). */
const PERSONAL: Record<string, (v: string) => string> = { mobile: maskPhone, email: maskEmail, national_id: maskNationalId };

export interface ActionView {
  id: RowActionId;
  label: string;
  inputs: InputView[];
}

export interface RecordView {
  tab: RecordTab;
  tabTitle: string;
  no: string;
  status: string;
  fields: Array<{ label: string; value: string }>;
  /** True when personal columns were masked for the caller's role. */
  masked: boolean;
  actions: ActionView[];
}

export interface RowActionDeps {
  register: Register;
  config: RegisterConfig;
}

/** A record and its tab; its row holds that tab's columns (typed as any record tab's: a misspelt column is an error). */
export interface LoadedRecord {
  tab: RecordTab;
  row: CellsOf<RecordTab>;
}

const title = (tab: RecordTab) => t(`tab.${tab}`);
const stateOf = <S>(row: CellsOf<RecordTab>): S => (row.state ? JSON.parse(String(row.state)) : { status: 'initial' }) as S;
const isOn = (config: RegisterConfig, tab: RecordTab) => config.profile.features[TABS[tab].feature];
const noRecord = (tab: RecordTab) => failure('NO_RECORD', 'ra.error.row', { tab: title(tab) });

/** The tab whose title the selected sheet has, among those the profile switches on; a clear refusal otherwise. */
export function recordTabOf(config: RegisterConfig, sheetName: string): RecordTab {
  const on = RECORD_TABS.filter((tab) => isOn(config, tab));
  const tab = RECORD_TABS.find((k) => title(k) === sheetName);
  if (on.length === 0 || (tab && !on.includes(tab))) throw refusal('FEATURE_OFF');
  if (!tab) throw failure('WRONG_TAB', 'ra.error.tab', { tabs: on.map(title).join('، ') });
  return tab;
}

/** The record on a sheet row of `tab`; the header or a row without a number is refused. */
export function recordAt(deps: RowActionDeps, tab: RecordTab, rowNumber: number): LoadedRecord {
  const row: CellsOf<RecordTab> = rowNumber >= 2 ? deps.register.table(tab).readRow(rowNumber) : {};
  if (!String(row[TABS[tab].no] ?? '').trim()) throw noRecord(tab);
  return { tab, row };
}

/** The record of `tab` with number `no` (the dialog refreshes by number, whatever is selected by then). */
export function findRecord(deps: RowActionDeps, tab: string, no: string): LoadedRecord {
  const known = RECORD_TABS.find((k) => k === tab);
  if (!known) throw failure('UNKNOWN_STEP', 'sidebar.error.UNKNOWN_STEP');
  if (!isOn(deps.config, known)) throw refusal('FEATURE_OFF');
  const key = String(no ?? '').trim();
  const hit = key ? deps.register.table(known).findBy(TABS[known].no, key) : null;
  if (!hit) throw noRecord(known);
  return { tab: known, row: hit.row };
}

/** The record's status and its legal next actions, from the stored state (and the program, for a registration). */
function legalNow(deps: RowActionDeps, { tab, row }: LoadedRecord): { status: string; ids: string[]; program?: Program } {
  switch (tab) {
    case 'complaints': {
      const s = stateOf<ComplaintState>(row);
      // An unsettled complaint is where a compensation claim starts (CP), once.
      const claimable = deps.config.profile.features.compensation && 'settled' in s && !s.settled && !row.claim_no;
      return { status: complaintStatusLabel(s.status), ids: [...allowedComplaintCommands(s), ...(claimable ? ['OpenClaim'] : [])] };
    }
    case 'claims': {
      const s = stateOf<ClaimState>(row);
      return { status: claimStatusLabel(s.status), ids: allowedClaimCommands(s) };
    }
    case 'registrations': {
      const s = stateOf<RegistrationState>(row);
      // A refused registration never entered the program: nothing to do on it.
      if (s.status === 'initial') return { status: registrationStatusLabel(row.refusal ? 'refused' : 'initial'), ids: [] };
      const { program } = loadProgram(deps.register, String(row.program_id));
      return { status: registrationStatusLabel(s.status), ids: allowedRegistrationCommands(s, program), program };
    }
    case 'programs':
      return { status: '', ids: ['RecordAttendance', 'Announcement', 'Report'] };
    default: {
      const _exhaustive: never = tab;
      return _exhaustive;
    }
  }
}

/** The choices of a choice or check-list input, or a default value where the record gives one. */
function choices(deps: RowActionDeps, row: CellsOf<RecordTab>, name: string, program?: Program): Pick<InputView, 'options' | 'value'> {
  switch (name) {
    case 'committee':
      // The follow-up committee first: complaints go to it (CM-1).
      return { options: [...deps.config.profile.committees].sort((a, b) => +(b.purpose === 'follow_up') - +(a.purpose === 'follow_up')).map((c) => ({ value: c.id, label: c.nameAr })) };
    case 'ruling':
      return { options: RULING_KINDS.map((k) => ({ value: k, label: t(`cp.ruling.${k}`) })) };
    case 'present':
      return {
        options: deps.register.table('registrations').findAllBy('program_id', String(row.program_id))
          .filter((r) => isEnrolled(r.row)).map(({ row: r }) => ({ value: String(r.reg_no), label: `${String(r.reg_no)} — ${String(r.full_name)}` })),
      };
    default:
      return name === 'payment_amount' && program ? { value: String(program.fee) } : {};
  }
}

/** What the dialog shows: the number, status, a few columns (personal ones masked for the role) and the actions. */
export function recordView(deps: RowActionDeps, member: StaffMember, loaded: LoadedRecord): RecordView {
  const { tab, row } = loaded;
  const full = member.role === 'manager' || member.role === 'admin';
  const hide = (key: string) => !full && key in PERSONAL;
  const fields = TABS[tab].shown
    .filter((key) => String(row[key] ?? '') !== '')
    .map((key) => ({ label: t(columnHeaderKey(tab, key)), value: hide(key) ? PERSONAL[key](String(row[key])) : String(row[key]) }));
  const now = legalNow(deps, loaded);
  const actions = ACTIONS
    .filter((a) => a.tab === tab && now.ids.includes(a.id) && mayTake(member, a.id))
    .map((a) => ({ id: a.id, label: t(a.label), inputs: a.inputs.map((i) => ({ ...i, label: t(i.label), ...choices(deps, row, i.name, now.program) })) }))
    // Attendance is for a program with someone enrolled in it.
    .filter((a) => a.inputs.every((i) => i.kind !== 'checks' || i.options?.length));
  return { tab, tabTitle: title(tab), no: String(row[TABS[tab].no]), status: now.status, fields, masked: TABS[tab].shown.some((k) => hide(k) && row[k]), actions };
}

/** The action as offered on this record now; otherwise why not: unknown, not for this role, or not legal now. */
export function requireAction(member: StaffMember, view: RecordView, id: string): ActionView {
  const offered = view.actions.find((a) => a.id === id);
  const spec = ACTIONS.find((a) => a.id === id && a.tab === view.tab);
  if (offered) return offered;
  if (!spec) throw failure('UNKNOWN_STEP', 'sidebar.error.UNKNOWN_STEP');
  if (!mayTake(member, spec.id)) throw failure('FORBIDDEN', 'sidebar.error.FORBIDDEN', { role: roleLabel(member.role) });
  throw failure('NOT_NOW', 'ra.error.notNow', { command: t(spec.label), status: view.status || view.no });
}
