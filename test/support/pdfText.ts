// A PDF's text as a person reads it, through pdfjs-dist (no poppler): one string per page.
import { execFileSync } from 'child_process';
import * as path from 'path';

const CLI = path.join(__dirname, 'pdfTextCli.ts');

export function pdfPages(file: string): string[] {
  const out = execFileSync(process.execPath, ['--import', 'tsx', CLI, file], { cwd: path.join(__dirname, '..', '..'), maxBuffer: 64 << 20 });
  return JSON.parse(out.toString('utf8')) as string[];
}

/** Every page's text, pages separated by a form feed as pdftotext does. */
export function pdfText(file: string): string {
  return pdfPages(file).join('\f');
}
