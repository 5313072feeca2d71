// Script properties as the KeyValueStore and the never-reused Sequences (callers hold the script lock).
import type { KeyValueStore, Sequences } from '../../ports';

export class ScriptPropertiesStore implements KeyValueStore, Sequences {
  private readonly props = PropertiesService.getScriptProperties();

  get(key: string): string | null {
    return this.props.getProperty(key);
  }

  set(key: string, value: string): void {
    this.props.setProperty(key, value);
  }

  setAll(values: Record<string, string>): void {
    this.props.setProperties(values, false);
  }

  next(name: string): number {
    const key = `SEQ_${name}`;
    const value = Number(this.props.getProperty(key) ?? '0') + 1;
    this.props.setProperty(key, String(value));
    return value;
  }
}
