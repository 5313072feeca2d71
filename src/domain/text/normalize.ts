// Cleans what people type or paste (Arabic-Indic digits, invisible marks, tatweel) and folds Arabic names for matching.

// Zero-width characters, bidi marks and isolates, the Arabic letter mark and the BOM: pasted from phones and
// web pages, invisible, and enough to make two equal numbers or names differ.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\u061C\u00AD]/g;
const TATWEEL = /\u0640/g;
// NBSP and the other Unicode spaces count as plain spaces.
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\v\f]/g;
const ARABIC_INDIC_DIGIT = /[\u0660-\u0669]/g;
const PERSIAN_DIGIT = /[\u06F0-\u06F9]/g;
// Harakat, tanween, shadda, sukun, dagger alef and Quranic annotation marks.
const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;

/** Arabic-Indic (٠–٩) and Persian (۰–۹) digits as Latin 0–9; everything else unchanged. */
export function toLatinDigits(s: string): string {
  return s
    .replace(ARABIC_INDIC_DIGIT, (c) => String(c.charCodeAt(0) - 0x0660))
    .replace(PERSIAN_DIGIT, (c) => String(c.charCodeAt(0) - 0x06f0));
}

/**
 * Drops invisible characters and tatweel, makes every space a plain one, collapses runs and trims.
 * With `multiline`, line breaks survive (a complaint's paragraphs) and each line is cleaned on its own.
 */
export function cleanText(s: string, options: { multiline?: boolean } = {}): string {
  const visible = s.replace(INVISIBLE, '').replace(TATWEEL, '').replace(ODD_SPACES, ' ');
  if (!options.multiline) return visible.replace(/\s+/g, ' ').trim();
  return visible
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.replace(/ +/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * A name folded for duplicate detection, never for display: "أحمد  عبدالرحمن" and "احمد عبدالرحمن" match.
 * Alef forms become bare alef, alef maqsura ya, ta marbuta ha, Persian kaf and ya their Arabic forms;
 * diacritics go; digits become Latin; Latin letters lower-case.
 */
export function normalizeArabicName(s: string): string {
  return toLatinDigits(cleanText(s))
    .replace(DIACRITICS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/[ىی]/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ک/g, 'ك')
    .toLowerCase();
}

/** The items of a list typed in one cell or field: separated by new lines, semicolons (؛ ;) and, unless
 *  `commas` is false, commas (، ,) too; trimmed, blanks dropped. Reasons keep their commas. */
export function splitList(value: unknown, options: { commas?: boolean } = {}): string[] {
  const separators = options.commas === false ? /[\n؛;]/ : /[\n؛;،,]/;
  return String(value ?? '')
    .split(separators)
    .map((s) => s.trim())
    .filter(Boolean);
}
