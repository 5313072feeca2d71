// Coded refusals and command stamps shared by the policy workflows (CM, CP, PR, SAT, RS, IN-3).
import type { Stamp } from '../case/commands';

export type { Stamp };

/** Every refusal names its code; the rest of the cause is detail entry code may show. */
export interface Refusal {
  readonly code: string;
}

/** A coded error in the shape entry code expects: `error.cause.code`. */
export function refuse<C extends Refusal>(area: string, cause: C): Error {
  return new Error(`${area} refused: ${JSON.stringify(cause)}`, { cause });
}

/** The cause of a refusal with one of `codes`, or null for any other error. */
export function refusalOf<C extends Refusal>(error: unknown, codes: readonly string[]): C | null {
  if (!(error instanceof Error)) return null;
  const cause = error.cause as { code?: unknown } | undefined;
  if (!cause || typeof cause.code !== 'string') return null;
  return codes.includes(cause.code) ? (cause as C) : null;
}

// An ISO 8601 instant with a zone, as an adapter converts a Sheets timestamp (same rule as the case decider).
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The stamp's problem, if any: who acted and when must both be known for the audit trail. */
export function stampProblem(stamp: Stamp): 'ACTOR_REQUIRED' | 'INVALID_INSTANT' | null {
  if (!stamp.actor || !stamp.actor.trim()) return 'ACTOR_REQUIRED';
  if (!ISO_INSTANT.test(stamp.at) || Number.isNaN(Date.parse(stamp.at))) return 'INVALID_INSTANT';
  return null;
}

/** Trimmed, non-blank, without repeats, in the order given. */
export function cleanList(items: readonly string[]): string[] {
  return [...new Set(items.map((item) => item.trim()).filter((item) => item.length > 0))];
}
