// The workspace files a person opens: .eml through mailparser, .xlsx through exceljs, and the .docx
// and .xlsx through LibreOffice to PDF, checking that Arabic survives every step.
import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import { existsSync, readFileSync, rmSync, statSync } from 'fs';
import { simpleParser } from 'mailparser';
import { basename, join } from 'path';
import { registerFile } from '../../../sandbox/core/files';
import { writeWorkspaceFiles } from '../../../sandbox/persist/files';
import { createDocumentApp } from '../../../sandbox/services/document';
import { createMailApp } from '../../../sandbox/services/mail';
import { cellForWrite, newSheetModel, spreadsheetSlot } from '../../../sandbox/services/spreadsheet/model';
import { newContext, newWorld } from './world';

const OUT = join(__dirname, '..', '..', '..', 'test-artifacts', 'sandbox-files');
const REGISTER_ID = 'register-spreadsheet-id-0000000000000000000';

/** A small register: an Arabic right-to-left sheet with a frozen header, a date, a formula, a note
 *  and a status list. Built on the spreadsheet model directly so this test needs no SpreadsheetApp. */
function buildRegister(world: ReturnType<typeof newWorld>): void {
  const sheet = newSheetModel(0, 'الحالات');
  sheet.rightToLeft = true;
  sheet.frozenRows = 1;
  sheet.columnWidths[2] = 210;
  ['رقم الحالة', 'اسم المستفيد', 'تاريخ الاستلام', 'المدة بالأيام', 'الحالة'].forEach((header, c) => {
    Object.assign(cellForWrite(sheet, 1, c + 1), { v: header, fontWeight: 'bold' });
  });
  Object.assign(cellForWrite(sheet, 2, 1), { v: '0012', fmt: '@' });
  Object.assign(cellForWrite(sheet, 2, 2), { v: 'فاطمة الزهراني', note: 'تواصلت هاتفياً' });
  Object.assign(cellForWrite(sheet, 2, 3), { v: { date: Date.parse('2025-03-02T09:30:00Z') } });
  Object.assign(cellForWrite(sheet, 2, 4), { v: 3, f: '=1+2' });
  Object.assign(cellForWrite(sheet, 2, 5), {
    v: 'قيد المعالجة',
    dv: { criteria: 'VALUE_IN_LIST', args: [['جديد', 'قيد المعالجة', 'مغلق'], true], allowInvalid: false, helpText: null, showDropdown: true },
  });
  spreadsheetSlot(world).spreadsheets[REGISTER_ID] = {
    id: REGISTER_ID,
    name: 'سجل علاقات المستفيدين',
    owner: world.owner,
    locale: 'ar',
    timeZone: 'Asia/Riyadh',
    sheets: [sheet],
    nextSheetId: 1,
  };
  registerFile(world, { id: REGISTER_ID, name: 'سجل علاقات المستفيدين', mimeType: 'application/vnd.google-apps.spreadsheet', owner: world.owner });
  world.boundSpreadsheetId = REGISTER_ID;
}

function buildMinutes(world: ReturnType<typeof newWorld>): void {
  const DocumentApp = createDocumentApp(newContext(world));
  const body = DocumentApp.create('محضر لجنة الشكاوى').getBody();
  body.getParagraphs()[0].setText('محضر اجتماع لجنة الشكاوى').setHeading(DocumentApp.ParagraphHeading.HEADING1).setLeftToRight(false);
  body.appendParagraph('قررت اللجنة قبول الشكوى رقم ١٢').setLeftToRight(false).setAlignment(DocumentApp.HorizontalAlignment.RIGHT);
  body.appendListItem('تعويض المستفيد').setLeftToRight(false);
  const table = body.appendTable([['البند', 'القرار'], ['الشكوى ١٢', 'مقبولة']]);
  table.getCell(0, 0).editAsText().setBold(true);
  body.appendHorizontalRule();
}

function buildMail(world: ReturnType<typeof newWorld>): void {
  const mail = createMailApp(newContext(world));
  mail.sendEmail('fatimah@example.com', 'تم استلام طلبك رقم ١٢', 'شكراً لتواصلكم مع الجمعية.', {
    htmlBody: '<div dir="rtl" lang="ar"><p>شكراً لتواصلكم مع <b>الجمعية</b>.</p></div>',
    name: 'جمعية مستفيد',
    cc: 'manager@example.com',
  });
  mail.sendEmail({ to: 'committee@example.com', subject: 'تذكير: موعد اللجنة', body: 'الاجتماع يوم الأحد' });
}

describe('workspace files', () => {
  let written: string[];

  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    const world = newWorld('workspace');
    buildRegister(world);
    buildMinutes(world);
    buildMail(world);
    written = await writeWorkspaceFiles(world, OUT);
  });

  it('given a world with a register, a document and two messages, then one file of each is written under readable names', () => {
    expect(written.map((p) => p.slice(OUT.length + 1)).sort()).toEqual([
      'docs/محضر-لجنة-الشكاوى.docx',
      'mail/001-تم-استلام-طلبك-رقم-١٢.eml',
      'mail/002-تذكير-موعد-اللجنة.eml',
      'register.xlsx',
    ]);
  });

  it('given the .eml files, when a mail parser reads them, then Arabic subjects, text and right-to-left HTML survive', async () => {
    const first = await simpleParser(readFileSync(written.find((p) => p.includes('001-'))!));
    expect(first.subject).toBe('تم استلام طلبك رقم ١٢');
    expect(first.text?.trim()).toBe('شكراً لتواصلكم مع الجمعية.');
    expect(first.html).toContain('<div dir="rtl" lang="ar">');
    expect(first.html).toContain('<b>الجمعية</b>');
    expect(first.from?.value[0]).toMatchObject({ name: 'جمعية مستفيد', address: 'coordinator@mustafid.org.sa' });
    expect(first.date?.toISOString()).toBe('2025-03-02T06:00:00.000Z');
    const second = await simpleParser(readFileSync(written.find((p) => p.includes('002-'))!));
    expect(second.subject).toBe('تذكير: موعد اللجنة');
    expect(second.html).toBe(false);
  });

  it('given register.xlsx, when opened again, then values keep their types and the sheet keeps its Arabic layout', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(OUT, 'register.xlsx'));
    const sheet = workbook.getWorksheet('الحالات')!;
    expect(sheet.views[0]).toMatchObject({ rightToLeft: true, state: 'frozen', ySplit: 1 });
    expect(sheet.getCell('A1').value).toBe('رقم الحالة');
    expect(sheet.getCell('A2').value).toBe('0012');
    expect(sheet.getCell('B2').note).toBe('تواصلت هاتفياً');
    expect((sheet.getCell('C2').value as Date).toISOString()).toBe('2025-03-02T09:30:00.000Z');
    expect(sheet.getCell('D2').value).toMatchObject({ formula: '1+2', result: 3 });
    expect(sheet.getCell('E2').dataValidation).toMatchObject({ type: 'list', formulae: ['"جديد,قيد المعالجة,مغلق"'] });
    expect(sheet.getColumn(2).width).toBe(30);
  });

  it('given the .docx and the .xlsx, when LibreOffice converts them to PDF, then the Arabic text is in the PDFs', () => {
    const docx = written.find((p) => p.endsWith('.docx'))!;
    const xlsx = join(OUT, 'register.xlsx');
    const pdfDir = join(OUT, 'pdf');
    // A private profile, so a LibreOffice another process is running cannot block this one.
    execFileSync('soffice', ['-env:UserInstallation=file:///tmp/mustafid-sandbox-files-lo', '--headless', '--convert-to', 'pdf', '--outdir', pdfDir, docx, xlsx], {
      stdio: 'ignore',
      timeout: 180_000,
    });
    const pdfOf = (file: string) => join(pdfDir, basename(file).replace(/\.[^.]+$/, '.pdf'));
    for (const file of [docx, xlsx]) expect(statSync(pdfOf(file)).size).toBeGreaterThan(3000);
    if (!existsSync('/usr/bin/pdftotext')) return;
    const text = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', pdfOf(file), '-']).toString('utf8');
    const minutes = text(docx);
    expect(minutes).toContain('محضر اجتماع لجنة الشكاوى');
    expect(minutes).toContain('مقبولة');
    const register = text(xlsx);
    expect(register).toContain('فاطمة الزهراني');
    expect(register).toContain('قيد المعالجة');
    // The date column is wide enough to show the date, not Excel's ### for an overflowing number.
    expect(register).toContain('2025-03-02');
  }, 240_000);
});
