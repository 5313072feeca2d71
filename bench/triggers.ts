// Benchmark: the triggers as deployed (the built bundle in the sandbox, size-priced) on registers of
// 1,000 to 100,000 lifetime cases with 2,000 open, a day of 50 submissions, and a fair naive sweep.
import { newRegister, completeAnswers, nationalId, submit } from '../test/e2e/harness';
import type { ExecutionResult, Sandbox } from '../sandbox/core/runtime';
import { costOf } from '../sandbox/core/costs';
import { findSpreadsheet, sheetByName } from '../sandbox/services/spreadsheet/store';
import { lastRowWithContent, type CellModel, type SheetModel } from '../sandbox/services/spreadsheet/model';
import { knownLabel, t } from '../src/i18n';
import { propertiesSlot } from '../sandbox/services/properties';
import { ARCHIVE_YEAR_KEY } from '../src/app/archive/archive';
import { RETENTION_YEAR_KEY } from '../src/app/privacy/retention';
import { addDays, toHijri, type IsoDate } from '../src/domain/time';
import { esrar } from '../src/profiles/esrar';
import { createHmac } from 'crypto';
import { LOOKUP_SECRET_KEY } from '../src/adapters/script/keyedHash';
import { FINGERPRINT_TEXT, markCell } from '../src/app/intake/beneficiaryIndex';
import { BUCKET_COUNT, buildBuckets, tagOf } from '../src/domain/intake/lookupIndex';

const OPEN = 2_000;
const TEMPLATES = 4;
/** Rows per lifetime case on the tabs that grow with history (stated in docs/scheduled-work.md). */
const PER_CASE = { beneficiaries: 0.6, outbox: 1.5, audit: 2, responses: 1 };
const DAY = '2026-03-02';
const DAY_START = `${DAY}T00:00:00+03:00`;
/** Cases a day over the register's life (the bench day's 50), which dates the lifetime cases: 100,000 of them
 *  are 5½ years of work. */
const CASES_A_DAY = 50;
const DAY_MS = 86_400_000;

/** The first day of the Hijri year `d` falls in: the daily sweep of that day ran this year's archive. */
function hijriYearStart(d: IsoDate): IsoDate {
  const year = toHijri(d).year;
  let day = d;
  while (toHijri(addDays(day, -1)).year === year) day = addDays(day, -1);
  return day;
}

/** What the yearly archive left in the register (src/app/archive/archive.ts, the profile's periods): it ran on
 *  the current Hijri year's first day, and took closed cases, sent mail and audit rows older than their periods
 *  then (each earlier year's run took the older ones before it). The archived rows are not generated: the
 *  triggers measured never read an archive. */
const ARCHIVE_RUN = Date.parse(`${hijriYearStart(DAY as IsoDate)}T04:00:00+03:00`);
const RETENTION = esrar.retention;
const archivedBy = (at: number, afterDays: number) => at <= ARCHIVE_RUN - afterDays * DAY_MS;

type Row = Array<CellModel | null> | null;
const clone = (row: Row): Row => (row ? row.map((c) => (c ? { ...c } : null)) : null);

function tab(sb: Sandbox, name: string): SheetModel {
  const ss = findSpreadsheet(sb.world, sb.world.boundSpreadsheetId!)!;
  const sheet = sheetByName(ss, name);
  if (!sheet) throw new Error(`no tab ${name}`);
  return sheet;
}

function column(sheet: SheetModel, header: string): number {
  const i = (sheet.rows[0] ?? []).findIndex((c) => c?.v === header);
  if (i < 0) throw new Error(`no column ${header} on ${sheet.name}`);
  return i;
}

/** Fills a tab up to `count` data rows by copying its template rows, each copy made unique by `vary`. */
function grow(sheet: SheetModel, templates: Row[], count: number, vary: (row: Array<CellModel | null>, i: number) => void): void {
  const rows: Row[] = [sheet.rows[0]];
  for (let i = 0; i < count; i++) {
    const row = clone(templates[i % templates.length]) ?? [];
    vary(row, i);
    rows.push(row);
  }
  sheet.rows = rows;
  sheet.maxRows = Math.max(sheet.maxRows, rows.length + 100);
}

const set = (row: Array<CellModel | null>, col: number, v: CellModel['v']) => {
  row[col] = { ...(row[col] ?? { v: null }), v };
};

/** A register set up on 1 March 2026 with `lifetime` cases, the last 2,000 open and started over the three
 *  weeks before, the older ones closed, as the yearly archive left it (ARCHIVE_RUN); beneficiaries, outbox,
 *  audit and form-response rows in proportion. Written straight into the sandbox's world from rows the real
 *  bundle wrote for a few submissions. */
export function registerOf(lifetime: number): Sandbox {
  const sb = newRegister('esrar', '2026-03-01T05:00:00Z');
  for (let i = 0; i < TEMPLATES; i++) {
    const run = submit(sb, completeAnswers({ national_id: nationalId(9000 + i), full_name: `قالب ${i}`, email: `t${i}@example.com` }));
    if (run.executions.some((e) => e.error)) throw new Error('template submission failed');
  }
  const cases = tab(sb, t('tab.cases'));
  const caseNo = column(cases, 'رقم الحالة');
  const status = column(cases, 'حالة الطلب');
  const responseId = column(cases, 'معرف الاستجابة');
  const closedAtCol = column(cases, t('col.cases.closed_at'));
  const beneficiary = column(cases, 'رقم المستفيد');
  const state = column(cases, 'بيانات الحالة (للنظام)');
  const closedFrom = Math.max(0, lifetime - OPEN);
  const start = Date.parse('2026-03-01T05:00:00Z');
  // Case i of the register's life was received (lifetime - i) / CASES_A_DAY days before the bench and, when
  // closed, closed ten days later; the archive took the closed ones its last run found past the period.
  const receivedAt = (i: number) => start - ((lifetime - i) / CASES_A_DAY) * DAY_MS;
  const closedAt = (i: number) => Math.min(receivedAt(i) + 10 * DAY_MS, start - DAY_MS);
  let firstKept = 0;
  while (firstKept < closedFrom && archivedBy(closedAt(firstKept), RETENTION.archiveClosedAfterDays)) firstKept++;
  const kept = lifetime - firstKept;
  grow(cases, cases.rows.slice(1, 1 + TEMPLATES), kept, (row, k) => {
    const i = firstKept + k;
    const open = i >= closedFrom;
    const at = open ? start - (i % 21) * DAY_MS : receivedAt(i);
    const no = `${toHijri(new Date(at).toISOString().slice(0, 10) as IsoDate).year}-${String(i + 1).padStart(6, '0')}`;
    set(row, caseNo, no);
    // The template rows keep their form response ids, so the catch-up finds every response recorded.
    if (k >= TEMPLATES) set(row, responseId, `bench-${i}`);
    set(row, beneficiary, `B-9${String(Math.floor(i * PER_CASE.beneficiaries)).padStart(6, '0')}`);
    const parsed = JSON.parse(String(row[state]?.v ?? '{}')) as Record<string, unknown>;
    parsed.caseId = no;
    const iso = new Date(at).toISOString();
    if (!open) {
      const closed = new Date(closedAt(i)).toISOString();
      Object.assign(parsed, { status: 'closed', receivedAt: iso, completedAt: iso, closedAt: closed });
      set(row, status, t('case.status.closed'));
      // As the product projects a closed state: its closed_at column written with it.
      row[closedAtCol] = { ...(row[closedAtCol] ?? { v: null }), v: { date: closedAt(i) } };
    } else {
      Object.assign(parsed, { receivedAt: iso, completedAt: iso });
    }
    set(row, state, JSON.stringify(parsed));
  });
  const copy = (name: string, count: number, skip = 0) => {
    const sheet = tab(sb, name);
    const templates = sheet.rows.slice(1 + skip, lastRowWithContent(sheet));
    if (templates.length === 0) throw new Error(`no template rows on ${name}`);
    grow(sheet, templates, count, () => undefined);
  };
  // Beneficiaries stay (a returning person is matched), and so do the form's response rows (the archive
  // leaves the form's sheet alone).
  copy(t('tab.beneficiaries'), Math.round(lifetime * PER_CASE.beneficiaries));
  writeLookupIndex(sb);
  // Mail: 1.5 rows a case over the register's life, the newest last, as appends leave them; sent mail past
  // its period went with the archive.
  const mailAt = (m: number, total: number) => start - ((total - m) / PER_CASE.outbox / CASES_A_DAY) * DAY_MS;
  const allMail = Math.round(lifetime * PER_CASE.outbox);
  let firstMail = 0;
  while (firstMail < allMail && archivedBy(mailAt(firstMail, allMail), RETENTION.archiveSentMailAfterDays)) firstMail++;
  copy(t('tab.outbox'), allMail - firstMail);
  const outbox = tab(sb, t('tab.outbox'));
  const createdCol = column(outbox, t('col.outbox.created_at'));
  const sentCol = column(outbox, t('col.outbox.sent_at'));
  outbox.rows.forEach((row, k) => {
    if (k === 0 || !row) return;
    const at = mailAt(firstMail + k - 1, allMail);
    row[createdCol] = { ...(row[createdCol] ?? { v: null }), v: { date: at } };
    if (row[sentCol]?.v) row[sentCol] = { ...row[sentCol]!, v: { date: at } };
  });
  // Audit: two rows a case; an archived case's rows were as old as it, past the audit's period, and went too.
  copy(t('tab.audit'), Math.round(kept * PER_CASE.audit), 3);
  const responses = findSpreadsheet(sb.world, sb.world.boundSpreadsheetId!)!.sheets.find((s) => s.name.includes('طلب خدمة') && s.name !== t('tab.cases'))!;
  copy(responses.name, Math.round(lifetime * PER_CASE.responses));
  // A register of this age has had this Hijri year's archive and retention runs already (each runs on the
  // year's first daily sweep, once a year): the day measured is an ordinary day, not that one.
  propertiesSlot(sb.world).script[ARCHIVE_YEAR_KEY] = String(toHijri(DAY as IsoDate).year);
  propertiesSlot(sb.world).script[RETENTION_YEAR_KEY] = String(toHijri(DAY as IsoDate).year);
  return sb;
}

/** The generated beneficiaries each get their own number, national ID and name (two people a name, as names
 *  repeat), and the lookup tab is written for them as the product's rebuild writes it: HMAC-SHA-256 under the
 *  install's secret (set here), 1,024 buckets, the mark at the last row. */
function writeLookupIndex(sb: Sandbox): void {
  const people = tab(sb, t('tab.beneficiaries'));
  const col = (key: string) => column(people, t(knownLabel(`col.beneficiaries.${key}`)));
  const [idCol, idKeyCol, nameCol, fullCol] = [col('beneficiary_id'), col('national_id'), col('name_key'), col('full_name')];
  const last = lastRowWithContent(people);
  for (let r = 1 + TEMPLATES; r < last; r++) {
    const row = people.rows[r]!;
    set(row, idCol, `B-9${String(r).padStart(6, '0')}`);
    set(row, idKeyCol, nationalId(3_000_000 + r));
    set(row, nameCol, `مستفيد سابق ${r % 30_000}`);
    set(row, fullCol, `مستفيد سابق ${r % 30_000}`);
  }
  const secret = 'b'.repeat(64);
  propertiesSlot(sb.world).script[LOOKUP_SECRET_KEY] = secret;
  const digest = (v: string) => createHmac('sha256', Buffer.from(secret, 'utf8')).update(Buffer.from(v, 'utf8')).digest('hex').slice(0, 32);
  const values = (c: number) => people.rows.slice(1, last).map((row) => String(row?.[c]?.v ?? '').trim()).map((v) => (v ? digest(v) : null));
  const ids = buildBuckets(values(idKeyCol), 2);
  const names = buildBuckets(values(nameCol), 2);
  const lookup = tab(sb, t('tab.lookup'));
  for (let b = 0; b < BUCKET_COUNT; b++) {
    const row = lookup.rows[b + 1] ?? [];
    set(row, 0, b);
    set(row, 1, ids[b]);
    set(row, 2, names[b]);
    set(row, 3, b === 0 ? markCell(last, tagOf(digest(FINGERPRINT_TEXT))) : '');
    lookup.rows[b + 1] = row;
  }
}

export function registerCells(sb: Sandbox): number {
  const ss = findSpreadsheet(sb.world, sb.world.boundSpreadsheetId!)!;
  return ss.sheets.reduce((n, s) => n + s.maxRows * s.maxColumns, 0);
}

const cpuMs = <T>(work: () => T): { value: T; ms: number } => {
  const t0 = process.hrtime.bigint();
  const value = work();
  return { value, ms: Number(process.hrtime.bigint() - t0) / 1e6 };
};

export interface TriggerBench {
  lifetime: number;
  cells: number;
  submission: { medianMs: number; maxMs: number };
  sweepMs: number;
  sweepMarks: number;
  naiveSweepMs: number;
  weeklyMs: number;
  naiveWeeklyMs: number;
  surveysMs: number;
  naiveSurveysMs: number;
  /** Median and slowest of the hourly sender's runs that sent nothing (the slow ones reload config or read the outbox). */
  idleSenderMs: number;
  idleSenderMaxMs: number;
  dayMs: number;
  dayByHandler: Record<string, { runs: number; ms: number }>;
  topCalls: Array<{ method: string; ms: number; cells: number }>;
  /** The costliest calls of the submissions' executions, per submission. */
  submissionCalls: Array<{ method: string; ms: number; cells: number }>;
  /** The costliest calls of the daily sweep and of the weekly summary. */
  sweepCalls: Array<{ method: string; ms: number; cells: number }>;
  weeklyCalls: Array<{ method: string; ms: number; cells: number }>;
  /** Data rows of the cases tab (what the archive left). */
  casesInRegister: number;
  cpuMs: number;
  failures: string[];
}

/** The sweep as the usual tutorial script does it: one bulk read of the whole tab, then a setValue per
 *  changed cell and an appendRow per message; priced by the same table. */
function naiveSweepMs(cases: SheetModel, changedCells: number, messages: number, configReads: number): number {
  const cells = lastRowWithContent(cases) * (cases.rows[0]?.length ?? 0);
  return (
    costOf('SpreadsheetApp.getActiveSpreadsheet') + costOf('Spreadsheet.getSheetByName') * (1 + configReads) +
    (costOf('Sheet.getDataRange') + 0) * (1 + configReads) + costOf('Range.getValues', { cellsRead: cells }) +
    configReads * costOf('Range.getValues', { cellsRead: 60 }) +
    changedCells * (costOf('Sheet.getRange') + costOf('Range.setValue', { cellsWritten: 1 })) +
    messages * costOf('Sheet.appendRow', { cellsWritten: 12 }) + messages * costOf('MailApp.sendEmail')
  );
}

/** The weekly summary and the survey run as the tutorial script does them: one bulk read of each tab they
 *  use (config reads included), then an appendRow per message. */
function naiveReadsMs(tabs: SheetModel[], messages: number, configReads: number): number {
  return (
    costOf('SpreadsheetApp.getActiveSpreadsheet') + (costOf('Spreadsheet.getSheetByName') + costOf('Sheet.getDataRange')) * (tabs.length + configReads) +
    tabs.reduce((ms, sheet) => ms + costOf('Range.getValues', { cellsRead: lastRowWithContent(sheet) * (sheet.rows[0]?.length ?? 0) }), 0) +
    configReads * costOf('Range.getValues', { cellsRead: 60 }) +
    messages * (costOf('Sheet.appendRow', { cellsWritten: 12 }) + costOf('MailApp.sendEmail'))
  );
}

export function benchTriggers(lifetime: number, submissions = 50): TriggerBench {
  const started = process.hrtime.bigint();
  const sb = registerOf(lifetime);
  const cells = registerCells(sb);
  const failures: string[] = [];
  const day: ExecutionResult[] = [];
  const cases = tab(sb, t('tab.cases'));
  const marksCol = column(cases, 'سجل التذكيرات (للنظام)');
  const marksBefore = cases.rows.map((r) => (r?.[marksCol]?.v ?? '') as unknown);
  const subs: number[] = [];
  const subRuns: ExecutionResult[] = [];
  const dayStart = Date.parse(DAY_START);
  sb.advanceTo(dayStart).forEach((e) => e.error && failures.push(`${e.fn}: ${e.error.message}`));
  // 50 submissions from 08:00 to 18:00 Riyadh; the triggers due between them (sweep, sender, surveys) fire as the clock moves.
  for (let i = 0; i < submissions; i++) {
    day.push(...sb.advanceTo(dayStart + 8 * 3_600_000 + Math.floor((i * 10 * 3_600_000) / submissions)));
    let run;
    try {
      run = submit(sb, completeAnswers({ national_id: nationalId(20_000 + i), full_name: `مستفيد ${i}`, email: `d${i}@example.com` }));
    } catch (e) {
      // Past 10 million cells the form itself cannot add its response row (as on Google): nothing runs.
      failures.push(`submission ${i + 1}: ${(e as Error).message}`);
      continue;
    }
    day.push(...run.executions);
    subs.push(...run.executions.map((e) => e.elapsedMs));
    subRuns.push(...run.executions);
  }
  day.push(...sb.advanceTo(dayStart + 24 * 3_600_000 - 1));
  for (const e of day) if (e.error) failures.push(`${e.fn}: ${e.error.message.slice(0, 100)}`);
  const sweep = day.find((e) => e.fn === 'dailySweep');
  const sweepMarks = cases.rows.filter((r, i) => i > 0 && (r?.[marksCol]?.v ?? '') !== (marksBefore[i] ?? '')).length;
  const sweepMails = sweep ? sweep.calls.filter((c) => c.method === 'MailApp.sendEmail').length + sweep.calls.filter((c) => c.method === 'Sheet.appendRow').length : 0;
  // The hourly sender's runs that sent nothing.
  const senders = day.filter((e) => e.fn === 'sendOutbox');
  const idle = senders.filter((e) => !e.calls.some((c) => c.method === 'MailApp.sendEmail'));
  const surveyRun = day.find((e) => e.fn === 'sendSatisfactionSurveys');
  const surveyMails = surveyRun ? surveyRun.calls.filter((c) => c.method === 'MailApp.sendEmail').length : 0;
  const weekly = sb.execute('weeklySummary', [], { context: 'clock', cause: 'bench' });
  if (weekly.error) failures.push(`weeklySummary: ${weekly.error.message}`);
  const byHandler: Record<string, { runs: number; ms: number }> = {};
  for (const e of day) {
    const h = (byHandler[e.fn] ??= { runs: 0, ms: 0 });
    h.runs += 1;
    h.ms += e.elapsedMs;
  }
  const byMethod = (runs: ExecutionResult[], per = 1) => {
    const methods = new Map<string, { method: string; ms: number; cells: number }>();
    for (const c of runs.flatMap((e) => e.calls)) {
      const m = methods.get(c.method) ?? { method: c.method, ms: 0, cells: 0 };
      m.ms += c.ms / per;
      m.cells += ((c.cellsRead ?? 0) + (c.cellsWritten ?? 0)) / per;
      methods.set(c.method, m);
    }
    return [...methods.values()].sort((a, b) => b.ms - a.ms).slice(0, 6);
  };
  const sorted = [...subs].sort((a, b) => a - b);
  return {
    lifetime, cells,
    submission: { medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0, maxMs: sorted[sorted.length - 1] ?? 0 },
    sweepMs: sweep?.elapsedMs ?? NaN,
    sweepMarks,
    naiveSweepMs: naiveSweepMs(cases, sweepMarks, sweepMails, 3),
    weeklyMs: weekly.elapsedMs,
    naiveWeeklyMs: naiveReadsMs([cases, tab(sb, t('tab.outbox'))], 2, 3),
    surveysMs: byHandler.sendSatisfactionSurveys?.ms ?? NaN,
    naiveSurveysMs: naiveReadsMs([cases, tab(sb, t('tab.beneficiaries')), tab(sb, t('tab.surveys'))], surveyMails, 3),
    idleSenderMs: idle.length ? [...idle.map((e) => e.elapsedMs)].sort((a, b) => a - b)[Math.floor(idle.length / 2)] : NaN,
    idleSenderMaxMs: idle.length ? Math.max(...idle.map((e) => e.elapsedMs)) : NaN,
    dayMs: day.reduce((s, e) => s + e.elapsedMs, 0),
    dayByHandler: byHandler,
    topCalls: byMethod(day),
    submissionCalls: byMethod(subRuns, Math.max(1, subRuns.length)),
    sweepCalls: byMethod(sweep ? [sweep] : []),
    weeklyCalls: byMethod([weekly]),
    casesInRegister: lastRowWithContent(cases) - 1,
    cpuMs: Number(process.hrtime.bigint() - started) / 1e6,
    failures: [...new Set(failures)],
  };
}

const s = (ms: number) => `${(ms / 1000).toFixed(ms < 1000 ? 2 : 1)} s`;

export function printTriggerBench(sizes: readonly number[] = [1_000, 10_000, 30_000, 100_000]): TriggerBench[] {
  const results: TriggerBench[] = [];
  console.log(`triggers as deployed (build/Code.js in the sandbox, size-priced), ${OPEN.toLocaleString('en')} open cases, a day of 50 submissions on ${DAY}:`);
  for (const n of sizes) {
    const r = cpuMs(() => benchTriggers(n)).value;
    results.push(r);
    console.log(`  ${n.toLocaleString('en')} lifetime cases (${(r.cells / 1e6).toFixed(2)} M cells laid out): submission median ${s(r.submission.medianMs)}, max ${s(r.submission.maxMs)}; ` +
      `daily sweep ${s(r.sweepMs)} (${r.sweepMarks} reminder marks); weekly summary ${s(r.weeklyMs)}; idle sender median ${s(r.idleSenderMs)}, max ${s(r.idleSenderMaxMs)}; ` +
      `day total ${s(r.dayMs)}; this machine's CPU ${s(r.cpuMs)}`);
    console.log(`    day by trigger: ${Object.entries(r.dayByHandler).map(([fn, h]) => `${fn} ×${h.runs} ${s(h.ms)}`).join(', ')}`);
    console.log(`    ${r.casesInRegister.toLocaleString('en')} cases in the register at the day's end (as the archive left it, with the day's 50); a submission's costliest calls: ${r.submissionCalls.map((c) => `${c.method} ${s(c.ms)} (${Math.round(c.cells).toLocaleString('en')} cells)`).join(', ')}`);
    const calls = (list: TriggerBench['topCalls']) => list.map((c) => `${c.method} ${s(c.ms)} (${Math.round(c.cells).toLocaleString('en')} cells)`).join(', ');
    console.log(`    the daily sweep's costliest calls: ${calls(r.sweepCalls)}; the weekly summary's: ${calls(r.weeklyCalls)}`);
    console.log(`    costliest calls of the day: ${r.topCalls.map((c) => `${c.method} ${s(c.ms)} (${c.cells.toLocaleString('en')} cells)`).join(', ')}`);
    if (r.failures.length) console.log(`    failures: ${r.failures.join(' | ')}`);
    console.log(`    fair naive comparator (one bulk read, a setValue per changed cell, an appendRow per message): sweep ${s(r.naiveSweepMs)} (${(r.naiveSweepMs / r.sweepMs).toFixed(2)}× the product's), ` +
      `weekly summary ${s(r.naiveWeeklyMs)} (${(r.naiveWeeklyMs / r.weeklyMs).toFixed(2)}×), surveys ${s(r.naiveSurveysMs)} against the product's ${s(r.surveysMs)} (${(r.naiveSurveysMs / r.surveysMs).toFixed(2)}×)`);
  }
  return results;
}

if (require.main === module) printTriggerBench(process.argv.slice(2).map(Number).filter(Boolean).length ? process.argv.slice(2).map(Number) : undefined);
