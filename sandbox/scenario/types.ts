// The scenario file format: a list of steps, each at a virtual time (see docs/sandbox.md).
import type { FaultRule } from '../core/faults';
import type { UiAnswer } from '../core/execution';

interface At {
  /** Virtual ISO time; the clock advances to it first, firing due time-driven triggers. */
  at?: string;
  /** Play the step only when the profile switches this feature on (e.g. "programs", "complaints"). */
  onlyIf?: string;
  /** The step shows a refusal: its own call must fail (with the product's Arabic message). */
  expectError?: boolean;
}

export interface SubmitFields {
  /** A form key from the MUSTAFID_FORMS script property. */
  form: string;
  /** Answers by question key. */
  answers: Record<string, unknown>;
  /** The respondent's email (recorded when the form collects emails). */
  as?: string;
  /** Answer every question the step leaves out with a stand-in (first choice, all checkboxes…). */
  fill?: boolean;
}

export type Step =
  | (At & { type: 'run'; fn: string; args?: unknown[]; as?: string })
  | (At & { type: 'submit' } & SubmitFields)
  | (At & { type: 'replayLastSubmission'; form: string; blank?: boolean })
  | (At & { type: 'edit'; sheet: string; a1: string; value: unknown; as?: string })
  | (At & { type: 'open'; as?: string })
  | (At & { type: 'advanceTo' })
  | (At & { type: 'fail' } & (FaultRule | { off: true; method?: string }))
  | (At & { type: 'concurrent'; submissions: SubmitFields[] })
  | (At & { type: 'answerUi'; answers: UiAnswer[] })
  | (At & { type: 'expect' } & Expectation)
  /** A round of staff work on the open cases (sandbox/scenario/work.ts): `chair` decides, `officer`
   *  takes the steps of cases with no contact officer. */
  | (At & { type: 'work'; chair: string; officer: string })
  /** The organisation's SMS and WhatsApp accounts opened (sandbox/scenario/gateways.ts): keys in the script
   *  properties, sender name and number id in the settings tab; `failRate` makes the gateways fail that share. */
  | (At & { type: 'gateways'; sender?: string; failRate?: number; notOnWhatsApp?: string[] })
  /** The owner deploys the status web app (Deploy › New deployment). */
  | (At & { type: 'deployWebApp' })
  /** A beneficiary looks their request up on the status page: the `caseIndex`-th case of the register (0 is
   *  the first) or `caseNo`, and the mobile's last four digits; the page is kept for the workspace. */
  | (At & { type: 'statusLook'; caseIndex?: number; caseNo?: string; code: string });

export interface Expectation {
  /** Rows below the header in a sheet of the bound spreadsheet. */
  rows?: { sheet: string; count: number };
  /** A cell's displayed text. */
  cell?: { sheet: string; a1: string; equals: string };
  mailsSent?: number;
  /** No execution so far ended in an error. */
  noErrors?: boolean;
  property?: { key: string; equals: string | null };
}

export interface Scenario {
  name?: string;
  /** Virtual start of a new world (ignored with --continue). */
  start?: string;
  account?: 'consumer' | 'workspace';
  owner?: string;
  /** Name of the spreadsheet the script is bound to (the register), for a new world. */
  boundSpreadsheet?: string;
  /** Profile id used for "${profile}" in run arguments; --profile overrides it. */
  profile?: string;
  steps: Step[];
}

/** The script property where the product publishes its forms' keys and item ids. */
export const FORMS_PROPERTY = 'MUSTAFID_FORMS';
export type PublishedForms = Record<string, { formId: string; items: Record<string, number> }>;
