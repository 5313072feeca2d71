// End-to-end helpers: a sandbox running build/Code.js, set up for a profile, with readers for what a
// person would look at (register tabs by header, mail sent, documents) and a form-filling helper.
import { Sandbox } from '../../sandbox/core/runtime';
import { findSpreadsheet, sheetByName } from '../../sandbox/services/spreadsheet/store';
import { isDateValue, type CellModel } from '../../sandbox/services/spreadsheet/model';
import { mailSlot } from '../../sandbox/services/mail';
import type { ExecutionResult } from '../../sandbox/core/runtime';
import { sampleAnswers } from '../fakes/answers';

// Consumer accounts first (issue #12): the organisation and its staff on gmail.com, as Esrar's own address is.
export const OWNER = 'esrar.org@gmail.com';
export const OFFICER = 'officer.noura@gmail.com';
export const MANAGER = 'manager.abdullah@gmail.com';
export const CHAIR = 'chair.khalid@gmail.com';
export const MEMBER = 'member.sara@gmail.com';

export const DEMO_STAFF = [
  { email: OFFICER, name: 'نورة العتيبي', role: 'officer' },
  { email: CHAIR, name: 'خالد الحربي', role: 'committee_member', committees: ['competent_committee'] },
  { email: MEMBER, name: 'سارة القحطاني', role: 'committee_member', committees: ['competent_committee'] },
  { email: MANAGER, name: 'عبدالله المطيري', role: 'manager' },
];

// The follow-up and investigation committees' members, for the complaint and compensation workflows (CM, CP).
export const FOLLOW = 'followup.muna@gmail.com';
export const INV_CHAIR = 'investigation.fahd@gmail.com';
export const INV_MEMBER = 'investigation.hind@gmail.com';

/** Staff for the policy workflows: an officer, the follow-up committee, the investigation committee, a manager. */
export const POLICY_STAFF = [
  { email: OFFICER, name: 'نورة العتيبي', role: 'officer' },
  { email: FOLLOW, name: 'منى الشهري', role: 'committee_member', committees: ['follow_up'] },
  { email: INV_CHAIR, name: 'فهد الدوسري', role: 'committee_member', committees: ['investigation_follow_up'] },
  { email: INV_MEMBER, name: 'هند السبيعي', role: 'committee_member', committees: ['investigation_follow_up'] },
  { email: MANAGER, name: 'عبدالله المطيري', role: 'manager' },
];

/** The Workspace-domain variant: owner and staff share the organisation's Google Workspace domain. */
export const WORKSPACE = {
  OWNER: 'admin@esrar.org.sa',
  OFFICER: 'officer@esrar.org.sa',
  MANAGER: 'manager@esrar.org.sa',
  CHAIR: 'chair@esrar.org.sa',
  MEMBER: 'member@esrar.org.sa',
} as const;
const WORKSPACE_STAFF = DEMO_STAFF.map((m) => ({ ...m, email: m.email.replace(/^([a-z]+)\.[a-z]+@gmail\.com$/, '$1@esrar.org.sa') }));

/** Fails the test with the execution's error, in a few readable lines. */
export function ok(result: ExecutionResult): unknown {
  if (result.error) {
    // The message first: the bundle is minified, so the stack's first lines are a slice of one long line.
    const stack = String(result.error.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 3).map((l) => l.slice(0, 200));
    throw new Error(`${result.fn} failed: ${result.error.message}\n${stack.join('\n')}`);
  }
  return result.result;
}

/** A register set up by its owner: on gmail.com accounts, or with `account: 'workspace'` in one Workspace
 *  domain (then the staff are the WORKSPACE addresses). */
export function newRegister(profile = 'esrar', start = '2026-11-22T06:00:00Z', account: 'consumer' | 'workspace' = 'consumer'): Sandbox {
  const domain = account === 'workspace';
  const sb = new Sandbox({ start, boundSpreadsheet: 'سجل المستفيدين', account, owner: domain ? WORKSPACE.OWNER : OWNER });
  ok(sb.execute('setup', [profile, { managerEmail: domain ? WORKSPACE.MANAGER : MANAGER, staff: domain ? WORKSPACE_STAFF : DEMO_STAFF }]));
  return sb;
}

function properties(sb: Sandbox): Record<string, string> {
  return ((sb.world.services.properties as { script?: Record<string, string> }) ?? {}).script ?? {};
}

export function publishedForm(sb: Sandbox, key = 'service_request'): { formId: string; url: string; items: Record<string, number> } {
  return JSON.parse(properties(sb).MUSTAFID_FORMS ?? '{}')[key];
}

/** A beneficiary fills in the form: answers by question key. */
export function submit(sb: Sandbox, answers: Record<string, unknown>, formKey = 'service_request') {
  const form = publishedForm(sb, formKey);
  const byId: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(answers)) {
    if (form.items[key] === undefined) throw new Error(`form ${formKey} has no question ${key}`);
    byId[String(form.items[key])] = value;
  }
  return sb.submitForm(form.formId, byId);
}

function cellValue(cell: CellModel | null | undefined): unknown {
  if (!cell || cell.v === null || cell.v === undefined) return '';
  return isDateValue(cell.v) ? new Date(cell.v.date) : cell.v;
}

/** A tab of the register as objects keyed by the Arabic header. */
export function rows(sb: Sandbox, sheetName: string): Array<Record<string, unknown>> {
  const model = findSpreadsheet(sb.world, sb.world.boundSpreadsheetId!)!;
  const sheet = sheetByName(model, sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const [header, ...body] = sheet.rows.map((r) => (r ?? []).map(cellValue));
  return body
    .filter((r) => r.some((v) => v !== ''))
    .map((r) => Object.fromEntries((header ?? []).map((h, i) => [String(h), r[i] ?? ''])));
}

/** The cell models of a tab's column (to check formulas, formats and notes). */
export function cells(sb: Sandbox, sheetName: string, header: string): Array<CellModel | null> {
  const model = findSpreadsheet(sb.world, sb.world.boundSpreadsheetId!)!;
  const sheet = sheetByName(model, sheetName)!;
  const col = (sheet.rows[0] ?? []).findIndex((c) => c?.v === header);
  return sheet.rows.slice(1).map((r) => (r ?? [])[col] ?? null);
}

export function mails(sb: Sandbox) {
  return mailSlot(sb.world).messages;
}

export const completeAnswers = (over: Record<string, unknown> = {}): Record<string, unknown> => ({ ...sampleAnswers(), ...over });

/** The Riyadh calendar day (UTC+3) of a date cell. */
export function riyadhDay(d: Date): string {
  return new Date(d.getTime() + 3 * 3600_000).toISOString().slice(0, 10);
}

/** The A1 address of a tab's cell by header and data row (1 = first row under the header). */
export function a1(sb: Sandbox, sheetName: string, header: string, dataRow: number): string {
  const model = findSpreadsheet(sb.world, sb.world.boundSpreadsheetId!)!;
  const sheet = sheetByName(model, sheetName)!;
  const col = (sheet.rows[0] ?? []).findIndex((c) => c?.v === header) + 1;
  if (col === 0) throw new Error(`no column ${header}`);
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${dataRow + 1}`;
}

/** A valid Saudi national ID (1…) or iqama (2…) made from a seed, by completing the check digit. */
export function nationalId(seed: number, first: '1' | '2' = '1'): string {
  const body = `${first}${String(seed).padStart(8, '0').slice(-8)}`;
  for (let d = 0; d <= 9; d++) {
    const id = body + d;
    let sum = 0;
    for (let i = 0; i < 10; i++) {
      let n = Number(id[i]);
      if (i % 2 === 0) {
        n *= 2;
        if (n > 9) n -= 9;
      }
      sum += n;
    }
    if (sum % 10 === 0) return id;
  }
  throw new Error('unreachable');
}
