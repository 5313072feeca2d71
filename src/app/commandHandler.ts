// The one command handler every staff step on a lifecycle goes through: load → authorise → decide/evolve →
// check → save → audit, then what the new state calls for (a letter), and the audit written in one flush; a batch's
// writes after its rows run through `completeBatch`, so a failure there still leaves every saved step audited.
import type { AuditEntry, AuditTrail } from './audit';
import { runCommands, type Decided, type Decider } from '../domain/decider';

/**
 * One step on one record of a lifecycle (a case, a complaint, a claim, a registration).
 *
 * - A record's first step (a registration from its form, a claim opened) is the same step with nothing to read:
 *   `load` returns the decider's `initialState` (and what the step needs beside it) and `save` appends the row.
 * - A step from a record already read (a typed cell: the trigger read its row) loads what it was given.
 * - A batch (the committee's minutes) runs one step per record with `{ flush: false }`: each `save` and `after`
 *   gathers its row and letter, and the batch writes the rows in one update, then, through `completeBatch`, sends
 *   the letters in one batch and flushes the audit once.
 */
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
  /** Refuses what the commands led to when it is not what was asked (a cell names the status it wants; a referral
   *  returns to where the case came from), before anything is saved. A refusal here is a refused step. */
  check?(loaded: Loaded, decided: Decided<Event, State>): void;
  /** Writes the new state back (or, in a batch, gathers it); returns what the caller needs of it (the row). */
  save(loaded: Loaded, decided: Decided<Event, State>): Saved;
  /** The audit line of the step. */
  audit(loaded: Loaded, decided: Decided<Event, State>, saved: Saved, commands: readonly Command[]): AuditEntry;
  /** The audit line of a refused step (who tried what, and why), recorded before the refusal reaches the person. */
  refused?(loaded: Loaded, commands: readonly Command[], error: unknown): AuditEntry;
  /** What a refused step throws (by default the refusal itself): a case step whose row was repaired on load says
   *  so first. Applied to the role's refusal and the decider's. */
  refusal?(error: unknown): unknown;
  /** What follows a saved step (telling the beneficiary), before the audit is written. */
  after?(loaded: Loaded, decided: Decided<Event, State>, saved: Saved): void;
}

export interface Handled<Event, State, Loaded, Saved> extends Decided<Event, State> {
  readonly loaded: Loaded;
  readonly saved: Saved;
}

export interface HandleOptions {
  /** false in a batch: the audit lines wait for the batch's one flush (default true: written when the step ends). */
  flush?: boolean;
}

export function handleCommand<Command, Event, State, Context, Loaded extends { readonly state: State }, Saved>(
  audit: AuditTrail,
  step: CommandStep<Command, Event, State, Context, Loaded, Saved>,
  options: HandleOptions = {},
): Handled<Event, State, Loaded, Saved> {
  const flush = options.flush ?? true;
  const loaded = step.load();
  const commands = step.commands(loaded);
  try {
    step.authorize?.(loaded, commands);
  } catch (error) {
    throw step.refusal ? step.refusal(error) : error;
  }
  let decided: Decided<Event, State>;
  try {
    decided = runCommands(step.decider, loaded.state, commands, step.context(loaded));
    step.check?.(loaded, decided);
  } catch (error) {
    if (step.refused) {
      audit.record(step.refused(loaded, commands, error));
      if (flush) audit.flush();
    }
    throw step.refusal ? step.refusal(error) : error;
  }
  const saved = step.save(loaded, decided);
  audit.record(step.audit(loaded, decided, saved, commands));
  try {
    step.after?.(loaded, decided, saved);
  } catch (error) {
    // The step is saved: its line is written even though what follows failed (the run still fails, and what
    // follows is caught up later: an intake's acknowledgement by the catch-up). In a batch, `completeBatch` does this.
    if (flush) flushAfterFailure(audit);
    throw error;
  }
  if (flush) audit.flush();
  return { ...decided, loaded, saved };
}

/**
 * What a batch does once its rows are written (its letters queued, its notices), then its one audit flush. Should
 * one of those writes fail, the steps already saved are still audited: the gathered lines are flushed (each line
 * retried on a passing fault), with one line saying the batch stopped and why, and the error is then rethrown, so
 * the execution fails and Google's failure notice reaches the owner. Run it only after the rows are written: lines
 * of steps whose rows were never written must not be flushed.
 */
export function completeBatch<T>(audit: AuditTrail, rest: () => T, failed: (error: unknown) => AuditEntry): T {
  let result: T;
  try {
    result = rest();
  } catch (error) {
    audit.record(failed(error));
    flushAfterFailure(audit);
    throw error;
  }
  audit.flush();
  return result;
}

/** A flush after a failure: the failure is the error to report; lines not written stay pending in this execution. */
function flushAfterFailure(audit: AuditTrail): void {
  try {
    audit.flush();
  } catch {
    // The caller rethrows its own error.
  }
}
