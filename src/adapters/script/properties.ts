// Script properties as the KeyValueStore and the never-reused Sequences (callers hold the script lock).
// All properties are read in one call the first time one is needed, then served from memory.
import type { KeyValueStore, Sequences } from '../../ports';

const RESERVATIONS_KEY = 'SEQ_RESERVED';
/** A replay comes within days, a property holds 9 KB: the last 60 reservations (about 5 KB) are kept. */
const MAX_RESERVATIONS = 60;

export class ScriptPropertiesStore implements KeyValueStore, Sequences {
  private readonly props = PropertiesService.getScriptProperties();
  private cache: Record<string, string> | null = null;

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
