// The register as staff print it, on all five profiles: the default scenario's spreadsheet written as the sandbox's
// .xlsx, printed to PDF by LibreOffice, read back by pdfjs (text) and poppler (pages, fonts). Runs in
// `npm run test:office`.
import { execFileSync } from 'child_process';
import { mkdirSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';
import { tmpdir } from 'os';
import { toXlsx } from '../../sandbox/persist/xlsx';
import { findSpreadsheet, sheetByName } from '../../sandbox/services/spreadsheet/store';
import { displayOf } from '../../sandbox/services/spreadsheet/values';
import type { SheetModel, SpreadsheetModel } from '../../sandbox/services/spreadsheet/model';
import { PROFILES } from '../../src/profiles';
import { t } from '../../src/i18n';
import { pdfText } from '../support/pdfText';
import { playDefault } from './playDefault';

const PROFILE_IDS = ['esrar', 'rusookh', 'qurainah', 'mafatih', 'academy'];
const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
/** Codes the product works with that staff must never read in the printed register (issue 15). */
const CODES = ['competent_unit', 'citizen', 'resident', 'individual', 'family', 'productive_families', 'training', 'google_forms', 'system', 'email', 'queued'];

const latin = (s: string) => s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
/** Text as compared: no isolates or marks, spaces collapsed (a wrapped cell breaks its line in the PDF). */
const flat = (s: string) => s.replace(/[\u200E\u200F\u2066-\u2069]/g, '').replace(/\s+/g, ' ');

function column(sheet: SheetModel, header: string): number {
  const at = (sheet.rows[0] ?? []).findIndex((c) => c?.v === header);
  if (at < 0) throw new Error(`no column ${header} in ${sheet.name}`);
  return at;
}

/** The shown text of a column's data cells (what Sheets shows: getDisplayValues). */
function shown(model: SpreadsheetModel, sheet: SheetModel, header: string): string[] {
  const at = column(sheet, header);
  return sheet.rows.slice(1).map((r) => displayOf(r?.[at] ?? undefined, model.timeZone)).filter((v) => v !== '');
}

describe('the register printed from its .xlsx', () => {
  const dir = join(tmpdir(), `mustafid-register-print-${process.pid}`);
  const models: Record<string, SpreadsheetModel> = {};
  const text: Record<string, string> = {};
  const pages: Record<string, string> = {};
  const fonts: Record<string, string> = {};

  beforeAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const files: string[] = [];
    for (const id of PROFILE_IDS) {
      const sb = playDefault(id);
      models[id] = findSpreadsheet(sb.world, sb.world.boundSpreadsheetId!)!;
      const file = join(dir, `${id}.xlsx`);
      writeFileSync(file, await toXlsx(models[id], id));
      files.push(file);
    }
    // A private LibreOffice profile, so one another process is running cannot block this one.
    execFileSync('soffice', ['-env:UserInstallation=file:///tmp/mustafid-register-print-lo', '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], {
      stdio: 'ignore',
      timeout: 300_000,
    });
    for (const id of PROFILE_IDS) {
      const pdf = join(dir, `${id}.pdf`);
      text[id] = flat(pdfText(pdf));
      pages[id] = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf]).toString('utf8');
      fonts[id] = execFileSync('pdffonts', [pdf]).toString('utf8');
    }
  }, 900_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe.each(PROFILE_IDS)('%s', (id) => {
    const cases = () => sheetByName(models[id], t('tab.cases'))!;

    it('prints every page landscape on A4', () => {
      const sizes = [...pages[id].matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [Number(m[1]), Number(m[2])]);
      expect(sizes.length).toBeGreaterThan(3);
      for (const [w, h] of sizes) expect([Math.round(w), Math.round(h)]).toEqual([842, 595]);
    });

    it('prints in the font that carries Arabic and its digits, embedded, and no font without them stands in', () => {
      const used = fonts[id].split('\n').slice(2).filter(Boolean);
      expect(used.some((line) => /NotoNaskhArabic-Regular/.test(line))).toBe(true);
      expect(used.some((line) => /NotoNaskhArabic-Bold/.test(line))).toBe(true);
      expect(used.filter((line) => !/\byes\s+yes\s+yes\b/.test(line))).toEqual([]);
      expect(used.filter((line) => /Arial|Liberation/.test(line))).toEqual([]);
    });

    it('prints every case number and every shown date as Sheets shows them, the due date on the day its Arabic text says', () => {
      const model = models[id];
      const numbers = shown(model, cases(), t('col.cases.case_no'));
      expect(numbers.length).toBeGreaterThanOrEqual(3);
      for (const n of numbers) expect(text[id]).toContain(n);
      const due = shown(model, cases(), t('col.cases.due_date'));
      const dual = shown(model, cases(), t('col.cases.due_dual'));
      expect(due.length).toBe(dual.length);
      due.forEach((d, i) => {
        expect(text[id]).toContain(d);
        // «… الموافق 13 ديسمبر 2026 م» and the date cell «2026-12-13 00:00» name the same day.
        const m = new RegExp(`(\\d{1,2}) (${MONTHS.join('|')}) (\\d{4})`).exec(latin(dual[i]));
        expect(m).not.toBeNull();
        const day = `${m![3]}-${String(MONTHS.indexOf(m![2]) + 1).padStart(2, '0')}-${m![1].padStart(2, '0')}`;
        expect(latin(d).slice(0, 10)).toBe(day);
      });
      const received = shown(model, cases(), t('col.cases.received_at'));
      for (const r of received) expect(text[id]).toContain(r);
    });

    it('prints the holidays, digits and all, with no glyph lost', () => {
      // pdfjs gives a bracket around an Arabic run at the run's other end («اليوم الوطني) (»): compared without them.
      const unbracketed = (s: string) => flat(s.replace(/[()]/g, ' ')).trim();
      const names = shown(models[id], sheetByName(models[id], t('tab.holidays'))!, t('col.holidays.name')).map(unbracketed);
      expect(names.length).toBeGreaterThan(3);
      const printed = unbracketed(text[id]);
      for (const name of names) expect(printed).toContain(name);
      expect(text[id]).not.toMatch(/\uFFFD/);
      if (PROFILES[id].digits === 'arab') expect(names.some((n) => /[\u0660-\u0669]/.test(n))).toBe(true);
    });

    it('prints no code where staff read: Arabic labels only (the form response tabs aside, whose first header is Google\'s)', () => {
      const found = CODES.filter((code) => new RegExp(`(?<![\\w.@/-])${code}(?![\\w.@/-])`).test(text[id]));
      expect(found).toEqual([]);
    });
  });
});
