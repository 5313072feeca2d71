// Limits Google sets on executions themselves: 30 simultaneous executions per user, and the daily
// run time of installable triggers per user (90 minutes on consumer accounts, 6 hours on Workspace).
//
// Source: Google's quotas page, https://developers.google.com/apps-script/guides/services/quotas
// ("Simultaneous executions per user: 30", "Triggers total runtime: 90 min / day | 6 hr / day",
// "Quotas are per user and reset 24 hours after the first request", and the exception texts).
import type { World } from './context';

export const MAX_SIMULTANEOUS_EXECUTIONS = 30;
export const SIMULTANEOUS_MESSAGE = 'There are too many scripts running simultaneously for this Google user account.';
export const TRIGGER_RUNTIME_MESSAGE = 'Service using too much computer time for one day.';
export const TRIGGER_RUNTIME_MS: Record<World['account'], number> = { consumer: 90 * 60_000, workspace: 6 * 3_600_000 };
/** A daily quota resets 24 hours after the first request that counted against it. */
export const QUOTA_WINDOW_MS = 24 * 3_600_000;

/** One user's trigger run time in the current 24-hour window. */
export interface TriggerRuntimeUsage {
  windowStartMs: number;
  usedMs: number;
}

/** What outlives an execution (and a saved run): the trigger run time used per user. */
export interface QuotaSlot {
  triggerRuntime: Record<string, TriggerRuntimeUsage>;
}

export function quotaSlot(world: World): QuotaSlot {
  const existing = world.services.quotas as QuotaSlot | undefined;
  if (existing) return existing;
  const created: QuotaSlot = { triggerRuntime: {} };
  world.services.quotas = created;
  return created;
}

/** Installable triggers (time-driven, form submit, onEdit, onOpen) run with cause 'trigger:<uid>'.
 *  Simple triggers and executions a person starts (menu, dialog, sidebar) do not count. */
export const countsAsTriggerRuntime = (cause: string): boolean => cause.startsWith('trigger:');

function currentUsage(world: World, user: string, atMs: number): TriggerRuntimeUsage | null {
  const usage = quotaSlot(world).triggerRuntime[user];
  if (!usage) return null;
  if (atMs >= usage.windowStartMs + QUOTA_WINDOW_MS) {
    delete quotaSlot(world).triggerRuntime[user];
    return null;
  }
  return usage;
}

/** What an execution may do, decided when it starts. */
export interface Admission {
  /** Google's message when the execution is refused before any of its code runs. */
  refusal: string | null;
  /** Virtual ms of trigger run time left today (Infinity for executions that do not count). */
  runtimeLeftMs: number;
}

/** Executions in flight over virtual time, and the daily trigger run time. Executions run one after
 *  another in JS, so "in flight" means: a finished execution whose virtual interval [start, end)
 *  holds the new one's start (executions that charged no time occupy no interval). */
export class ExecutionQuotas {
  private finished: Array<{ user: string; startMs: number; endMs: number }> = [];

  admit(world: World, user: string, startMs: number, cause: string): Admission {
    const running = this.finished.filter((e) => e.user === user && e.startMs <= startMs && startMs < e.endMs).length;
    if (running >= MAX_SIMULTANEOUS_EXECUTIONS) return { refusal: SIMULTANEOUS_MESSAGE, runtimeLeftMs: 0 };
    if (!countsAsTriggerRuntime(cause)) return { refusal: null, runtimeLeftMs: Infinity };
    const left = TRIGGER_RUNTIME_MS[world.account] - (currentUsage(world, user, startMs)?.usedMs ?? 0);
    return left > 0 ? { refusal: null, runtimeLeftMs: left } : { refusal: TRIGGER_RUNTIME_MESSAGE, runtimeLeftMs: 0 };
  }

  finish(world: World, user: string, startMs: number, elapsedMs: number, cause: string): void {
    if (elapsedMs > 0) this.finished.push({ user, startMs, endMs: startMs + elapsedMs });
    if (!countsAsTriggerRuntime(cause)) return;
    const slot = quotaSlot(world);
    const usage = currentUsage(world, user, startMs) ?? (slot.triggerRuntime[user] = { windowStartMs: startMs, usedMs: 0 });
    usage.usedMs += elapsedMs;
  }

  /** Forgets executions that ended by `nowMs` (the clock only moves forward between steps). */
  prune(nowMs: number): void {
    this.finished = this.finished.filter((e) => e.endMs > nowMs);
  }
}

/** UrlFetchApp calls a day (Google's quotas page: "URL Fetch calls: 20,000 / day | 100,000 / day"), per user,
 *  in a window that opens with the first call; past it, Google's message for the urlfetch service. */
export const URL_FETCH_CALLS: Record<World['account'], number> = { consumer: 20_000, workspace: 100_000 };
export const URL_FETCH_QUOTA_MESSAGE = 'Service invoked too many times for one day: urlfetch.';

interface UrlFetchUsage {
  windowStartMs: number;
  calls: number;
}

/** Counts one UrlFetchApp call by `user` at `atMs`; false when the day's calls are used up (the call fails). */
export function countUrlFetch(world: World, user: string, atMs: number): boolean {
  const slot = quotaSlot(world) as QuotaSlot & { urlFetch?: Record<string, UrlFetchUsage> };
  slot.urlFetch ??= {};
  let usage = slot.urlFetch[user];
  if (!usage || atMs >= usage.windowStartMs + QUOTA_WINDOW_MS) usage = slot.urlFetch[user] = { windowStartMs: atMs, calls: 0 };
  if (usage.calls >= URL_FETCH_CALLS[world.account]) return false;
  usage.calls += 1;
  return true;
}
