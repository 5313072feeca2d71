// The one command handler every staff step on a lifecycle goes through: load → decide → evolve → save → audit,
// then what the new state calls for (a letter), and the audit written in one append.
import type { AuditEntry, AuditTrail } from './audit';
import { runCommands, type Decided, type Decider } from '../domain/decider';

/** One step on one record of a lifecycle (a case, a complaint, a claim, a registration). */
export interface CommandStep<Command, Event, State, Context, Loaded extends { readonly state: State }, Saved> {
  decider: Decider<Command, Event, State, Context>;
  /** Reads the record (its row and state); throws the area's not-found refusal. */
  load(): Loaded;
  /** The commands asked for, built against what was loaded. */
  commands(loaded: Loaded): readonly Command[];
  /** What the decider must know besides the state (a registration's program). */
  context(loaded: Loaded): Context;
  /** Refuses a caller whose role may not run a command (checked on every call, whatever page sent it). */
  authorize?(loaded: Loaded, commands: readonly Command[]): void;
  /** Writes the new state back; returns what the caller needs of it (the row as stored). */
  save(loaded: Loaded, decided: Decided<Event, State>): Saved;
  /** The audit line of the step. */
  audit(loaded: Loaded, decided: Decided<Event, State>, saved: Saved, commands: readonly Command[]): AuditEntry;
  /** The audit line of a refused step (who tried what, and why), recorded before the refusal reaches the person. */
  refused?(loaded: Loaded, commands: readonly Command[], error: unknown): AuditEntry;
  /** What follows a saved step (telling the beneficiary), before the audit is written. */
  after?(loaded: Loaded, decided: Decided<Event, State>, saved: Saved): void;
}

export interface Handled<Event, State, Loaded, Saved> extends Decided<Event, State> {
  readonly loaded: Loaded;
  readonly saved: Saved;
}

export function handleCommand<Command, Event, State, Context, Loaded extends { readonly state: State }, Saved>(
  audit: AuditTrail,
  step: CommandStep<Command, Event, State, Context, Loaded, Saved>,
): Handled<Event, State, Loaded, Saved> {
  const loaded = step.load();
  const commands = step.commands(loaded);
  step.authorize?.(loaded, commands);
  let decided: Decided<Event, State>;
  try {
    decided = runCommands(step.decider, loaded.state, commands, step.context(loaded));
  } catch (error) {
    if (step.refused) {
      audit.record(step.refused(loaded, commands, error));
      audit.flush();
    }
    throw error;
  }
  const saved = step.save(loaded, decided);
  audit.record(step.audit(loaded, decided, saved, commands));
  step.after?.(loaded, decided, saved);
  audit.flush();
  return { ...decided, loaded, saved };
}
