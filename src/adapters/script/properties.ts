// Script properties as the KeyValueStore and the never-reused Sequences (callers hold the script lock).
// All properties are read in one call the first time one is needed, then served from memory.
import type { KeyValueStore, ResponseLedger, Sequences } from '../../ports';

const RESERVATIONS_KEY = 'SEQ_RESERVED';
/** A replay comes within days, a property holds 9 KB: the last 60 reservations (about 5 KB) are kept. */
const MAX_RESERVATIONS = 60;
const LEDGER_KEY = 'INTAKE_BEGUN';
/** The last 60 responses begun (a response id is about 60 characters: some 5 KB of the 9 KB a property holds). */
const MAX_BEGUN = 60;
/** A ledger made now covers only responses submitted from ten minutes on (the form's and the script's clocks may differ). */
const LEDGER_MARGIN_MS = 10 * 60_000;

/** `h`: every response begun that was submitted at or after this instant is in `ids` ([id, submitted at ms]). */
interface Ledger {
  h: number;
  ids: Array<[string, number]>;
}

export class ScriptPropertiesStore implements KeyValueStore, Sequences, ResponseLedger {
  private readonly props = PropertiesService.getScriptProperties();
  private cache: Record<string, string> | null = null;
  /** The ledger as mayHaveBegun read it, for the begin of the same response that follows under the same lock. */
  private ledgerRead: { responseId: string; ledger: Ledger } | null = null;

  private all(): Record<string, string> {
    if (!this.cache) this.cache = this.props.getProperties();
    return this.cache;
  }

  get(key: string): string | null {
    return this.all()[key] ?? null;
  }

  set(key: string, value: string): void {
    this.props.setProperty(key, value);
    this.all()[key] = value;
  }

  setAll(values: Record<string, string>): void {
    this.props.setProperties(values, false);
    Object.assign(this.all(), values);
  }

  /** Reads the counter afresh (another execution may have moved it) and writes the next value; a keyed
   *  number is written with its reservation in the same call. */
  next(name: string, reservedFor?: string | null): number {
    const key = `SEQ_${name}`;
    const reservations = reservedFor ? this.reservations() : null;
    const held = reservations?.find(([n, k]) => n === name && k === reservedFor);
    if (held) return held[2];
    const value = Number(this.props.getProperty(key) ?? '0') + 1;
    if (!reservations || !reservedFor) {
      this.set(key, String(value));
      return value;
    }
    reservations.push([name, reservedFor, value]);
    this.setAll({ [key]: String(value), [RESERVATIONS_KEY]: JSON.stringify(reservations.slice(-MAX_RESERVATIONS)) });
    return value;
  }

  mayHaveBegun(responseId: string, submittedAt: Date, now: Date): boolean {
    const ledger = this.ledger(now);
    this.ledgerRead = { responseId, ledger };
    return submittedAt.getTime() < ledger.h || ledger.ids.some(([id]) => id === responseId);
  }

  /** Oldest entries leave first; the window's start moves past every response they held, so a response
   *  answered "never begun" is one submitted after all of them. */
  begin(responseId: string, submittedAt: Date, now: Date): void {
    // The intake asks mayHaveBegun and then begins the same response without letting go of the lock: the ledger it
    // read then is still the ledger (a read saved per submission). Any other begin reads it afresh.
    const read = this.ledgerRead;
    this.ledgerRead = null;
    const ledger = read?.responseId === responseId ? read.ledger : this.ledger(now);
    if (ledger.ids.some(([id]) => id === responseId)) return;
    ledger.ids.push([responseId, submittedAt.getTime()]);
    const dropped = ledger.ids.splice(0, Math.max(0, ledger.ids.length - MAX_BEGUN));
    for (const [, at] of dropped) ledger.h = Math.max(ledger.h, at + 1);
    this.set(LEDGER_KEY, JSON.stringify(ledger));
  }

  /** Read afresh (another execution may have begun a response since this one read its properties); a
   *  missing or damaged ledger starts now, so every response submitted before is searched for. */
  private ledger(now: Date): Ledger {
    try {
      const value = JSON.parse(this.props.getProperty(LEDGER_KEY) ?? 'null') as Ledger | null;
      if (value && typeof value.h === 'number' && Array.isArray(value.ids)
        && value.ids.every((e) => Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'number')) return value;
    } catch {
      // Damaged: as if there were none.
    }
    return { h: now.getTime() + LEDGER_MARGIN_MS, ids: [] };
  }

  /** The most recent keyed numbers, as [sequence, key, number]; a damaged value counts as none. */
  private reservations(): Array<[string, string, number]> {
    try {
      const list = JSON.parse(this.props.getProperty(RESERVATIONS_KEY) ?? '[]') as unknown;
      return Array.isArray(list) ? (list as Array<[string, string, number]>) : [];
    } catch {
      return [];
    }
  }
}
