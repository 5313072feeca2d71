// The minutes' agenda sentence printed by LibreOffice: a case number isolated inside a right-to-left paragraph
// keeps its left-to-right order on the page («1448-00001», never «00001-1448»), in Latin and Arabic-Indic
// digits, as in a table cell. The order is read from where poppler finds each word on the page (its x
// position), not from the text order a PDF extractor returns: pdfjs gives «1448 00001 -» for a number printed
// in order, and that reading, not the print, is what looked reversed (docs/sandbox.md).
import { execFileSync } from 'child_process';
import { mkdirSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';
import { tmpdir } from 'os';
import { toDocx } from '../../sandbox/persist/docx';
import type { DocumentModel, ParagraphModel } from '../../sandbox/services/document/model';
import { isolateRuns } from '../../src/domain/text/bidi';
import { withDigits } from '../../src/domain/time';
import { t } from '../../src/i18n';

const dir = join(tmpdir(), `mustafid-agenda-${process.pid}`);
const DIGITS = ['latn', 'arab'] as const;

/** An agenda line as committeeMinutes writes it and the Docs adapter appends it (isolateRuns, right to left, right-aligned). */
const agendaLine = (digits: 'latn' | 'arab'): ParagraphModel => ({
  kind: 'paragraph',
  text: isolateRuns(t('minutes.agenda.item', { n: withDigits('1', digits), caseNo: withDigits('1448-00001', digits), service: 'الالتحاق بدورة تدريبية' })),
  style: {},
  spans: [],
  heading: 'NORMAL',
  alignment: 'RIGHT',
  leftToRight: false,
});

type Word = { text: string; x: number; y: number };
let words: Word[] = [];

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const cell = (text: string) => ({ text: isolateRuns(text), style: {}, spans: [] });
  const doc = {
    id: 'agenda',
    bodyStyle: {},
    body: [
      ...DIGITS.map(agendaLine),
      { kind: 'table', style: {}, rows: DIGITS.map((d) => [cell(withDigits('1448-00001', d)), cell('قبول')]) },
    ],
  } as unknown as DocumentModel;
  writeFileSync(join(dir, 'agenda.docx'), await toDocx(doc, 'agenda'));
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/lo`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'agenda.docx')], { stdio: 'ignore', timeout: 180_000 });
  const bbox = execFileSync('pdftotext', ['-bbox', join(dir, 'agenda.pdf'), '-']).toString('utf8');
  words = [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)]
    .map((m) => ({ x: Number(m[1]), y: Math.round(Number(m[2])), text: m[3].replace(/[\u2066-\u2069\u200E\u200F]/g, '') }))
    .filter((w) => w.text !== '');
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The words of the printed agenda line holding `year`, left to right as they stand on the page. */
function agendaLineOf(year: string): Word[] {
  const ys = [...new Set(words.map((w) => w.y))];
  const y = ys.find((at) => words.some((w) => w.y === at && w.text.includes(year)) && words.some((w) => w.y === at && w.text === 'قاحتلالا'));
  if (y === undefined) throw new Error(`no agenda line with «${year}»: ${words.map((w) => w.text).join(' ')}`);
  return words.filter((w) => w.y === y).sort((a, b) => a.x - b.x);
}

describe.each(DIGITS)('the agenda line in %s digits, printed by LibreOffice', (digits) => {
  const [year, serial] = [withDigits('1448', digits), withDigits('00001', digits)];

  it('prints the case number left to right: the year, then the hyphen, then the serial', () => {
    const line = agendaLineOf(year).map((w) => w.text).join(' ');
    // Poppler may keep the number as one word or split it at the hyphen; either way, read on the page, in order.
    expect(line).toMatch(new RegExp(`${year} ?- ?${serial}`));
    expect(line).not.toMatch(new RegExp(`${serial} ?- ?${year}`));
  });

  it('sets the number after «رقم» and before the colon, as the sentence reads right to left', () => {
    const line = agendaLineOf(year);
    const at = (pred: (w: Word) => boolean) => line.find(pred)!.x;
    const number = at((w) => w.text.startsWith(year));
    // Right to left: «رقم» stands to the right of the number; the colon and «الالتحاق» to its left.
    expect(at((w) => w.text === 'مقر')).toBeGreaterThan(number);
    expect(at((w) => w.text.includes(':'))).toBeLessThan(number);
    expect(at((w) => w.text === 'قاحتلالا')).toBeLessThan(number);
  });

  it('prints the same number in a table cell in the same order', () => {
    // The table rows come after both agenda lines: the last line holding the year.
    const y = Math.max(...words.filter((w) => w.text.startsWith(year)).map((w) => w.y));
    const row = words.filter((w) => w.y === y).sort((a, b) => a.x - b.x).map((w) => w.text).join(' ');
    expect(row).toContain('لوبق');
    expect(row).toMatch(new RegExp(`${year} ?- ?${serial}`));
  });
});
