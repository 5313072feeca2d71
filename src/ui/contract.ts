// The typed contract between the sidebar client and its server functions: both sides are checked against it,
// so renaming a function or changing an argument fails the build on whichever side was not updated.
import type { sidebar as sidebarMessages } from '../i18n/ar/sidebar';

/** The sidebar's own messages, sent with the page (the client has no catalog of its own). */
export type SidebarText = Record<keyof typeof sidebarMessages, string>;

/** Staff steps the sidebar offers, by the server function each one stands for. */
export type StepId =
  | 'startStudy'
  | 'recordVerification'
  | 'referToOfficer'
  | 'returnFromReferral'
  | 'recordDecision'
  | 'deliverService'
  | 'closeCase'
  | 'withdrawCase';

export interface FieldView {
  name: string;
  label: string;
  kind: 'text' | 'textarea' | 'select';
  required: boolean;
  value?: string;
  options?: Array<{ value: string; label: string }>;
}

export interface StepView {
  id: StepId;
  label: string;
  /** Empty for a step that needs no input: the button runs it at once. */
  fields: FieldView[];
}

export type Urgency = 'overdue' | 'today' | 'soon' | 'ok' | 'none';

export interface DeadlineView {
  /** Hijri and Gregorian, e.g. "١٦ جمادى الآخرة ١٤٤٨ هـ الموافق ٢٦ نوفمبر ٢٠٢٦ م". */
  dueDual: string;
  remainingWorkingDays: number;
  label: string;
  urgency: Urgency;
}

export interface TimelineEntry {
  /** ISO instant (google.script.run turns a Date into null). */
  at: string;
  atLabel: string;
  actor: string;
  action: string;
  details: string;
}

export interface BeneficiaryView {
  name: string;
  nationalId: string;
  mobile: string;
  email: string;
  /** True when the identifiers were masked for the viewer's role. */
  masked: boolean;
}

export interface Viewer {
  email: string;
  name: string;
  roleLabel: string;
}

export interface CasePanel {
  caseNo: string;
  /** The number as staff read it, in the organisation's digits (caseNo stays the key the server finds it by). */
  caseNoLabel?: string;
  statusLabel: string;
  service: string;
  officer: string;
  beneficiary: BeneficiaryView;
  deadline: DeadlineView | null;
  timeline: TimelineEntry[];
  steps: StepView[];
  /** Set when the case was found in a yearly archive: the note saying so (the panel is read only). */
  archivedNote?: string;
}

export interface WorkItem {
  caseNo: string;
  /** As staff read it, in the organisation's digits. */
  caseNoLabel?: string;
  name: string;
  statusLabel: string;
  deadlineLabel: string;
  urgency: Urgency;
}

export interface MyWork {
  overdue: WorkItem[];
  dueToday: WorkItem[];
  open: WorkItem[];
}

export interface SearchHit {
  caseNo: string;
  /** As staff read it, in the organisation's digits. */
  caseNoLabel?: string;
  name: string;
  mobile: string;
  statusLabel: string;
  /** Found in a yearly archive rather than the register. */
  archived?: boolean;
}

/** Field values of a step form, by field name. */
export type StepInput = Record<string, string>;

export interface StepDone {
  panel: CasePanel;
  message: string;
}

/** A refusal the person should read (role, policy, validation): Arabic text and a code for tests and logs. */
export interface Refusal {
  ok: false;
  code: string;
  message: string;
}
export type Reply<T> = { ok: true; value: T } | Refusal;

/** Every server function the sidebar calls, with its arguments and what it answers. */
export interface SidebarApi {
  /** The case on the active row of the cases tab, or the one named; `null` value when neither. */
  sidebarCase(caseNo: string | null): Reply<{ viewer: Viewer; panel: CasePanel | null }>;
  sidebarMyWork(): Reply<{ viewer: Viewer; work: MyWork }>;
  sidebarSearch(query: string): Reply<SearchHit[]>;
  sidebarStep(caseNo: string, step: StepId, input: StepInput): Reply<StepDone>;
}

export type SidebarFunction = keyof SidebarApi;

/** Exhaustive by construction: adding a function to SidebarApi without listing it here fails `tsc`. */
const FUNCTIONS: Record<SidebarFunction, true> = { sidebarCase: true, sidebarMyWork: true, sidebarSearch: true, sidebarStep: true };
export const SIDEBAR_FUNCTIONS = Object.keys(FUNCTIONS) as SidebarFunction[];

/** The view the sidebar opens on (set by the menu item, printed into the page with `<?= ?>`). */
export type InitialView = 'case' | 'myWork';
