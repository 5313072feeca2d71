// The script lock as the Locker port: waits up to 30 s, then fails with a coded "busy" error.
import type { Locker } from '../../ports';

const WAIT_MS = 30_000;

export class ScriptLocker implements Locker {
  withLock<T>(work: () => T): T {
    const lock = LockService.getScriptLock();
    if (!lock.tryLock(WAIT_MS)) throw new Error('register busy', { cause: { code: 'BUSY' } });
    try {
      return work();
    } finally {
      SpreadsheetApp.flush();
      lock.releaseLock();
    }
  }
}
