// A trigger that fails remembers it in a script property, for the next daily health note (in the manager's words).
import { recordFailedRun } from '../app/health/failedRuns';
import { ScriptPropertiesStore } from '../adapters/script/properties';
import { describeError } from './errors';

export function noteFailedRun(fn: string, err: unknown): void {
  try {
    recordFailedRun(new ScriptPropertiesStore(), { atMs: Date.now(), fn, error: describeError(err) });
  } catch {
    // Properties unreachable too: Google's own failure notice still reaches the owner.
  }
}
