// Failed runs remembered in a script property (which a Sheets outage does not reach) until the health note lists them.
import type { KeyValueStore } from '../../ports';

export const FAILED_RUNS_KEY = 'HEALTH_FAILED_RUNS';
/** A property holds 9 KB: the most recent failures are kept (about 150 characters each) and all are counted. */
export const MAX_RECENT_FAILURES = 20;

export interface FailedRun {
  atMs: number;
  /** The global function the trigger called ('dailySweep', 'onServiceRequestSubmit'…). */
  fn: string;
  /** Google's or the product's message, cut short. */
  error: string;
}

export interface FailedRuns {
  count: number;
  recent: FailedRun[];
}

export function readFailedRuns(store: KeyValueStore): FailedRuns {
  try {
    const parsed = JSON.parse(store.get(FAILED_RUNS_KEY) ?? '') as { count?: unknown; recent?: unknown };
    const recent = Array.isArray(parsed.recent) ? (parsed.recent as Array<[number, string, string]>).map(([atMs, fn, error]) => ({ atMs, fn, error })) : [];
    return { count: typeof parsed.count === 'number' ? parsed.count : recent.length, recent };
  } catch {
    return { count: 0, recent: [] };
  }
}

export function recordFailedRun(store: KeyValueStore, run: FailedRun): void {
  const before = readFailedRuns(store);
  const recent = [...before.recent, { ...run, error: run.error.slice(0, 100) }].slice(-MAX_RECENT_FAILURES);
  store.set(FAILED_RUNS_KEY, JSON.stringify({ count: before.count + 1, recent: recent.map((r) => [r.atMs, r.fn, r.error]) }));
}

/** Forgets the failures a note has listed (those recorded after it was read stay for the next note). */
export function clearFailedRuns(store: KeyValueStore, listed: FailedRuns): void {
  const now = readFailedRuns(store);
  const later = now.recent.filter((r) => !listed.recent.some((l) => l.atMs === r.atMs && l.fn === r.fn));
  store.set(FAILED_RUNS_KEY, JSON.stringify({ count: Math.max(0, now.count - listed.count), recent: later.map((r) => [r.atMs, r.fn, r.error]) }));
}
