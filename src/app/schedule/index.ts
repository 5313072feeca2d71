// Public API of the scheduled jobs: the daily sweep, the outbox sender, the weekly summary and their ports.
export { runDailySweep, type SweepDeps, type SweepReport, type SweepOutcome, SWEEP_CHECKPOINT_KEY, MAX_MARK_WRITES } from './sweep';
export { sendOutbox, nothingDue, type SenderDeps, type SenderReport, NEXT_ATTEMPT_COLUMN, IN_FLIGHT_KEY, backoffMs } from './sender';
export { sendWeeklySummary, type SummaryDeps, type SummaryReport, SUMMARY_CHECKPOINT_KEY } from './weekly';
export { type Continuations, type TimeBudget, type ScheduleConfig, type ScheduledJob, timeBudget, EXECUTION_BUDGET_MS } from './ports';
export { addPendingJob, takePendingJobs, PendingContinuations } from './checkpoint';
export { MARKS_COLUMN, scheduledCaseFromRow } from './caseRows';
export { coalesceChanges } from './batches';
