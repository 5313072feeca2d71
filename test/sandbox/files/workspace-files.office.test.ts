// The workspace's .docx and .xlsx opened by LibreOffice and printed to PDF, the PDFs read back through
// pdfjs-dist: Arabic survives every step. Runs in `npm run test:office` (LibreOffice from Debian).
import { execFileSync } from 'child_process';
import { statSync } from 'fs';
import { basename, join } from 'path';
import { pdfText } from '../../support/pdfText';
import { writeSampleWorkspace } from './sampleWorkspace';

describe('workspace files in LibreOffice', () => {
  let out: string;
  let written: string[];

  beforeAll(async () => {
    ({ out, written } = await writeSampleWorkspace('sandbox-files-office'));
  });

  it('given the .docx and the .xlsx, when LibreOffice converts them to PDF, then the Arabic text is in the PDFs in reading order', () => {
    const docx = written.find((p) => p.endsWith('.docx'))!;
    const xlsx = join(out, 'register.xlsx');
    const pdfDir = join(out, 'pdf');
    // A private profile, so a LibreOffice another process is running cannot block this one.
    execFileSync('soffice', ['-env:UserInstallation=file:///tmp/mustafid-sandbox-files-lo', '--headless', '--convert-to', 'pdf', '--outdir', pdfDir, docx, xlsx], {
      stdio: 'ignore',
      timeout: 180_000,
    });
    const pdfOf = (file: string) => join(pdfDir, basename(file).replace(/\.[^.]+$/, '.pdf'));
    for (const file of [docx, xlsx]) expect(statSync(pdfOf(file)).size).toBeGreaterThan(3000);
    const minutes = pdfText(pdfOf(docx));
    expect(minutes).toContain('محضر اجتماع لجنة الشكاوى');
    expect(minutes).toContain('قررت اللجنة قبول الشكوى رقم ١٢');
    expect(minutes).toContain('مقبولة');
    const register = pdfText(pdfOf(xlsx));
    expect(register).toContain('فاطمة الزهراني');
    expect(register).toContain('قيد المعالجة');
    // The date column is wide enough to show the date, not Excel's ### for an overflowing number.
    expect(register).toContain('2025-03-02');
  }, 240_000);
});
