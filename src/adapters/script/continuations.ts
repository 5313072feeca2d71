// Follow-up runs as one-off time-driven triggers: one trigger at most, serving every job that asked.
import type { KeyValueStore } from '../../ports';
import { addPendingJob, type Continuations, type ScheduledJob } from '../../app/schedule';

/** The global function the follow-up trigger calls (src/entry/scheduled.ts). */
export const CONTINUE_HANDLER = 'continueScheduledWork';

export class ScriptContinuations implements Continuations {
  constructor(private readonly store: KeyValueStore) {}

  continueLater(job: ScheduledJob, afterMs: number): void {
    addPendingJob(this.store, job);
    // Fired one-off triggers still count against the 20-trigger limit until deleted, so the old one goes first.
    for (const trigger of ScriptApp.getProjectTriggers()) {
      if (trigger.getHandlerFunction() === CONTINUE_HANDLER) ScriptApp.deleteTrigger(trigger);
    }
    ScriptApp.newTrigger(CONTINUE_HANDLER).timeBased().after(afterMs).create();
  }
}
