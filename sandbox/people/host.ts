// What a person acting on the sandbox (submitting, editing, opening) needs of it: the world, and running the
// script's functions as executions. The Sandbox (sandbox/core/runtime.ts) is the host; people never import it.
import type { World } from '../core/context';
import type { ExecuteOptions, ExecutionResult, UiState } from '../core/execution';

export interface Host {
  readonly world: World;
  /** The script's time zone (its manifest's, as Google reads it). */
  readonly timeZone: string;
  /** Menus, dialogs and sidebars the script showed. */
  readonly ui: UiState;
  /** Runs a global function of the script as one execution. */
  execute(fn: string, args?: unknown[], options?: ExecuteOptions): ExecutionResult;
  /** Runs actions that all start at the current virtual instant (triggers fired by one event). */
  concurrently<T>(actions: Array<() => T>): T[];
  /** Whether the script defines a global function (a simple trigger such as onEdit). */
  definesFunction(name: string): boolean;
}
