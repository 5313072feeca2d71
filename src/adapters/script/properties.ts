// Script properties as the KeyValueStore and the never-reused Sequences (callers hold the script lock).
// All properties are read in one call the first time one is needed, then served from memory.
import type { KeyValueStore, Sequences } from '../../ports';

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

  /** Reads the counter afresh (another execution may have moved it) and writes the next value. */
  next(name: string): number {
    const key = `SEQ_${name}`;
    const value = Number(this.props.getProperty(key) ?? '0') + 1;
    this.set(key, String(value));
    return value;
  }
}
