// Readers of mail and document text as an Arabic reader sees it, shared by the end-to-end letter tests: the
// left-to-right runs left bare beside Arabic, the text blocks of an HTML mail, and counts that break agreement.
import { toLatinDigits } from '../../src/domain/text/normalize';

export const ISOLATES = /[\u2066-\u2069]/g;

const ARABIC = /[\u0621-\u064A]/;
const ISOLATED = /\u2068[^\u2069]*\u2069/g;
const RUN = /[A-Za-z0-9\u0660-\u0669@+.:/\u2022-]+/g;
// A bare number keeps its order among Arabic words, and so do numbers joined by a common separator (a decimal
// point, a colon, a slash: «4.5», «10:00», «١١/٣/١٤٤٤»); so does punctuation alone. A hyphen, plus or bullet does not.
const HARMLESS = /^(?:[.:/-]*[0-9\u0660-\u0669]+(?:[.,:/][0-9\u0660-\u0669]+)*[.:/-]*|[.:/\u2022-]+)$/;

/** The left-to-right runs a line with Arabic in it leaves outside isolates. */
export function bareRuns(line: string): string[] {
  if (!ARABIC.test(line)) return [];
  return (line.replace(ISOLATED, ' ').match(RUN) ?? []).filter((run) => !HARMLESS.test(run));
}

/** The text a mail client shows, block by block: what sits in a <bdi> is isolated, tags and attributes are not text. */
export function blocks(html: string): string[] {
  return html
    .replace(/<bdi dir="ltr">[^<]*<\/bdi>/g, '\u2068\u2069')
    .split(/<(?:p|li|tr|th|td|br|h3|div)\b[^>]*>/)
    .map((b) => b.replace(/<[^>]*>/g, '').replace(/&[a-z#0-9]+;/g, ' '));
}

/** A count that breaks Arabic agreement: 3–10 before a singular noun, or a bare 1 or 2 before one. */
export function badAgreement(text: string): string[] {
  const latin = toLatinDigits(text.replace(ISOLATES, ''));
  const nouns = '(?:يوم|طلب|حالة|عضو|استجابة|شكوى)(?![اتيى])';
  return [
    ...latin.matchAll(new RegExp(`(?<![\\d/.-])(?:[3-9]|10) ${nouns}(?! عمل واحد)`, 'gu')),
    ...latin.matchAll(new RegExp(`(?<![\\d/.-])[12] ${nouns}`, 'gu')),
  ].map((m) => m[0]);
}
