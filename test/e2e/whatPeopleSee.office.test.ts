// What people see, rendered by real programs on all five profiles after the default scenario: the register as
// staff print it (the sandbox's .xlsx printed to PDF by LibreOffice) and the committee minutes they sign (the
// sandbox's .docx read by mammoth and printed to PDF), read back by pdfjs (text) and poppler (pages, fonts).
// Runs in `npm run test:office`.
import { execFileSync } from 'child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { join } from 'path';
import { tmpdir } from 'os';
import { toXlsx } from '../../sandbox/persist/xlsx';
import { toDocx } from '../../sandbox/persist/docx';
import { findFile } from '../../sandbox/core/files';
import type { DocsSlot } from '../../sandbox/services/document/model';
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

const withDigitsOf = (s: string, digits: 'latn' | 'arab') => (digits === 'arab' ? s.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d))) : s);
const latin = (s: string) => s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
/** Text as compared: no isolates or marks, spaces collapsed (a wrapped cell breaks its line in the PDF). */
const flat = (s: string) => s.replace(/[\u200E\u200F\u2066-\u2069]/g, '').replace(/\s+/g, ' ');

function column(sheet: SheetModel, header: string): number {
  const at = (sheet.rows[0] ?? []).findIndex((c) => c?.v === header);
  if (at < 0) throw new Error(`no column ${header} in ${sheet.name}`);
  return at;
}

/** A tab's data rows as Sheets gives them to a script (the staff tab, for the committee's members). */
function rowsOf(model: SpreadsheetModel, name: string): Array<Record<string, unknown>> {
  const sheet = sheetByName(model, name)!;
  const header = (sheet.rows[0] ?? []).map((c) => String(c?.v ?? ''));
  return sheet.rows.slice(1).filter((r) => r?.some((c) => c?.v)).map((r) => Object.fromEntries(header.map((h, i) => [h, displayOf(r?.[i] ?? undefined, model.timeZone)])));
}

/** The shown text of a column's data cells (what Sheets shows: getDisplayValues). */
function shown(model: SpreadsheetModel, sheet: SheetModel, header: string): string[] {
  const at = column(sheet, header);
  return sheet.rows.slice(1).map((r) => displayOf(r?.[at] ?? undefined, model.timeZone)).filter((v) => v !== '');
}

describe('the register printed from its .xlsx, and the committee minutes', () => {
  const dir = join(tmpdir(), `mustafid-register-print-${process.pid}`);
  const models: Record<string, SpreadsheetModel> = {};
  const text: Record<string, string> = {};
  const pages: Record<string, string> = {};
  const fonts: Record<string, string> = {};
  /** The committee minutes of the cases decided in the scenario: Drive names, mammoth's HTML, the .docx XML, PDF text. */
  const minutes: Record<string, { names: string[]; html: string; xml: string; text: string; layout: string; fonts: string }> = {};

  beforeAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const files: string[] = [];
    const names: Record<string, string[]> = {};
    for (const id of PROFILE_IDS) {
      const sb = playDefault(id);
      models[id] = findSpreadsheet(sb.world, sb.world.boundSpreadsheetId!)!;
      const file = join(dir, `${id}.xlsx`);
      writeFileSync(file, await toXlsx(models[id], id));
      files.push(file);
      // The minutes linked from the cases tab (every decided case carries its minutes' link).
      const links = shown(models[id], sheetByName(models[id], t('tab.cases'))!, t('col.cases.minutes_url'));
      const docId = /\/document\/d\/([^/]+)/.exec(links[0] ?? '')?.[1];
      if (!docId) throw new Error(`${id}: no minutes linked from the cases tab`);
      const docs = (sb.world.services.docs as DocsSlot).documents;
      names[id] = Object.keys(docs).map((d) => findFile(sb.world, d)?.name ?? '');
      const docx = join(dir, `${id}-minutes.docx`);
      writeFileSync(docx, await toDocx(docs[docId], findFile(sb.world, docId)!.name));
      files.push(docx);
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
      const docx = join(dir, `${id}-minutes.docx`);
      const zip = await JSZip.loadAsync(readFileSync(docx));
      minutes[id] = {
        names: names[id],
        html: (await mammoth.convertToHtml({ path: docx })).value,
        xml: await zip.file('word/document.xml')!.async('string'),
        text: flat(pdfText(join(dir, `${id}-minutes.pdf`))),
        // poppler's layout text keeps a left-to-right run whole (pdfjs splits «1448-00001» into «1448 00001 -»);
        // the embedding marks it adds are dropped.
        layout: execFileSync('pdftotext', ['-layout', join(dir, `${id}-minutes.pdf`), '-']).toString('utf8').replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F]/g, ''),
        fonts: execFileSync('pdffonts', [join(dir, `${id}-minutes.pdf`)]).toString('utf8'),
      };
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

    it('minutes: number, date, time, place, attendance and quorum, agenda and the decisions table, in reading order', () => {
      const { html, layout } = minutes[id];
      const digits = PROFILES[id].digits;
      // The scenario's first minutes, in Jumada II 1448: number 1 of the committee's year.
      const number = withDigitsOf('1/1448', digits);
      expect(html).toContain(`<td><p>${t('minutes.facts.number')}</p></td><td><p>${number}</p></td>`);
      for (const key of ['minutes.facts.date', 'minutes.facts.time', 'minutes.facts.place', 'minutes.facts.quorum', 'minutes.agenda', 'minutes.decisions'] as const) expect(html).toContain(t(key));
      expect(html).toContain(t('minutes.place.default', { org: PROFILES[id].name.ar, city: PROFILES[id].city || '—' }));
      // Every case minuted is on the agenda and in the decisions table, its number whole on one line of the PDF.
      const [numberAt, linkAt] = [column(cases(), t('col.cases.case_no')), column(cases(), t('col.cases.minutes_url'))];
      const minuted = cases()
        .rows.slice(1)
        .filter((r) => String(r?.[linkAt]?.v ?? '').includes('/document/d/'))
        .map((r) => String(r?.[numberAt]?.v ?? ''));
      expect(minuted.length).toBeGreaterThan(0);
      for (const caseNo of minuted) {
        const printed = withDigitsOf(latin(caseNo), digits);
        // Whole on one printed line of the decisions table (not «1448-» over «00001»).
        expect(layout.split('\n').filter((line) => line.includes(printed)).length).toBeGreaterThanOrEqual(1);
        // (an Arabic-Indic number keeps its hyphen between marks, «١٤٤٨\u200E-\u200E٠٠٠٠١»: compared without them)
        expect(html.replace(/\u200E/g, '')).toMatch(new RegExp(`<td><p>[^<]*${printed}[^<]*</p></td>`));
      }
    });

    it('minutes: decisions in columns sized by content (the case number whole), a signature row per member with room to sign', () => {
      const { html, xml } = minutes[id];
      const grids = [...xml.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map((g) => [...g[1].matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1])));
      const decisions = grids.find((g) => g.length === 6)!;
      expect(decisions).toBeDefined();
      expect(new Set(decisions).size).toBeGreaterThan(1);
      // The case number's column holds «1448-00001» on one line: ten characters of 7 pt and the padding, in twips.
      expect(decisions[0]).toBeGreaterThanOrEqual((16 + 7 * 10) * 20);
      expect(xml).toMatch(/<w:tblLayout w:type="fixed"\/>/);
      // The scenario's staff list no committees of their own, so every committee member sits on every committee.
      const members = rowsOf(models[id], t('tab.staff'))
        .filter((r) => r[t('col.staff.role')] === t('list.role.committee_member'))
        .map((r) => ({ name: String(r[t('col.staff.name')]) }));
      expect(members.length).toBeGreaterThan(0);
      const tall = [...xml.matchAll(/<w:trHeight w:val="(\d+)" w:hRule="atLeast"\/>/g)].map((m) => Number(m[1]));
      expect(tall.filter((h) => h >= 800)).toHaveLength(members.length);
      for (const m of members) expect(html).toContain(m.name);
      expect(html).toContain(t('minutes.col.signature'));
    });

    it('minutes: the board approval quoted, fonts embedded, one document per minutes number', () => {
      const { html, names, fonts: used } = minutes[id];
      const ap = PROFILES[id].clauses.AP;
      expect(html).toContain(ap ? ap.slice(0, 30) : PROFILES[id].approval.body ? t('minutes.approval.body', { body: PROFILES[id].approval.body }) : t('minutes.approval.none'));
      expect(used.split('\n').slice(2).filter(Boolean).filter((line) => !/\byes\s+yes\s+yes\b/.test(line))).toEqual([]);
      const heading = t('minutes.heading', { committee: '', number: '' }).split(' ')[0];
      const perNumber = new Map<string, number>();
      for (const name of names.filter((n) => n.startsWith(heading))) {
        const no = latin(name).match(/\d+\/14\d\d/)?.[0] ?? name;
        perNumber.set(no, (perNumber.get(no) ?? 0) + 1);
      }
      expect(perNumber.size).toBeGreaterThan(0);
      expect([...perNumber.values()].every((n) => n === 1)).toBe(true);
    });

    it('prints no code where staff read: Arabic labels only (the form response tabs aside, whose first header is Google\'s)', () => {
      const found = CODES.filter((code) => new RegExp(`(?<![\\w.@/-])${code}(?![\\w.@/-])`).test(text[id]));
      expect(found).toEqual([]);
    });
  });
});
