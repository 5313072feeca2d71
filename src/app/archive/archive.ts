// The yearly archive: closed cases and complaints, ruled claims, ended programs (with their registrations,
// attendance and evaluations), sent mail and old audit rows past the profile's periods move from the
// register to the archive spreadsheet of their Hijri year (copied, then deleted), so the register lasts.
import { ARCHIVED_TABS, type ArchiveBooks, type ArchivedTab, type Clock, type ColumnOf, type KeyValueStore, type Register, type RegisterRows, type Row } from '../../ports';
import type { Profile } from '../../profiles';
import type { AuditTrail } from '../audit';
import type { Continuations, TimeBudget } from '../schedule';
import { parseState } from '../register/caseRecord';
import { riyadhDate, toHijri, withDigits, type Digits } from '../../domain/time';
import { t } from '../../i18n';

/** The tabs of a workflow the policy has (a profile without complaints has no complaints tab). */
function tabInUse(profile: Profile, tab: ArchivedTab): boolean {
  if (tab === 'complaints') return profile.features.complaints;
  if (tab === 'claims') return profile.features.compensation;
  if (tab === 'programs' || tab === 'registrations' || tab === 'attendance' || tab === 'evaluations') return profile.features.programs;
  return true;
}

/** The column that names a row uniquely in its archive (a row already there is not copied again). */
const KEY_COLUMN: { readonly [T in ArchivedTab]?: ColumnOf<T> } = {
  cases: 'case_no', complaints: 'complaint_no', claims: 'claim_no', programs: 'program_id', registrations: 'reg_no', outbox: 'message_id',
};
/** Tabs whose rows have no one key: a row is known by all its cells. */
const wholeRowKey = (row: Row): string =>
  Object.keys(row).sort().map((k) => { const v = row[k]; const d = asDate(v); return d ? d.toISOString() : String(v ?? ''); }).join('|');

export interface ArchiveDeps {
  register: Register;
  rows: RegisterRows;
  books: ArchiveBooks;
  clock: Clock;
  store: KeyValueStore;
  budget: TimeBudget;
  continuations: Continuations;
  profile: Profile;
  audit: AuditTrail;
  actor: string;
}

export interface ArchiveReport {
  outcome: 'done' | 'continued';
  moved: Record<ArchivedTab, number>;
  /** Rows found already in the archive (a run that stopped between copying and deleting): deleted, not copied again. */
  alreadyArchived: number;
  deleteBlocks: number;
  years: number[];
}

/** The Hijri year the daily trigger last archived in (it archives once a year, on the first daily run of the year). */
export const ARCHIVE_YEAR_KEY = 'ARCHIVE_YEAR';
/** Time kept in hand before the next tab's copy: a copy of a year's rows and its delete fit in it. */
export const ARCHIVE_RESERVE_MS = 60_000;
const DAY_MS = 86_400_000;
const CLOSED: ReadonlySet<string> = new Set(['closed', 'withdrawn']);
const SENT: ReadonlySet<string> = new Set(['sent', 'done']);

const asDate = (v: Row[string] | undefined): Date | null =>
  v && typeof v === 'object' && typeof (v as Date).getTime === 'function' ? new Date((v as Date).getTime()) : null;

/** A case number's Hijri year (1448-00017 → 1448), which says which archive holds it. */
export function caseYear(caseNo: string): number | null {
  const m = /^(\d{4})-\d+$/.exec(caseNo.trim());
  return m ? Number(m[1]) : null;
}

/** A complaint's or claim's number (C-1448-00003) says its year as a case number does. */
function numberYear(no: Row[string] | undefined): number | null {
  const m = /(\d{4})-\d+$/.exec(String(no ?? '').trim());
  return m ? Number(m[1]) : null;
}

function rowYear(row: Row, dated: Date, tab: ArchivedTab = 'cases'): number {
  const own = tab === 'complaints' ? numberYear(row.complaint_no) : tab === 'claims' ? numberYear(row.claim_no) : null;
  return own ?? caseYear(String(row.case_no ?? '')) ?? toHijri(riyadhDate(dated)).year;
}

/** A program's end ('YYYY-MM-DD' as staff type it) as the instant it ended in Riyadh. */
function programEnd(row: Row): Date | null {
  const text = asDate(row.end_date)?.toISOString().slice(0, 10) ?? String(row.end_date ?? '').trim();
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(text) ? Date.parse(`${text}T23:59:59+03:00`) : NaN;
  return Number.isNaN(ms) ? null : new Date(ms);
}

function auditKey(row: Row): string {
  const at = asDate(row.at);
  return [at ? at.toISOString() : String(row.at ?? ''), row.action, row.case_no ?? '', row.details ?? ''].map(String).join('|');
}

/** Whether the daily trigger archives today: once per Hijri year. */
export function archiveDue(store: KeyValueStore, clock: Clock): boolean {
  return store.get(ARCHIVE_YEAR_KEY) !== String(toHijri(riyadhDate(clock.now())).year);
}

interface Pick {
  rowNumber: number;
  row: Row;
  year: number;
}

/** The rows of a tab past their period, with their archive year. `keep`: for the audit, the numbers still
 *  in the register; for a program's rows, the programs still in the register. */
function pick(deps: ArchiveDeps, tab: ArchivedTab, keep: ReadonlySet<string>): Pick[] {
  const now = deps.clock.now().getTime();
  const r = deps.profile.retention;
  const picks: Pick[] = [];
  for (const { rowNumber, row } of deps.register.table(tab).readAll()) {
    let dated: Date | null = null;
    let days = 0;
    if (tab === 'cases') {
      if (!row.case_no || !row.state || !CLOSED.has(parseState(row).status)) continue;
      dated = asDate(row.closed_at) ?? asDate(row.updated_at);
      days = r.archiveClosedAfterDays;
    } else if (tab === 'complaints') {
      // A complaint is closed when its closed_at is written (its state's last step).
      if (!row.complaint_no) continue;
      dated = asDate(row.closed_at);
      days = r.archiveClosedAfterDays;
    } else if (tab === 'claims') {
      // A claim is done once ruled on; it goes when its complaint has left the register too.
      if (!row.claim_no || (row.complaint_no && keep.has(String(row.complaint_no)))) continue;
      dated = asDate(row.decided_at);
      days = r.archiveClosedAfterDays;
    } else if (tab === 'programs') {
      if (!row.program_id) continue;
      dated = programEnd(row);
      days = r.archiveClosedAfterDays;
    } else if (tab === 'registrations' || tab === 'attendance' || tab === 'evaluations') {
      // A program's rows follow it: they go once their program is no longer in the register.
      if (!row.program_id || keep.has(String(row.program_id))) continue;
      dated = asDate(tab === 'registrations' ? row.registered_at : tab === 'attendance' ? row.recorded_at : row.submitted_at) ?? deps.clock.now();
      days = 0;
    } else if (tab === 'outbox') {
      if (!row.message_id || !SENT.has(String(row.status))) continue;
      dated = asDate(row.sent_at) ?? asDate(row.created_at);
      days = r.archiveSentMailAfterDays;
    } else {
      // An audit row stays while its case is in the register, so an open case keeps its whole timeline.
      if (row.case_no && keep.has(String(row.case_no))) continue;
      dated = asDate(row.at);
      days = r.archiveAuditAfterDays;
    }
    if (!dated || now - dated.getTime() < days * DAY_MS) continue;
    picks.push({ rowNumber, row, year: rowYear(row, dated, tab) });
  }
  return picks;
}

/** Lists each year's archive in the settings tab, once. */
function linkInSettings(deps: ArchiveDeps, year: number): void {
  const url = deps.books.url(year);
  if (!url) return;
  const settings = deps.register.table('settings');
  const key = `archive_${year}`;
  const have = settings.findBy('key', key);
  if (have && have.row.value === url) return;
  const row = { key, label: t('settings.archive', { year }), value: url };
  if (have) settings.update([{ rowNumber: have.rowNumber, row }]);
  else settings.append([row]);
}

/** Case numbers still in the register (cases and complaints): their audit rows stay. */
function numbersInRegister(deps: ArchiveDeps): Set<string> {
  const numbers = new Set(deps.register.table('cases').columnValues('case_no').filter(Boolean));
  if (deps.profile.features.complaints) for (const n of deps.register.table('complaints').columnValues('complaint_no')) if (n) numbers.add(n);
  return numbers;
}

/** Moves one tab's rows past their period: copies each year's rows not yet in its archive, then deletes them
 *  all from the register. Stops between years when the budget runs short (what was copied is deleted first). */
function moveTab(deps: ArchiveDeps, tab: ArchivedTab, report: ArchiveReport): boolean {
  const keep = tab === 'audit' || tab === 'claims' ? numbersInRegister(deps)
    : tab === 'registrations' || tab === 'attendance' || tab === 'evaluations' ? new Set(deps.register.table('programs').columnValues('program_id').filter(Boolean))
    : new Set<string>();
  const picks = pick(deps, tab, keep);
  const byYear = new Map<number, Pick[]>();
  for (const p of picks) byYear.set(p.year, [...(byYear.get(p.year) ?? []), p]);
  const copied: number[] = [];
  let finished = true;
  for (const [year, rows] of [...byYear].sort((a, b) => a[0] - b[0])) {
    if (deps.budget.remainingMs() < ARCHIVE_RESERVE_MS) {
      finished = false;
      break;
    }
    const archive = deps.books.table(year, tab);
    const key = KEY_COLUMN[tab];
    const whole = tab === 'audit' ? auditKey : wholeRowKey;
    const keyOf = (row: Row) => (key ? String(row[key]) : whole(row));
    const there = new Set(key ? archive.columnValues(key) : archive.readAll().map((r) => whole(r.row)));
    const fresh = rows.filter((p) => !there.has(keyOf(p.row)));
    archive.append(fresh.map((p) => p.row));
    report.moved[tab] += fresh.length;
    report.alreadyArchived += rows.length - fresh.length;
    if (!report.years.includes(year)) report.years.push(year);
    linkInSettings(deps, year);
    copied.push(...rows.map((p) => p.rowNumber));
  }
  report.deleteBlocks += deps.rows.deleteRows(tab, copied);
  return finished;
}

/** What moved, every archived tab that moved rows named with its count («حالتان، ٣ رسائل، ...»), or «لا شيء». */
export function describeMoved(moved: Record<ArchivedTab, number>, digits: Digits = 'latn'): string {
  const parts = ARCHIVED_TABS.filter((tab) => moved[tab] > 0).map((tab) => withDigits(t(`archive.count.${tab}`, { count: moved[tab] }), digits));
  return parts.join('، ') || t('archive.none');
}

/** Runs the archive (the caller holds the script lock); safe to run twice: nothing is copied twice. */
export function runArchive(deps: ArchiveDeps): ArchiveReport {
  const moved = Object.fromEntries(ARCHIVED_TABS.map((tab) => [tab, 0])) as Record<ArchivedTab, number>;
  const report: ArchiveReport = { outcome: 'done', moved, alreadyArchived: 0, deleteBlocks: 0, years: [] };
  for (const tab of ARCHIVED_TABS.filter((x) => tabInUse(deps.profile, x))) {
    if (!moveTab(deps, tab, report)) {
      report.outcome = 'continued';
      deps.continuations.continueLater('archive', 60_000);
      break;
    }
  }
  if (report.outcome === 'done') deps.store.set(ARCHIVE_YEAR_KEY, String(toHijri(riyadhDate(deps.clock.now())).year));
  const total = Object.values(report.moved).reduce((a, b) => a + b, 0);
  if (total > 0 || report.alreadyArchived > 0) {
    const years = report.years.sort((a, b) => a - b).join('، ') || t('archive.none');
    deps.audit.record({ actor: deps.actor, action: 'archive_run', details: t('archive.audit.details', { moved: describeMoved(report.moved, deps.profile.digits), years }) });
  }
  deps.audit.flush();
  return report;
}
