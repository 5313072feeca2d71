// Where a scheduled job stopped, kept in script properties so the follow-up run (or the next day's) picks it up.
import type { Continuations, FollowUpTrigger, KeyValueStore, ScheduledJob } from '../../ports';

const PENDING_KEY = 'SCHEDULE_PENDING_JOBS';

export function loadCheckpoint<T>(store: KeyValueStore, key: string): T | null {
  const raw = store.get(key);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    // A damaged checkpoint is treated as none: the jobs are idempotent, so starting over repeats no message.
    return null;
  }
}

export function saveCheckpoint<T>(store: KeyValueStore, key: string, value: T): void {
  store.set(key, JSON.stringify(value));
}

/** Jobs waiting for a follow-up run, in the order asked; kept so one follow-up trigger can serve them all. */
export function addPendingJob(store: KeyValueStore, job: ScheduledJob): ScheduledJob[] {
  const jobs = loadCheckpoint<ScheduledJob[]>(store, PENDING_KEY) ?? [];
  const next = jobs.includes(job) ? jobs : [...jobs, job];
  saveCheckpoint(store, PENDING_KEY, next);
  return next;
}

/** The waiting jobs, cleared: a job that still cannot finish asks again. */
export function takePendingJobs(store: KeyValueStore): ScheduledJob[] {
  const jobs = loadCheckpoint<ScheduledJob[]>(store, PENDING_KEY) ?? [];
  if (jobs.length > 0) saveCheckpoint(store, PENDING_KEY, []);
  return jobs;
}

/** Follow-up runs for every job that asks: the job is kept in the waiting list, then the one follow-up run is
 *  (re)asked for, so a single trigger serves every job that is waiting. */
export class PendingContinuations implements Continuations {
  constructor(private readonly store: KeyValueStore, private readonly trigger: FollowUpTrigger) {}

  continueLater(job: ScheduledJob, afterMs: number): void {
    addPendingJob(this.store, job);
    this.trigger.runOnceAfter(afterMs);
  }
}
