// Where a scheduled job stopped, kept in script properties so the follow-up run (or the next day's) picks it up.
import type { KeyValueStore } from '../../ports';
import type { ScheduledJob } from './ports';

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
