// Intake that loses nothing: the form responses since the last catch-up are compared with the register,
// and each one no case or record holds is replayed through its own submit handler.
import type { Clock, KeyValueStore, Register, SubmittedResponse, TabKey } from '../../ports';
import { wordsOf } from '../../domain/codedError';

export interface CatchUpForm<T> {
  formKey: string;
  /** The tab whose response_id column records this form's responses. */
  tab: TabKey;
  /** The responses submitted at or after `sinceMs` (all of them for null). */
  responses(sinceMs: number | null): Array<SubmittedResponse<T>>;
  /** Runs the form's submit handler on one response (idempotent by response id); throws on failure. */
  replay(response: SubmittedResponse<T>): void;
}

export interface CatchUpReport {
  /** Responses found missing and replayed, by form. */
  replayed: Record<string, string[]>;
  /** Responses whose replay failed: they stay behind the checkpoint and are tried again next time. */
  failed: Array<{ formKey: string; responseId: string; error: string }>;
}

const CHECKPOINT_KEY = 'CATCHUP_SINCE';
/** Responses whose submit trigger failed, by form: replayed even when a record already holds their id,
 *  since the trigger may have died after writing the record and before the rest (an acknowledgement). */
const FAILED_KEY = 'CATCHUP_FAILED';
/** A property holds 9 KB: the most recent failures per form are kept (a response id is about 40 characters). */
const MAX_FAILED_PER_FORM = 40;

function failedResponses(store: KeyValueStore): Record<string, string[]> {
  try {
    return JSON.parse(store.get(FAILED_KEY) ?? '{}') as Record<string, string[]>;
  } catch {
    return {};
  }
}

/** Called by a submit trigger that failed: its response is replayed by the next catch-up whatever it left. */
export function rememberFailedResponse(store: KeyValueStore, formKey: string, responseId: string): void {
  const failed = failedResponses(store);
  failed[formKey] = [...(failed[formKey] ?? []).filter((id) => id !== responseId), responseId].slice(-MAX_FAILED_PER_FORM);
  store.set(FAILED_KEY, JSON.stringify(failed));
}
/** Google may list a response a little after its timestamp: each run looks back this far past its last one. */
export const LOOK_BACK_MS = 60 * 60 * 1000;

function checkpoints(store: KeyValueStore): Record<string, number> {
  try {
    return JSON.parse(store.get(CHECKPOINT_KEY) ?? '{}') as Record<string, number>;
  } catch {
    return {};
  }
}

/** The ids a tab records (a case completed by a later response keeps both ids, space-separated). */
function recordedIds(register: Register, tab: TabKey): Set<string> {
  return new Set(register.table(tab).columnValues('response_id').flatMap((v) => v.split(/\s+/)).filter(Boolean));
}

export function catchUpResponses<T>(deps: { register: Register; store: KeyValueStore; clock: Clock }, forms: Array<CatchUpForm<T>>): CatchUpReport {
  const startedMs = deps.clock.now().getTime();
  const since = checkpoints(deps.store);
  const failedBefore = failedResponses(deps.store);
  const report: CatchUpReport = { replayed: {}, failed: [] };
  const settled: Record<string, Set<string>> = {};
  for (const form of forms) {
    const last = since[form.formKey];
    const candidates = form.responses(last === undefined ? null : last - LOOK_BACK_MS);
    let next = startedMs;
    if (candidates.length > 0) {
      const recorded = recordedIds(deps.register, form.tab);
      const failedHere = new Set(failedBefore[form.formKey] ?? []);
      for (const response of [...candidates].sort((a, b) => a.atMs - b.atMs)) {
        if (recorded.has(response.id) && !failedHere.has(response.id)) continue;
        try {
          form.replay(response);
          (report.replayed[form.formKey] ??= []).push(response.id);
          (settled[form.formKey] ??= new Set()).add(response.id);
        } catch (err) {
          report.failed.push({ formKey: form.formKey, responseId: response.id, error: wordsOf(err) ?? (err instanceof Error ? err.message : String(err)) });
          next = Math.min(next, response.atMs);
        }
      }
    }
    since[form.formKey] = next;
  }
  deps.store.set(CHECKPOINT_KEY, JSON.stringify(since));
  if (Object.keys(settled).length > 0) {
    // Read again: a replay that failed has just remembered itself.
    const failedNow = failedResponses(deps.store);
    for (const [formKey, ids] of Object.entries(settled)) failedNow[formKey] = (failedNow[formKey] ?? []).filter((id) => !ids.has(id));
    deps.store.set(FAILED_KEY, JSON.stringify(failedNow));
  }
  return report;
}
