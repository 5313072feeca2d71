// The script lock as the Locker port: waits, then fails with a coded "busy" error.
import type { Locker } from '../../ports';
import { failure } from '../../domain/codedError';

/** A person at the keyboard waits at most this long before being told the register is busy. */
export const INTERACTIVE_WAIT_MS = 30_000;
/** A trigger has no one waiting on it: it queues behind others for up to five of its six minutes,
 *  so a burst of submissions is processed one after another instead of failing. */
export const TRIGGER_WAIT_MS = 5 * 60_000;

export class ScriptLocker implements Locker {
  constructor(private readonly waitMs: number = INTERACTIVE_WAIT_MS) {}

  withLock<T>(work: () => T): T {
    const lock = LockService.getScriptLock();
    if (!lock.tryLock(this.waitMs)) throw failure('BUSY', 'register.error.busy');
    try {
      return work();
    } finally {
      SpreadsheetApp.flush();
      lock.releaseLock();
    }
  }
}
