// A trigger that fails remembers it in a script property, for the next daily health note.
import { recordFailedRun } from '../app/health/failedRuns';
import { ScriptPropertiesStore } from '../adapters/script/properties';

export function noteFailedRun(fn: string, err: unknown): void {
  try {
    recordFailedRun(new ScriptPropertiesStore(), { atMs: Date.now(), fn, error: err instanceof Error ? err.message : String(err) });
  } catch {
    // Properties unreachable too: Google's own failure notice still reaches the owner.
  }
}
