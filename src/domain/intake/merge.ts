// What a new submission does to a known beneficiary's record: newer contact data replaces older; a blank or
// invalid answer (null, empty) never erases what is known.

export type Known = string | number | boolean | Date | null;

/** For every field the submission answers: its new value when it gave one, else the known value (null when
 *  neither). Fields the submission does not carry are left to the caller. */
export function mergeKnown<K extends string>(known: Partial<Record<K, Known>>, incoming: Record<K, string | null>): Record<K, Known> {
  const merged = {} as Record<K, Known>;
  for (const key of Object.keys(incoming) as K[]) {
    const value = incoming[key];
    merged[key] = value !== null && value !== '' ? value : known[key] ?? null;
  }
  return merged;
}

/** A new answer to the consent question: ticking a channel again is fresh consent (PDPL art. 25), newer than an
 *  opt-out, and lifts it; ticking none (or a form that did not ask) keeps it. */
export function liftsOptOut(optedOut: boolean, channelsAccepted: readonly string[] | null): boolean {
  return optedOut && (channelsAccepted?.length ?? 0) > 0;
}
