// Arabic and English plural categories (CLDR) and the catalog's plural message: one variant per category.

export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * A message whose wording follows a count: `count` names the placeholder that holds it. Arabic gives all six
 * categories; English gives one and other. A category left out falls back to `other`.
 */
export interface PluralMessage {
  readonly count: string;
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

export type Message = string | PluralMessage;

/**
 * CLDR's Arabic rules for whole numbers: 0 zero, 1 one, 2 two, n % 100 in 3–10 few, n % 100 in 11–99 many, the
 * rest (100–102, 200…) other. Written out rather than read from Intl.PluralRules: Apps Script documents no ICU
 * data, and six lines cost less than finding out on a live deployment that a category is missing.
 */
export function arabicPlural(n: number): PluralCategory {
  const abs = Math.abs(n);
  if (!Number.isInteger(abs)) return 'other';
  if (abs === 0) return 'zero';
  if (abs === 1) return 'one';
  if (abs === 2) return 'two';
  const mod = abs % 100;
  if (mod >= 3 && mod <= 10) return 'few';
  if (mod >= 11) return 'many';
  return 'other';
}

/** English: 1 is one, everything else other. */
export function englishPlural(n: number): PluralCategory {
  return n === 1 ? 'one' : 'other';
}

/** The variant of `message` for `n` under `rule`. */
export function pluralVariant(message: PluralMessage, n: number, rule: (n: number) => PluralCategory): string {
  return message[rule(n)] ?? message.other;
}
