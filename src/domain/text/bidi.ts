// Keeps left-to-right tokens (references, masked identifiers, phones, e-mails, links, Latin names) in order inside Arabic text.

/** U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE: plain text, subjects, cells, documents. */
export const FSI = '\u2068';
export const PDI = '\u2069';
/** U+200E LEFT-TO-RIGHT MARK: keeps a separator between Arabic-Indic digits from turning the number round. */
export const LRM = '\u200E';

const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;
const LTR_CHAR = /[A-Za-z0-9\u0660-\u0669\u06F0-\u06F9]/;
// A bare number, decimals included: a comma or point between digits keeps the number in order.
const DIGITS_ONLY = /^[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,\u066B][0-9\u0660-\u0669\u06F0-\u06F9]+)?$/;

/** True for Arabic letters anywhere in `s`. */
export function hasArabic(s: string): boolean {
  return ARABIC_LETTER.test(s);
}

/**
 * True when `value`, set inside Arabic text, would be reordered: it has no Arabic letter, has a Latin letter or a
 * digit, and is not a bare number (a number alone keeps its order; "1448-00002", "R-1001", "1••••••008" do not).
 */
export function needsIsolation(value: string): boolean {
  const v = value.trim();
  if (v === '' || v.includes(FSI) || hasArabic(v) || !LTR_CHAR.test(v)) return false;
  return !DIGITS_ONLY.test(v);
}

/**
 * Arabic-Indic digits are "Arabic numbers" to the bidi algorithm: a hyphen, plus or bullet between them turns the
 * number round even in left-to-right text ("١٤٤٨-٠٠٠٠٢" shows as "٠٠٠٠٢-١٤٤٨"). Marks on both sides hold it.
 */
export function holdArabicIndicSeparators(s: string): string {
  return s.replace(/([\u0660-\u0669\u06F0-\u06F9])([-+\u2022\u2013]+)(?=[\u0660-\u0669\u06F0-\u06F9])/g, `$1${LRM}$2${LRM}`);
}

/** `token` between FSI and PDI (once: an isolated token is returned as it is). */
export function isolate(token: string): string {
  if (token === '' || (token.startsWith(FSI) && token.endsWith(PDI))) return token;
  return `${FSI}${holdArabicIndicSeparators(token)}${PDI}`;
}

/** `value` isolated when it needs it (see needsIsolation), else unchanged. */
export function isolateIfLtr(value: string): string {
  return needsIsolation(value) ? isolate(value) : value;
}

// A run of left-to-right text: tokens of letters, digits and the separators they carry, joined by single spaces
// when the next token has a Latin letter ("Sara Ahmed", "info@org.sa"), never swallowing a closing stop.
const TOKEN = String.raw`[A-Za-z0-9\u0660-\u0669\u06F0-\u06F9@+_%#&=~/\\:.\u2022\u2013\u200E-]*[A-Za-z0-9\u0660-\u0669\u06F0-\u06F9/]`;
const RUN = new RegExp(String.raw`(?:${TOKEN})(?: (?=[^ ]*[A-Za-z])(?:${TOKEN}))*`, 'g');

/**
 * Isolates every left-to-right run in free text an organisation wrote (a footer, a clause) that sits in an Arabic
 * line; text already isolated, and bare numbers, are left alone.
 */
export function isolateRuns(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (!hasArabic(line)) return line;
      return line
        .split(new RegExp(`(${FSI}[^${PDI}]*${PDI})`))
        .map((part) => (part.startsWith(FSI) ? part : part.replace(RUN, (run) => isolateIfLtr(run))))
        .join('');
    })
    .join('\n');
}

/** Escaped HTML with each FSI…PDI span as `<bdi dir="ltr">…</bdi>`: mail clients and the sidebar honour the element. */
export function isolatesToHtml(escaped: string): string {
  return escaped.replace(new RegExp(`${FSI}([^${PDI}]*)${PDI}`, 'g'), '<bdi dir="ltr">$1</bdi>').replace(new RegExp(`[${FSI}${PDI}]`, 'g'), '');
}

/** Text with the marks this module adds taken out, for reading back what a person typed or copied. */
export function stripIsolates(s: string): string {
  return s.replace(/[\u2066-\u2069\u200E\u200F]/g, '');
}
