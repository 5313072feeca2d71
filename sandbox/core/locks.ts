// LockService on virtual time: who held which lock over which interval, so executions that start at
// the same virtual instant (but run one after another in JS) see each other's locks as Apps Script would.

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

interface Hold {
  key: string; // 'script', 'document:<id>', 'user:<email>'
  holder: string; // execution id, or 'foreign' for a test's simulated holder
  fromMs: number;
  untilMs: number; // Infinity while still held by a running execution
}

export type Acquire = { ok: true; atMs: number } | { ok: false; gaveUpAtMs: number };

export class LockTable {
  private holds: Hold[] = [];

  /** The earliest instant ≥ `fromMs` at which no other holder has `key`, or null if never. */
  private freeFrom(key: string, holder: string, fromMs: number): number | null {
    let t = fromMs;
    // Walk forward over overlapping holds until a gap opens at t.
    for (;;) {
      const blocking = this.holds.find((h) => h.key === key && h.holder !== holder && h.fromMs <= t && t < h.untilMs);
      if (!blocking) return t;
      if (blocking.untilMs === Infinity) return null;
      t = blocking.untilMs;
    }
  }

  /** Tries to take `key` for `holder` at virtual `nowMs`, waiting at most `timeoutMs`. */
  acquire(key: string, holder: string, nowMs: number, timeoutMs: number): Acquire {
    if (this.isHeldBy(key, holder, nowMs)) return { ok: true, atMs: nowMs };
    const at = this.freeFrom(key, holder, nowMs);
    if (at === null || at - nowMs > timeoutMs) return { ok: false, gaveUpAtMs: nowMs + timeoutMs };
    // A later-starting hold recorded by an execution that ran earlier in JS would overlap: stop there.
    this.holds.push({ key, holder, fromMs: at, untilMs: Infinity });
    return { ok: true, atMs: at };
  }

  isHeldBy(key: string, holder: string, nowMs: number): boolean {
    return this.holds.some((h) => h.key === key && h.holder === holder && h.fromMs <= nowMs && nowMs < h.untilMs);
  }

  release(key: string, holder: string, atMs: number): void {
    for (const h of this.holds) if (h.key === key && h.holder === holder && h.untilMs === Infinity) h.untilMs = Math.max(atMs, h.fromMs);
  }

  /** Apps Script releases every lock an execution still holds when it ends. */
  releaseAll(holder: string, atMs: number): void {
    for (const h of this.holds) if (h.holder === holder && h.untilMs === Infinity) h.untilMs = Math.max(atMs, h.fromMs);
  }

  /** A test hook: some other process holds `key` from `fromMs` until `untilMs`. */
  holdForeign(key: string, fromMs: number, untilMs: number): void {
    this.holds.push({ key, holder: 'foreign', fromMs, untilMs });
  }

  /** Forgets holds that ended before `beforeMs`: nothing can start earlier than the world clock. */
  prune(beforeMs: number): void {
    this.holds = this.holds.filter((h) => h.untilMs > beforeMs);
  }
}
