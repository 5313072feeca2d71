// The follow-up run as one one-off time-driven trigger: asking again replaces the trigger asked before.
import type { FollowUpTrigger } from '../../ports';

/** The global function the follow-up trigger calls (src/entry/scheduled.ts). */
export const CONTINUE_HANDLER = 'continueScheduledWork';

export class ScriptFollowUpTrigger implements FollowUpTrigger {
  runOnceAfter(afterMs: number): void {
    // Fired one-off triggers still count against the 20-trigger limit until deleted, so the old one goes first.
    for (const trigger of ScriptApp.getProjectTriggers()) {
      if (trigger.getHandlerFunction() === CONTINUE_HANDLER) ScriptApp.deleteTrigger(trigger);
    }
    ScriptApp.newTrigger(CONTINUE_HANDLER).timeBased().after(afterMs).create();
  }
}
