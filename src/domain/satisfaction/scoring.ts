// Scores of 1–5 answers (satisfaction surveys and program evaluations) turned into averages per item and overall.
import { toLatinDigits } from '../text';
import { satisfactionError } from './survey';

/** One response: answers by item key; a blank answer is a skipped question, not a zero. */
export type SurveyAnswers = Readonly<Record<string, number | string | null | undefined>>;

export interface ItemScore {
  readonly key: string;
  /** Mean of the answers given, to two decimals; null when nobody answered the item. */
  readonly average: number | null;
  readonly count: number;
}

export interface SurveyScores {
  readonly responses: number;
  readonly items: readonly ItemScore[];
  /** Mean of every answer to every item (not the mean of the item means), to two decimals. */
  readonly overall: number | null;
}

export const SCALE = { min: 1, max: 5 } as const;

/** Averages of `answers` over `itemKeys`; throws INVALID_SCORE for an answer off the 1–5 scale. */
export function scoreAnswers(itemKeys: readonly string[], answers: readonly SurveyAnswers[]): SurveyScores {
  const all: number[] = [];
  const items = itemKeys.map((key): ItemScore => {
    const values = answers.map((a) => scoreOf(a[key], key)).filter((v): v is number => v !== null);
    all.push(...values);
    return { key, average: mean(values), count: values.length };
  });
  return { responses: answers.length, items, overall: mean(all) };
}

function scoreOf(raw: number | string | null | undefined, item: string): number | null {
  if (raw === null || raw === undefined) return null;
  // Forms hand scale answers over as text, sometimes in Arabic-Indic digits.
  const text = typeof raw === 'number' ? String(raw) : toLatinDigits(raw).trim();
  if (text === '') return null;
  const value = Number(text);
  if (!Number.isInteger(value) || value < SCALE.min || value > SCALE.max) {
    throw satisfactionError({ code: 'INVALID_SCORE', item, value: String(raw) });
  }
  return value;
}

function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100;
}
