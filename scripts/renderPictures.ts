// Makes the pictures in docs/ (issue 15) with the real programs: the default scenario played on a profile, then
// the acknowledgement and the weekly summary shot in headless Chromium at a phone's width, the minutes (.docx)
// and the register (.xlsx) printed to PDF by LibreOffice and their first page rasterised by poppler.
// Run: npm run build && npx tsx scripts/renderPictures.ts [profile]   (default esrar; writes docs/pictures/*.png)
import { execFileSync } from 'child_process';
import { mkdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { toDocx } from '../sandbox/persist/docx';
import { toXlsx } from '../sandbox/persist/xlsx';
import { findFile } from '../sandbox/core/files';
import { mailSlot } from '../sandbox/services/mail';
import { findSpreadsheet, sheetByName } from '../sandbox/services/spreadsheet/store';
import type { DocsSlot } from '../sandbox/services/document/model';
import { t } from '../src/i18n';
import { launchBrowser } from '../test/support/browser';
import { playDefault } from '../test/e2e/playDefault';

const OUT = join(__dirname, '..', 'docs', 'pictures');
const PHONE = { width: 390, height: 844 };

async function shoot(html: string, file: string): Promise<void> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: PHONE, deviceScaleFactor: 2 });
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head><body style="margin:12px">${html}</body></html>`);
    await page.screenshot({ path: file, fullPage: true });
  } finally {
    await browser.close();
  }
}

/** The first page of an office file, printed by LibreOffice and rasterised at 110 dpi. */
function firstPage(file: string, dir: string, png: string): void {
  execFileSync('soffice', ['-env:UserInstallation=file:///tmp/mustafid-pictures-lo', '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'ignore', timeout: 180_000 });
  const pdf = file.replace(/\.[^.]+$/, '.pdf');
  execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', pdf, png.replace(/\.png$/, '')]);
}

async function main(profileId: string): Promise<void> {
  process.env.TZ = 'Asia/Riyadh';
  const work = join(tmpdir(), `mustafid-pictures-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  mkdirSync(OUT, { recursive: true });
  const sb = playDefault(profileId);
  const messages = mailSlot(sb.world).messages;
  const ack = messages.find((m) => m.html && m.subject.startsWith(t('mail.ack.subject', { caseNo: 'X', org: '' }).split('X')[0].replace(/\u2068/g, '')));
  const summary = messages.find((m) => m.html && m.subject.startsWith(t('schedule.summary.subject', { week: '' }).split(':')[0]));
  if (!ack || !summary) throw new Error('the scenario sent no acknowledgement or no weekly summary');
  await shoot(ack.html!, join(OUT, 'acknowledgement-phone.png'));
  await shoot(summary.html!, join(OUT, 'weekly-summary-phone.png'));

  const model = findSpreadsheet(sb.world, sb.world.boundSpreadsheetId!)!;
  const xlsx = join(work, 'register.xlsx');
  writeFileSync(xlsx, await toXlsx(model, 'register'));
  firstPage(xlsx, work, join(OUT, 'register-printed.png'));

  const cases = sheetByName(model, t('tab.cases'))!;
  const linkColumn = (cases.rows[0] ?? []).findIndex((c) => c?.v === t('col.cases.minutes_url'));
  const link = cases.rows.slice(1).map((r) => String(r?.[linkColumn]?.v ?? '')).find((v) => v.includes('/document/d/'));
  const docId = /\/document\/d\/([^/]+)/.exec(link ?? '')?.[1];
  const doc = docId ? (sb.world.services.docs as DocsSlot).documents[docId] : undefined;
  if (!doc) throw new Error('no minutes linked from the cases tab');
  const docx = join(work, 'minutes.docx');
  writeFileSync(docx, await toDocx(doc, findFile(sb.world, doc.id)?.name ?? 'minutes'));
  firstPage(docx, work, join(OUT, 'minutes.png'));
  if (!process.env.KEEP_WORK) rmSync(work, { recursive: true, force: true });
  else process.stdout.write(`kept ${work}\n`);
  process.stdout.write(`wrote ${OUT}/{acknowledgement-phone,weekly-summary-phone,register-printed,minutes}.png (${profileId})\n`);
}

main(process.argv[2] ?? 'esrar').catch((e: unknown) => {
  process.stderr.write(String(e instanceof Error ? e.stack : e));
  process.exit(1);
});
