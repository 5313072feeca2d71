// A year of an organisation, generated: requests with peaks, complaints, programs, a week of transient
// faults, staff moving cases along each day; and the figures that say whether it held (docs/scheduled-work.md).
import * as fs from 'fs';
import * as path from 'path';
import type { Sandbox } from '../core/runtime';
import type { Scenario, Step } from './types';
import { findSpreadsheet, sheetByName } from '../services/spreadsheet/store';
import { isDateValue, type CellModel } from '../services/spreadsheet/model';
import { mailSlot } from '../services/mail';
import { triggerSlot } from '../core/triggers';
import { headerLabel } from '../../src/adapters/sheets/sheetTable';
import { t } from '../../src/i18n';

export interface YearOptions {
  /** Days to play from the start (365 for the year; tests play a few weeks). */
  days: number;
  /** Requests on an ordinary working day, and on a peak day. */
  perDay: number;
  peakPerDay: number;
  /** How many peak days, spread over the period. */
  peaks: number;
  /** The first day (0-based) of the week of transient faults at 10%, or null for none. */
  faultWeekFrom: number | null;
  seed: number;
}

export const FULL_YEAR: YearOptions = { days: 365, perDay: 11, peakPerDay: 50, peaks: 10, faultWeekFrom: 120, seed: 7 };

const START = '2026-11-22T05:00:00Z';
const DAY_MS = 86_400_000;
const RIYADH_MS = 3 * 3_600_000;
const FAULTY_METHODS = ['Range.setValues', 'Range.getValues', 'Sheet.appendRow', 'MailApp.sendEmail'];

/** mulberry32, so a year replays exactly. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A valid Saudi national ID from a seed (the check digit completed). */
function nationalId(seed: number): string {
  const body = `1${String(seed).padStart(8, '0').slice(-8)}`;
  for (let d = 0; d <= 9; d++) {
    const id = body + d;
    let sum = 0;
    for (let i = 0; i < 10; i++) {
      let n = Number(id[i]);
      if (i % 2 === 0) n = n * 2 > 9 ? n * 2 - 9 : n * 2;
      sum += n;
    }
    if (sum % 10 === 0) return id;
  }
  throw new Error('no check digit', { cause: { code: 'UNREACHABLE' } });
}

const FIRST = ['فاطمة', 'أحمد', 'منيرة', 'سالم', 'نورة', 'خالد', 'هند', 'عبدالله', 'سارة', 'فهد', 'مريم', 'يوسف'];
const FAMILY = ['الزهراني', 'العمري', 'السبيعي', 'العتيبي', 'الحربي', 'القحطاني', 'الدوسري', 'المطيري', 'الشهري', 'الغامدي'];

/** Riyadh's weekday (0 Sunday … 6 Saturday) of a day offset from the start. */
function weekday(day: number): number {
  return new Date(Date.parse(START) + day * DAY_MS + RIYADH_MS).getUTCDay();
}

const at = (day: number, riyadhHour: number, minute = 0): string =>
  new Date(Date.parse(START) - 5 * 3_600_000 + day * DAY_MS + (riyadhHour - 3) * 3_600_000 + minute * 60_000).toISOString();

/** The steps of the period: setup as in the default scenario, then every working day's requests and work. */
export function yearScenario(defaultScenario: Scenario, options: YearOptions): Scenario {
  const rand = random(options.seed);
  const setup = defaultScenario.steps[0];
  const steps: Step[] = [setup];
  const workingDays = Array.from({ length: options.days }, (_, d) => d).filter((d) => weekday(d) <= 4);
  const peakDays = new Set(Array.from({ length: options.peaks }, (_, k) => workingDays[Math.floor(((k + 0.5) * workingDays.length) / options.peaks)]));
  let person = 0;
  let program = 0;
  for (let day = 0; day < options.days; day++) {
    if (options.faultWeekFrom !== null && day === options.faultWeekFrom) {
      for (const method of FAULTY_METHODS) steps.push({ at: at(day, 0), type: 'fail', method, rate: 0.1, error: 'service' });
    }
    if (options.faultWeekFrom !== null && day === options.faultWeekFrom + 7) steps.push({ at: at(day, 0), type: 'fail', off: true });
    if (weekday(day) > 4) continue;
    const count = peakDays.has(day) ? options.peakPerDay : Math.max(1, Math.round(options.perDay * (0.6 + rand() * 0.8)));
    for (let i = 0; i < count; i++) {
      person += 1;
      const name = `${FIRST[person % FIRST.length]} ${FIRST[(person * 7) % FIRST.length]} ${FAMILY[person % FAMILY.length]}`;
      // One in ten mistypes the ID (a wrong check digit): an invalid request, a case in its own state.
      const valid = rand() > 0.1;
      const id = nationalId(100_000 + person);
      steps.push({
        at: at(day, 8, Math.floor((i * 480) / count)), type: 'submit', form: 'service_request', fill: true,
        answers: {
          full_name: name, national_id: valid ? id : `${id.slice(0, 9)}${(Number(id[9]) + 1) % 10}`, mobile: `05${String(10_000_000 + person).slice(-8)}`,
          email: `b${person}@example.com`, beneficiary_type: '$choice:0', category: '$choice:0', domain: '$choice:0', service: '$choice:0', reply_channel: '$choice:0',
        },
      });
    }
    if (day % 4 === 1) {
      steps.push({
        at: at(day, 11), type: 'submit', onlyIf: 'complaints', form: 'complaint', fill: true,
        answers: { complainant: `مشتكٍ ${day}`, mobile: `055${String(1_000_000 + day).slice(-7)}`, email: `c${day}@example.com`, reply_channel: '$choice:0', summary: 'تأخر الرد على طلبي', attestation: '$choices' },
      });
    }
    if (day % 91 === 9) {
      program += 1;
      steps.push({ at: at(day, 9), type: 'run', onlyIf: 'programs', fn: 'createProgram', as: 'officer.noura@gmail.com', args: [{ name: `برنامج ${program}`, ageMin: 15, ageMax: 60, fee: 0, capacity: 30, startDate: at(day + 14, 9).slice(0, 10), endDate: at(day + 18, 9).slice(0, 10), conditions: ['الالتزام بالحضور'] }] });
      for (let r = 0; r < 15; r++) {
        steps.push({ at: at(day + 1, 10, r * 10), type: 'submit', onlyIf: 'programs', form: 'program_registration', fill: true, answers: { program: `PR-${String(program).padStart(3, '0')}`, full_name: `متدرب ${program}-${r}`, birth_date: '1995-01-01', national_id: nationalId(900_000 + program * 100 + r), mobile: `056${String(1_000_000 + program * 100 + r).slice(-7)}`, email: `p${program}-${r}@example.com` } });
      }
    }
    steps.push({ at: at(day, 13), type: 'work', chair: 'chair.khalid@gmail.com', officer: 'officer.noura@gmail.com' });
    if (weekday(day) === 1 || weekday(day) === 4) steps.push({ at: at(day, 14), type: 'run', fn: 'prepareCommitteeMinutes', args: [], as: 'chair.khalid@gmail.com' });
  }
  steps.push({ at: at(options.days, 12), type: 'advanceTo' });
  return { ...defaultScenario, name: `a year of requests (${options.days} days)`, steps };
}

function cellValue(cell: CellModel | null | undefined): unknown {
  if (!cell || cell.v === null || cell.v === undefined) return '';
  return isDateValue(cell.v) ? new Date(cell.v.date) : cell.v;
}

/** A tab of the bound register as objects by Arabic header. */
export function tabRows(sandbox: Sandbox, tab: string): Array<Record<string, unknown>> {
  const ss = findSpreadsheet(sandbox.world, sandbox.world.boundSpreadsheetId ?? '');
  const sheet = ss ? sheetByName(ss, tab) : undefined;
  if (!sheet) return [];
  const [header, ...body] = sheet.rows.map((r) => (r ?? []).map(cellValue));
  return body.filter((r) => r.some((v) => v !== '')).map((r) => Object.fromEntries((header ?? []).map((h, i) => [String(h), r[i] ?? ''])));
}

export interface YearFigures {
  days: number;
  executions: number;
  failedExecutions: Record<string, number>;
  longestExecutionMs: number;
  longestExecution: string;
  triggerMinutesPerDay: { max: number; mean: number; limit: number };
  /** By Riyadh calendar day, and (`maxPerQuotaWindow`) by Google's 24-hour quota window. */
  recipientsPerDay: { max: number; maxPerQuotaWindow: number; mean: number; limit: number; daysAtLimit: number };
  serviceRequests: { responses: number; cases: number; everyResponseACase: boolean };
  acknowledgements: { sent: number; distinctCases: number; sentTwice: number; leftForAPerson: number };
  cells: { register: number; limit: number };
  triggers: number;
}

/** The year's figures, from the world and the executions (docs/scheduled-work.md quotes them). */
export function yearFigures(sandbox: Sandbox, days: number): YearFigures {
  const tabs = { cases: t('tab.cases'), outbox: t('tab.outbox') };
  const messageId = headerLabel('outbox', 'message_id');
  const sendStatus = headerLabel('outbox', 'status');
  const sent = t('list.outbox.sent');
  const failed: Record<string, number> = {};
  const triggerMsByDay = new Map<string, number>();
  let longest = { ms: 0, what: '' };
  for (const x of sandbox.executions) {
    if (x.error) failed[x.fn] = (failed[x.fn] ?? 0) + 1;
    if (x.elapsedMs > longest.ms) longest = { ms: x.elapsedMs, what: `${x.fn} at ${x.start}` };
    if (x.cause.startsWith('trigger:')) {
      const day = new Date(Date.parse(x.start) + RIYADH_MS).toISOString().slice(0, 10);
      triggerMsByDay.set(day, (triggerMsByDay.get(day) ?? 0) + x.elapsedMs);
    }
  }
  const minutes = [...triggerMsByDay.values()].map((ms) => ms / 60_000);
  const recipientsByDay = new Map<string, number>();
  for (const m of mailSlot(sandbox.world).messages) {
    const day = new Date(m.timeMs + RIYADH_MS).toISOString().slice(0, 10);
    const n = [...m.to, ...m.cc, ...m.bcc].length;
    recipientsByDay.set(day, (recipientsByDay.get(day) ?? 0) + n);
  }
  const recipients = [...recipientsByDay.values()];
  // Google's window: it opens with the first send and lasts 24 hours (sandbox/services/mail.ts); a Riyadh
  // calendar day can hold more than the limit when two windows share it.
  let window = { startMs: -Infinity, recipients: 0 };
  let perWindowMax = 0;
  for (const m of [...mailSlot(sandbox.world).messages].sort((a, b) => a.timeMs - b.timeMs)) {
    if (m.timeMs - window.startMs >= 86_400_000) window = { startMs: m.timeMs, recipients: 0 };
    window.recipients += [...m.to, ...m.cc, ...m.bcc].length;
    perWindowMax = Math.max(perWindowMax, window.recipients);
  }
  const limit = sandbox.world.account === 'consumer' ? 100 : 1500;
  const forms = (sandbox.world.services.forms as { forms?: Record<string, { title: string; responses: unknown[]; id: string }> } | undefined)?.forms ?? {};
  const published = JSON.parse(((sandbox.world.services.properties as { script?: Record<string, string> })?.script ?? {}).MUSTAFID_FORMS ?? '{}') as Record<string, { formId: string }>;
  const requestForm = forms[published.service_request?.formId ?? ''];
  const cases = tabRows(sandbox, tabs.cases);
  const acks = mailSlot(sandbox.world).messages.filter((m) => /استلام/.test(m.subject));
  const ackCases = acks.map((m) => (m.subject.match(/\d{4}-\d{5}|[٠-٩]{4}-[٠-٩]{5}/) ?? [''])[0]);
  const outbox = tabRows(sandbox, tabs.outbox);
  const ss = findSpreadsheet(sandbox.world, sandbox.world.boundSpreadsheetId ?? '');
  return {
    days,
    executions: sandbox.executions.length,
    failedExecutions: failed,
    longestExecutionMs: longest.ms,
    longestExecution: longest.what,
    triggerMinutesPerDay: { max: Math.max(0, ...minutes), mean: minutes.reduce((a, b) => a + b, 0) / Math.max(1, minutes.length), limit: sandbox.world.account === 'consumer' ? 90 : 360 },
    recipientsPerDay: { max: Math.max(0, ...recipients), maxPerQuotaWindow: perWindowMax, mean: recipients.reduce((a, b) => a + b, 0) / Math.max(1, recipients.length), limit, daysAtLimit: recipients.filter((n) => n >= limit).length },
    serviceRequests: { responses: requestForm?.responses.length ?? 0, cases: cases.length, everyResponseACase: (requestForm?.responses.length ?? -1) === cases.length },
    acknowledgements: {
      sent: acks.length,
      distinctCases: new Set(ackCases).size,
      sentTwice: acks.length - new Set(acks.map((m) => `${m.to.join(',')}|${m.subject}`)).size,
      leftForAPerson: outbox.filter((r) => String(r[messageId]).endsWith(':ack') && r[sendStatus] !== sent).length,
    },
    cells: { register: ss ? ss.sheets.reduce((n, s) => n + s.maxRows * s.maxColumns, 0) : 0, limit: 10_000_000 },
    triggers: triggerSlot(sandbox.world).triggers.length,
  };
}

export function writeYearFigures(figures: YearFigures, outDir: string): string {
  const file = path.join(outDir, 'year-figures.json');
  fs.writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
  return file;
}
