// Retries an idempotent Apps Script call whose error is one of Google's transient ones, backing off with Utilities.sleep.

/** The errors Google throws for a passing fault (its documented advice is to wait and try again):
 *  `Service error: Spreadsheets`, `We're sorry, a server error occurred. Please wait a bit and try again.`,
 *  `Service invoked too many times in a short time: …` (not the daily «for one day» quota, which no wait
 *  cures), `Service Spreadsheets timed out while accessing document with id …` and
 *  `Service Spreadsheets failed while accessing document with id …`. */
const TRANSIENT = [
  /^Service error: /,
  /^We're sorry, a server error occurred/,
  /too many times in a short time/,
  /timed out/i,
  /^Service \w+ failed while accessing/,
];

export const RETRY_ATTEMPTS = 3;
/** Waits before the 2nd and 3rd attempts: 1 s, 2 s (Google's rate-limit error itself suggests a 1 s sleep). */
export const RETRY_BASE_MS = 1_000;

export function isTransient(err: unknown): boolean {
  const message = err instanceof Error ? err.message : String(err);
  return TRANSIENT.some((pattern) => pattern.test(message));
}

/** Runs `call` up to RETRY_ATTEMPTS times while it fails transiently; any other error, or the last
 *  transient one, is thrown as it came. Only for calls that may safely run twice: a read, or a write of
 *  fixed cells with fixed values (never appendRow or sendEmail, whose failed call may have landed). */
export function withRetry<T>(call: () => T, sleep: (ms: number) => void = (ms) => Utilities.sleep(ms)): T {
  return retrying(call, sleep, () => false) as T;
}

/** The same for a call whose refusal may have landed all the same (appendRow): after each wait, `landed` looks
 *  whether it did, and then it is not run again. */
export function withCheckedRetry(call: () => void, landed: () => boolean, sleep: (ms: number) => void = (ms) => Utilities.sleep(ms)): void {
  retrying(call, sleep, landed);
}

function retrying<T>(call: () => T, sleep: (ms: number) => void, landed: () => boolean): T | undefined {
  for (let attempt = 1; ; attempt++) {
    try {
      return call();
    } catch (err) {
      if (attempt >= RETRY_ATTEMPTS || !isTransient(err)) throw err;
      sleep(RETRY_BASE_MS * 2 ** (attempt - 1));
      if (landed()) return undefined;
    }
  }
}
