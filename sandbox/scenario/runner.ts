// Plays a scenario's steps on a Sandbox: advance the clock, then run, submit, edit, replay, fail,
// or check; every execution and every failure is recorded for the summary.
import { playWork } from './work';
import type { ExecutionResult, Sandbox } from '../core/runtime';
import { cellAt, lastRowWithContent } from '../services/spreadsheet/model';
import { findSpreadsheet, sheetByName } from '../services/spreadsheet/store';
import { displayOf } from '../services/spreadsheet/values';
import { parseA1 } from '../services/spreadsheet/a1';
import { propertiesSlot } from '../services/properties';
import { mailSlot } from '../services/mail';
import { formSlot, type Answer, type ItemModel } from '../services/form/model';
import { PROFILES } from '../../src/profiles';
import { openGateways } from './gateways';
import { t } from '../../src/i18n';
import { tabRows } from './year';
import { headerLabel } from '../../src/adapters/sheets/sheetTable';
import { channelLabel } from '../../src/domain/intake/channels';
import { FORMS_PROPERTY, type Expectation, type PublishedForms, type Scenario, type Step, type SubmitFields } from './types';

export interface StepOutcome {
  index: number;
  type: Step['type'];
  at: string;
  executions: Array<{ fn: string; cause: string; error: string | null; elapsedMs: number }>;
  error: string | null;
}

export interface ScenarioReport {
  steps: StepOutcome[];
  /** Human-readable lines: failed executions, failed steps and unmet expectations. */
  failures: string[];
  triggersFired: number;
}

function fail(message: string, code: string): Error {
  return new Error(message, { cause: { code } });
}

/** Replaces "${profile}" anywhere in run arguments with the chosen profile id. */
export function withProfile(value: unknown, profile: string): unknown {
  if (typeof value === 'string') return value.split('${profile}').join(profile);
  if (Array.isArray(value)) return value.map((v) => withProfile(v, profile));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withProfile(v, profile)]));
  return value;
}

function publishedForms(sandbox: Sandbox): PublishedForms {
  const raw = propertiesSlot(sandbox.world).script[FORMS_PROPERTY];
  if (!raw) throw fail(`No forms are published yet (script property ${FORMS_PROPERTY} is empty): run the setup first`, 'NO_FORMS');
  return JSON.parse(raw) as PublishedForms;
}

/** A stand-in answer for a question the step leaves out, when the step asks to `fill` the form. */
function filler(item: ItemModel): Answer | null {
  switch (item.type) {
    case 'TEXT':
    case 'PARAGRAPH_TEXT':
      return 'بيانات تجريبية';
    case 'DATE':
      return '2030-01-01';
    case 'MULTIPLE_CHOICE':
    case 'LIST':
      return item.choices[0] ?? null;
    case 'CHECKBOX':
      return [...item.choices];
    case 'SCALE':
      return String(item.bounds[1]);
    default:
      return null;
  }
}

/** "$choice:N" answers with a question's Nth choice (0-based), "$choices" with all of them: scenarios
 *  stay valid for every profile, whose lists of services, categories and channels differ. */
function resolveAnswer(item: ItemModel | undefined, value: unknown, profileId: string): unknown {
  if (Array.isArray(value)) return value.map((v) => resolveAnswer(item, v, profileId));
  if (!item || typeof value !== 'string') return value;
  // "$channel:sms": the organisation's own label for a reply channel (labels differ between profiles).
  const channel = /^\$channel:([a-z_]+)$/.exec(value);
  if (channel) {
    const profile = PROFILES[profileId];
    if (!profile) throw fail(`"${value}" needs a set-up profile`, 'UNKNOWN_CHOICE');
    const label = channelLabel(profile, channel[1]);
    if (!item.choices.includes(label)) throw fail(`Question "${item.title}" has no channel ${channel[1]}`, 'UNKNOWN_CHOICE');
    return label;
  }
  if (value === '$choices') return [...item.choices];
  const m = /^\$choice:(\d+)$/.exec(value);
  if (!m) return value;
  const choice = item.choices[Number(m[1])];
  if (choice === undefined) throw fail(`Question "${item.title}" has no choice ${m[1]}`, 'UNKNOWN_CHOICE');
  return choice;
}

export function resolveSubmission(sandbox: Sandbox, s: SubmitFields): { formId: string; answers: Record<string, unknown> } {
  const form = publishedForms(sandbox)[s.form];
  if (!form) throw fail(`Unknown form key "${s.form}"`, 'UNKNOWN_FORM');
  const model = formSlot(sandbox.world).forms[form.formId];
  const itemById = new Map((model?.items ?? []).map((i) => [i.id, i]));
  const answers: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(s.answers)) {
    const id = form.items[key];
    if (id === undefined) throw fail(`Form "${s.form}" has no question key "${key}"`, 'UNKNOWN_QUESTION');
    answers[String(id)] = resolveAnswer(itemById.get(id), value, propertiesSlot(sandbox.world).script.PROFILE_ID ?? '');
  }
  if (s.fill) {
    for (const id of Object.values(form.items)) {
      const item = itemById.get(id);
      if (!item || String(id) in answers) continue;
      const answer = filler(item);
      if (answer !== null) answers[String(id)] = answer;
    }
  }
  return { formId: form.formId, answers };
}

function checkExpectation(sandbox: Sandbox, e: Expectation): string[] {
  const problems: string[] = [];
  const bound = sandbox.world.boundSpreadsheetId ? findSpreadsheet(sandbox.world, sandbox.world.boundSpreadsheetId) : undefined;
  const sheet = (name: string) => {
    const s = bound && sheetByName(bound, name);
    if (!s) throw fail(`No sheet named "${name}" in the bound spreadsheet`, 'SHEET_NOT_FOUND');
    return s;
  };
  if (e.rows) {
    const count = Math.max(0, lastRowWithContent(sheet(e.rows.sheet)) - 1);
    if (count !== e.rows.count) problems.push(`expected ${e.rows.count} rows in "${e.rows.sheet}", found ${count}`);
  }
  if (e.cell && bound) {
    const b = parseA1(e.cell.a1);
    const shown = displayOf(cellAt(sheet(e.cell.sheet), b.row ?? 1, b.col ?? 1), bound.timeZone);
    if (shown !== e.cell.equals) problems.push(`expected ${e.cell.sheet}!${e.cell.a1} to show "${e.cell.equals}", found "${shown}"`);
  }
  if (e.mailsSent !== undefined) {
    const sent = mailSlot(sandbox.world).messages.length;
    if (sent !== e.mailsSent) problems.push(`expected ${e.mailsSent} mails sent, found ${sent}`);
  }
  if (e.noErrors) {
    const failed = sandbox.executions.filter((x) => x.error);
    if (failed.length) problems.push(`expected no failed executions, found ${failed.length} (first: ${failed[0].fn}: ${failed[0].error})`);
  }
  if (e.property) {
    const value = propertiesSlot(sandbox.world).script[e.property.key] ?? null;
    if (value !== e.property.equals) problems.push(`expected script property ${e.property.key} = ${JSON.stringify(e.property.equals)}, found ${JSON.stringify(value)}`);
  }
  return problems;
}

function playStep(sandbox: Sandbox, step: Step, profile: string): ExecutionResult[] {
  switch (step.type) {
    case 'run':
      return [sandbox.execute(step.fn, withProfile(step.args ?? [], profile) as unknown[], { user: step.as, cause: 'run' })];
    case 'submit': {
      const { formId, answers } = resolveSubmission(sandbox, step);
      return sandbox.submitForm(formId, answers, step.as ?? '').executions;
    }
    case 'replayLastSubmission':
      return sandbox.replayLastSubmission(publishedForms(sandbox)[step.form]?.formId ?? step.form, step.blank ?? false);
    case 'edit':
      return sandbox.edit(step.sheet, step.a1, step.value, step.as).executions;
    case 'open':
      return sandbox.open(step.as);
    case 'advanceTo':
      return [];
    case 'fail':
      if ('off' in step) sandbox.faults.clear(step.method);
      else sandbox.injectFault({ method: step.method, rate: step.rate, calls: step.calls, error: step.error });
      return [];
    case 'concurrent':
      return sandbox.concurrently(step.submissions.map((s) => () => {
        const { formId, answers } = resolveSubmission(sandbox, s);
        return sandbox.submitForm(formId, answers, s.as ?? '').executions;
      })).flat();
    case 'answerUi':
      sandbox.ui.answers.push(...step.answers);
      return [];
    case 'work':
      return playWork(sandbox, profile, { chair: step.chair, fallbackOfficer: step.officer });
    case 'deployWebApp':
      sandbox.deployWebApp();
      return [];
    case 'statusLook': {
      const cases = tabRows(sandbox, t('tab.cases'));
      const caseNo = step.caseNo ?? String(cases[step.caseIndex ?? 0]?.[headerLabel('cases', 'case_no')] ?? '');
      const event = { parameter: { case: caseNo, code: step.code }, parameters: { case: [caseNo], code: [step.code] }, queryString: '', contextPath: '', contentLength: -1 };
      const result = sandbox.execute('doGet', [event], { context: 'webapp', user: 'visitor@example.net' });
      if (!result.error) {
        const pages = ((sandbox.world.services.webapp ??= {}) as { pages?: Array<{ caseNo: string; code: string; html: string; atMs: number }> });
        (pages.pages ??= []).push({ caseNo, code: step.code, html: (result.result as { getContent(): string }).getContent(), atMs: sandbox.world.nowMs });
      }
      return [result];
    }
    case 'gateways':
      return openGateways(sandbox, profile, { sender: step.sender, failRate: step.failRate, notOnWhatsApp: step.notOnWhatsApp });
    case 'expect': {
      const problems = checkExpectation(sandbox, step);
      if (problems.length) throw fail(problems.join('; '), 'EXPECTATION');
      return [];
    }
    default: {
      const never: never = step;
      throw fail(`Unknown step type ${(never as { type: string }).type}`, 'UNKNOWN_STEP');
    }
  }
}

const summarise = (x: ExecutionResult) => ({ fn: x.fn, cause: x.cause, error: x.error ? x.error.message : null, elapsedMs: x.elapsedMs });

/** Whether the profile switches a feature on (steps name it with `onlyIf`); unknown profiles have none. */
function profileHas(profileId: string, feature: string): boolean {
  const profile = PROFILES[profileId] as unknown as { features: Record<string, boolean> } | undefined;
  return Boolean(profile?.features[feature]);
}

/** `onStep` is told after each step (the year command prints its progress with it). */
export function runScenario(sandbox: Sandbox, scenario: Scenario, profile: string, onStep?: (outcome: StepOutcome, report: ScenarioReport) => void): ScenarioReport {
  const report: ScenarioReport = { steps: [], failures: [], triggersFired: 0 };
  scenario.steps.forEach((step, index) => {
    const outcome: StepOutcome = { index, type: step.type, at: '', executions: [], error: null };
    try {
      if (step.at) {
        const fired = sandbox.advanceTo(step.at);
        outcome.executions.push(...fired.map(summarise));
      }
      outcome.at = sandbox.now().toISOString();
      // A step of a workflow the profile's policy does not have is passed over (the clock still moves).
      if (!step.onlyIf || profileHas(profile, step.onlyIf)) outcome.executions.push(...playStep(sandbox, step, profile).map(summarise));
    } catch (e) {
      outcome.error = e instanceof Error ? e.message : String(e);
      report.failures.push(`step ${index + 1} (${step.type}): ${outcome.error}`);
    }
    for (const x of outcome.executions) {
      if (x.cause.startsWith('trigger:')) report.triggersFired += 1;
      // A step that shows a refusal (expectError) wants its own call to fail; triggers must not.
      const expected = step.expectError && !x.cause.startsWith('trigger:');
      if (x.error && !expected) report.failures.push(`step ${index + 1} (${step.type}): ${x.fn} failed: ${x.error}`);
    }
    if (step.expectError && !outcome.error && !outcome.executions.some((x) => x.error && !x.cause.startsWith('trigger:'))) {
      const skipped = step.onlyIf && !profileHas(profile, step.onlyIf);
      if (!skipped) report.failures.push(`step ${index + 1} (${step.type}): expected a refusal, but it succeeded`);
    }
    report.steps.push(outcome);
    onStep?.(outcome, report);
  });
  return report;
}
