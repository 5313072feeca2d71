// The workspace files a person opens, read by readers the writers' authors did not make: .eml through
// Python's own email package, .xlsx through SheetJS, .docx through mammoth; Arabic survives each.
import { readFileSync } from 'fs';
import mammoth from 'mammoth';
import { join } from 'path';
import * as XLSX from 'xlsx';
import { readEml } from '../../support/readEml';
import { writeSampleWorkspace } from './sampleWorkspace';

describe('workspace files', () => {
  let out: string;
  let written: string[];

  beforeAll(async () => {
    ({ out, written } = await writeSampleWorkspace('sandbox-files'));
  });

  it('given a world with a register, a document and two messages, then one file of each is written under readable names', () => {
    expect(written.map((p) => p.slice(out.length + 1)).sort()).toEqual([
      'docs/محضر-لجنة-الشكاوى.docx',
      'mail/001-تم-استلام-طلبك-رقم-١٢.eml',
      'mail/002-تذكير-موعد-اللجنة.eml',
      'register.xlsx',
    ]);
  });

  it('given the .eml files, when Python\'s email package reads them, then Arabic subjects, text and right-to-left HTML survive', () => {
    const first = readEml(written.find((p) => p.includes('001-'))!);
    expect(first.subject).toBe('تم استلام طلبك رقم ١٢');
    expect(first.text?.trim()).toBe('شكراً لتواصلكم مع الجمعية.');
    expect(first.html).toContain('<div dir="rtl" lang="ar">');
    expect(first.html).toContain('<b>الجمعية</b>');
    expect(first.from).toEqual([{ name: 'جمعية مستفيد', address: 'coordinator@mustafid.org.sa' }]);
    expect(first.to).toEqual(['fatimah@example.com']);
    expect(first.cc).toEqual(['manager@example.com']);
    expect(first.date).toBe('2025-03-02T06:00:00.000Z');
    expect(first.parts).toEqual(['text/plain', 'text/html']);
    const second = readEml(written.find((p) => p.includes('002-'))!);
    expect(second.subject).toBe('تذكير: موعد اللجنة');
    expect(second.text?.trim()).toBe('الاجتماع يوم الأحد');
    expect(second.html).toBeNull();
  });

  it('given register.xlsx, when SheetJS opens it, then values keep their types and the sheet keeps its Arabic layout', () => {
    const workbook = XLSX.read(readFileSync(join(out, 'register.xlsx')), { cellFormula: true, cellStyles: true, bookFiles: true });
    expect(workbook.SheetNames).toEqual(['الحالات']);
    const sheet = workbook.Sheets['الحالات'];
    expect(workbook.Workbook?.Views?.[0]?.RTL).toBe(true);
    expect(sheet.A1).toMatchObject({ t: 's', v: 'رقم الحالة' });
    expect(sheet.A2).toMatchObject({ t: 's', v: '0012' });
    expect(sheet.B2.c?.[0]?.t).toBe('تواصلت هاتفياً');
    // A date is a serial day number shown through its format, on the wall clock of the spreadsheet's zone as
    // Sheets shows it: 09:30 UTC is 12:30 in Riyadh (read as a number: SheetJS's Date objects carry the 1900
    // local-mean-time offset of the machine's time zone).
    expect(sheet.C2).toMatchObject({ t: 'n', w: '2025-03-02 12:30' });
    expect(Math.round(((sheet.C2.v as number) - 25569) * 86_400_000)).toBe(Date.parse('2025-03-02T12:30:00Z'));
    expect(sheet.D2).toMatchObject({ t: 'n', v: 3, f: '1+2' });
    expect(sheet['!cols']?.[1]?.width).toBe(30);
    // SheetJS's community build reads neither panes nor validations into cells: read the sheet's own XML.
    const files = (workbook as unknown as { files: Record<string, { content: Uint8Array } | undefined> }).files;
    const xml = Buffer.from(files['xl/worksheets/sheet1.xml']!.content).toString('utf8');
    expect(xml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(xml).toMatch(/<dataValidation [^>]*type="list"[^>]*sqref="E2"[^>]*>\s*<formula1>&quot;جديد,قيد المعالجة,مغلق&quot;<\/formula1>/);
    // Printed as staff print it from Google's dialog (Apps Script cannot set it): landscape, fit to width, header repeated.
    // (this narrow tab fits the width at a readable size; the cases tab prints at 60% in bands, see registerPrint.office)
    expect(xml).toMatch(/<pageSetUpPr [^>]*fitToPage="1"/);
    expect(xml).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"[^>]*fitToWidth="1"[^>]*fitToHeight="0"/);
    const book = Buffer.from(files['xl/workbook.xml']!.content).toString('utf8');
    expect(book).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;الحالات&apos;!\$1:\$1<\/definedName>/);
  });

  it('given the minutes .docx, when mammoth reads it, then the heading, the decision, the list and the table are there in order', async () => {
    const { value: html, messages } = await mammoth.convertToHtml({ path: written.find((p) => p.endsWith('.docx'))! });
    expect(messages.filter((m) => m.type === 'error')).toEqual([]);
    expect(html).toContain('<h1>محضر اجتماع لجنة الشكاوى</h1>');
    expect(html).toContain('<p>قررت اللجنة قبول الشكوى رقم ١٢</p>');
    expect(html).toMatch(/<li>تعويض المستفيد<\/li>/);
    expect(html).toMatch(/<table>.*البند.*القرار.*الشكوى ١٢.*مقبولة.*<\/table>/s);
    expect(html.indexOf('محضر اجتماع')).toBeLessThan(html.indexOf('قررت اللجنة'));
  });
});
