// Satisfaction figures for a period (the weekly manager summary, SAT-5/6): the survey log read once.
import type { Register } from '../../ports';
import { SATISFACTION_ITEMS, SCALE, scoreAnswers, type ItemScore } from '../../domain/satisfaction';
import { compareIsoDate, type IsoDate } from '../../domain/time';
import { isoOfCell } from '../register/dates';

export interface SatisfactionFigures {
  responses: number;
  /** The mean of every answer to every item, on the 1–5 scale. */
  average: number;
  scale: number;
  items: readonly ItemScore[];
}

/** Responses received from `fromIso` to `toIso` (Riyadh days, both included); null when there were none. */
export function satisfactionScores(register: Register, fromIso: IsoDate, toIso: IsoDate): SatisfactionFigures | null {
  const answers = register
    .table('surveys')
    .readAll()
    .filter(({ row }) => {
      const day = isoOfCell(row.responded_at);
      return day !== null && compareIsoDate(day, fromIso) >= 0 && compareIsoDate(day, toIso) <= 0;
    })
    .map(({ row }) => Object.fromEntries(SATISFACTION_ITEMS.map((k) => [k, row[k] as number | null])));
  if (answers.length === 0) return null;
  const scores = scoreAnswers(SATISFACTION_ITEMS, answers);
  return { responses: scores.responses, average: scores.overall ?? 0, scale: SCALE.max, items: scores.items };
}
