// Prints a PDF's text as JSON (one string per page, lines in reading order) through pdfjs-dist's legacy build:
// run in its own node process because pdfjs is an ES module that jest's CommonJS runtime cannot import.
import { readFileSync } from 'fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

interface Item {
  str: string;
  hasEOL: boolean;
  transform: number[];
  width: number;
  height: number;
}

/** Runs that the PDF drew apart (a word gap where the direction changes, a table's next cell) are
 *  apart in the text too: pdfjs emits no space item for a gap that is only a change of position. */
function drawnApart(prev: Item, next: Item): boolean {
  if (prev.hasEOL || /\s$/.test(prev.str) || /^\s/.test(next.str) || prev.str === '' || next.str === '') return false;
  const [prevLeft, nextLeft] = [prev.transform[4], next.transform[4]];
  const gap = Math.min(Math.abs(nextLeft - (prevLeft + prev.width)), Math.abs(prevLeft - (nextLeft + next.width)));
  return gap > 0.15 * Math.max(prev.height, next.height, 1);
}

async function main(file: string): Promise<void> {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    // pdfjs gives each run in logical order (it undoes the right-to-left layout); a run that ends a line says so.
    const items = content.items.filter((item): item is Item & typeof item => 'str' in item);
    pages.push(items.map((item, i) => (i > 0 && drawnApart(items[i - 1], item) ? ' ' : '') + item.str + (item.hasEOL ? '\n' : '')).join(''));
  }
  await pdf.destroy();
  process.stdout.write(JSON.stringify(pages));
}

main(process.argv[2]).catch((e: unknown) => {
  process.stderr.write(String(e instanceof Error ? e.stack : e));
  process.exit(1);
});
