// Ports of the scheduled jobs: a time budget, follow-up runs, and the one-off trigger that serves them.

export type ScheduledJob = 'sweep' | 'outbox' | 'summary' | 'archive';

/** Asks for a job to run again in a later execution (PendingContinuations in src/app/schedule/checkpoint.ts keeps which jobs wait). */
export interface Continuations {
  continueLater(job: ScheduledJob, afterMs: number): void;
}

/** The one follow-up run (a one-off time-driven trigger in Apps Script): asking again replaces the one asked before. */
export interface FollowUpTrigger {
  runOnceAfter(afterMs: number): void;
}

/** How much of this execution's time is left before a job must save its place and stop. */
export interface TimeBudget {
  remainingMs(): number;
}
