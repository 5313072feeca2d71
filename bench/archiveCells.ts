// The register's cells after N years at 3,000 cases a year with the yearly archive running (issue 13): rows
// are generated into the sandbox world from a real case's rows (not submitted forms), then the bundle archives.
// Run: npx tsx bench/archiveCells.ts [years] [casesPerYear]
import { completeAnswers, newRegister, submit } from '../test/e2e/harness';
import { findSpreadsheet, sheetByName, totalCells } from '../sandbox/services/spreadsheet/store';
import { type CellModel, type SheetModel, type SpreadsheetModel } from '../sandbox/services/spreadsheet/model';
import { toHijri, riyadhDate } from '../src/domain/time';
import { knownLabel, t } from '../src/i18n';

const DAY_MS = 86_400_000;
const OFFICER = 'officer.noura@gmail.com';
/** Audit and outbox rows a case leaves, as the default month's cases do (received, assigned, studied, decided, notified, closed). */
const AUDIT_PER_CASE = 6;
const OUTBOX_PER_CASE = 2;

export interface YearCells {
  year: number;
  lifetimeCases: number;
  registerCells: number;
  casesRows: number;
}

const clone = (row: Array<CellModel | null> | null) => (row ?? []).map((c) => (c ? { ...c } : null));
const column = (sheet: SheetModel, header: string) => (sheet.rows[0] ?? []).findIndex((c) => c?.v === header);
const lastRow = (sheet: SheetModel) => sheet.rows.reduce((last, r, i) => (r?.some((c) => c && c.v !== null && c.v !== '') ? i + 1 : last), 0);

function put(sheet: SheetModel, rows: Array<Array<CellModel | null>>): void {
  const at = lastRow(sheet);
  sheet.rows.length = at;
  sheet.rows.push(...rows);
  sheet.maxRows = Math.max(sheet.maxRows, sheet.rows.length);
}

function set(row: Array<CellModel | null>, col: number, v: CellModel['v']): void {
  row[col] = { ...(row[col] ?? {}), v };
}

/** Plays `years` years: each year's cases are closed during the year, and the archive runs at each year's end. */
export function registerCellsAfter(years: number, perYear = 3000, onYear: (y: YearCells) => void = () => undefined): YearCells[] {
  const sb = newRegister('esrar');
  const ok = (r: { error?: Error | null; fn: string }) => { if (r.error) throw new Error(`${r.fn}: ${r.error.message}`); };
  const model: SpreadsheetModel = findSpreadsheet(sb.world, sb.world.boundSpreadsheetId!)!;
  const tab = (key: string) => sheetByName(model, t(knownLabel(`tab.${key}`)))!;
  // One real case, withdrawn, gives the template rows (its state JSON parses as a terminal case).
  submit(sb, completeAnswers());
  const cases = tab('cases');
  const caseNoCol = column(cases, t('col.cases.case_no'));
  const caseNo = String(cases.rows[1]![caseNoCol]!.v);
  ok(sb.execute('withdrawCase', [caseNo, 'طلب المستفيد'], { user: OFFICER }));
  const caseTemplate = clone(cases.rows[1]);
  const beneficiaryTemplate = clone(tab('beneficiaries').rows[1]);
  const auditTemplate = clone(tab('audit').rows[lastRow(tab('audit')) - 1]);
  const outbox = tab('outbox');
  const outboxTemplate = clone(outbox.rows[1]);
  const cols = {
    closed: column(cases, t('col.cases.closed_at')), updated: column(cases, t('col.cases.updated_at')), response: column(cases, t('col.cases.response_id')),
    benId: column(tab('beneficiaries'), t('col.beneficiaries.beneficiary_id')), caseBen: column(cases, t('col.cases.beneficiary_id')),
    auditAt: column(tab('audit'), t('col.audit.at')), auditCase: column(tab('audit'), t('col.audit.case_no')),
    msgId: column(outbox, t('col.outbox.message_id')), msgCase: column(outbox, t('col.outbox.case_no')), msgStatus: column(outbox, t('col.outbox.status')), sentAt: column(outbox, t('col.outbox.sent_at')),
  };
  const out: YearCells[] = [];
  let seq = 0;
  for (let y = 0; y < years; y++) {
    const yearStart = sb.world.nowMs;
    const caseRows: Array<Array<CellModel | null>> = [];
    const benRows: Array<Array<CellModel | null>> = [];
    const auditRows: Array<Array<CellModel | null>> = [];
    const mailRows: Array<Array<CellModel | null>> = [];
    for (let i = 0; i < perYear; i++) {
      const closedMs = yearStart + Math.floor((i / perYear) * 360 * DAY_MS);
      const no = `${toHijri(riyadhDate(new Date(closedMs))).year}-${String(++seq).padStart(6, '0')}`;
      const row = clone(caseTemplate);
      set(row, caseNoCol, no);
      set(row, cols.closed, { date: closedMs });
      set(row, cols.updated, { date: closedMs });
      set(row, cols.response, `gen-${seq}`);
      set(row, cols.caseBen, `B-gen-${seq}`);
      caseRows.push(row);
      const ben = clone(beneficiaryTemplate);
      set(ben, cols.benId, `B-gen-${seq}`);
      benRows.push(ben);
      for (let k = 0; k < AUDIT_PER_CASE; k++) {
        const a = clone(auditTemplate);
        set(a, cols.auditAt, { date: closedMs - k * 60_000 });
        set(a, cols.auditCase, no);
        auditRows.push(a);
      }
      for (let k = 0; k < OUTBOX_PER_CASE; k++) {
        const m = clone(outboxTemplate);
        set(m, cols.msgId, `${no}:gen${k}`);
        set(m, cols.msgCase, no);
        set(m, cols.msgStatus, t('list.outbox.sent'));
        set(m, cols.sentAt, { date: closedMs });
        mailRows.push(m);
      }
    }
    put(cases, caseRows);
    put(tab('beneficiaries'), benRows);
    put(tab('audit'), auditRows);
    put(outbox, mailRows);
    // A year on (the clock jumps; the daily runs in between are not what is measured), the archive runs
    // until done, continuing as its follow-up trigger would.
    sb.world.nowMs = yearStart + 365 * DAY_MS;
    for (let run = 0; run < 20; run++) {
      const r = sb.execute('archiveFromMenu', [], { user: OFFICER });
      ok(r);
      const log = r.logs.map((l) => l.message).find((m) => m.startsWith('{"outcome"'));
      if (log && JSON.parse(log).outcome === 'done') break;
    }
    const cells = { year: y + 1, lifetimeCases: seq, registerCells: totalCells(model), casesRows: lastRow(cases) - 1 };
    out.push(cells);
    onYear(cells);
  }
  return out;
}

if (require.main === module) {
  const years = Number(process.argv[2] ?? 34);
  const perYear = Number(process.argv[3] ?? 3000);
  const started = Date.now();
  registerCellsAfter(years, perYear, (y) => console.log(`year ${y.year}: ${y.lifetimeCases} lifetime cases, ${y.casesRows} case rows in the register, ${y.registerCells.toLocaleString('en')} cells`));
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
