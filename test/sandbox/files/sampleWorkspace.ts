// A small workspace as the sandbox writes it: an Arabic register, committee minutes and two messages,
// for the tests that open those files with readers and programs not made by the writers' authors.
import { rmSync } from 'fs';
import { join } from 'path';
import { registerFile } from '../../../sandbox/core/files';
import { writeWorkspaceFiles } from '../../../sandbox/persist/files';
import { createDocumentApp } from '../../../sandbox/services/document';
import { asGoogle } from '../../../sandbox/services/gasShapes';
import { createMailApp } from '../../../sandbox/services/mail';
import { cellForWrite, newSheetModel, spreadsheetSlot } from '../../../sandbox/services/spreadsheet/model';
import { newContext, newWorld } from './world';

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
  const DocumentApp = asGoogle<GoogleAppsScript.Document.DocumentApp>(createDocumentApp(newContext(world)));
  const body = DocumentApp.create('محضر لجنة الشكاوى').getBody();
  const title = body.getParagraphs()[0];
  title.setText('محضر اجتماع لجنة الشكاوى');
  title.setHeading(DocumentApp.ParagraphHeading.HEADING1).setLeftToRight(false);
  body.appendParagraph('قررت اللجنة قبول الشكوى رقم ١٢').setLeftToRight(false).setAlignment(DocumentApp.HorizontalAlignment.RIGHT);
  body.appendListItem('تعويض المستفيد').setLeftToRight(false);
  const table = body.appendTable([['البند', 'القرار'], ['الشكوى ١٢', 'مقبولة']]);
  table.getCell(0, 0).editAsText().setBold(true);
  body.appendHorizontalRule();
}

function buildMail(world: ReturnType<typeof newWorld>): void {
  const mail = asGoogle<GoogleAppsScript.Mail.MailApp>(createMailApp(newContext(world)));
  mail.sendEmail('fatimah@example.com', 'تم استلام طلبك رقم ١٢', 'شكراً لتواصلكم مع الجمعية.', {
    htmlBody: '<div dir="rtl" lang="ar"><p>شكراً لتواصلكم مع <b>الجمعية</b>.</p></div>',
    name: 'جمعية مستفيد',
    cc: 'manager@example.com',
  });
  mail.sendEmail({ to: 'committee@example.com', subject: 'تذكير: موعد اللجنة', body: 'الاجتماع يوم الأحد' });
}

/** Writes the sample workspace under test-artifacts/NAME (emptied first) and returns the written paths. */
export async function writeSampleWorkspace(name: string): Promise<{ out: string; written: string[] }> {
  const out = join(__dirname, '..', '..', '..', 'test-artifacts', name);
  rmSync(out, { recursive: true, force: true });
  const world = newWorld('workspace');
  buildRegister(world);
  buildMinutes(world);
  buildMail(world);
  return { out, written: await writeWorkspaceFiles(world, out) };
}
