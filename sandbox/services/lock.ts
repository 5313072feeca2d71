// LockService fake over the sandbox's virtual-time LockTable (see core/locks.ts).
import type { ExecutionContext } from '../core/execution';
import { boundSpreadsheetIdOf, scriptError } from '../core/execution';
import { LOCK_TIMEOUT_MESSAGE } from '../core/locks';
import type { Fake, Internal } from './gasShapes';

/** Lock and LockService as Google's reference has them (sandbox/services/gasShapes.ts). */
function createLock(ctx: ExecutionContext, key: string): Fake<GoogleAppsScript.Lock.Lock> & Internal {
  const locks = ctx.hooks.locks;
  const attempt = (timeoutMs: number): boolean => {
    // Google refuses a negative timeout outright: tryLock(-100) is false, waitLock(-100) throws
    // (gas-fakes testlock.js, validated on live Apps Script); nothing is acquired.
    if (!(Number(timeoutMs) >= 0)) return false;
    const now = ctx.now().getTime();
    const outcome = locks.acquire(key, ctx.executionId, now, Number(timeoutMs));
    // Waiting costs the execution virtual time: until the holder released, or the whole timeout.
    ctx.wait((outcome.ok ? outcome.atMs : outcome.gaveUpAtMs) - now);
    return outcome.ok;
  };
  return {
    tryLock(timeoutInMillis: number): boolean {
      ctx.call('Lock.tryLock');
      return attempt(timeoutInMillis);
    },
    waitLock(timeoutInMillis: number): void {
      ctx.call('Lock.waitLock');
      if (!attempt(timeoutInMillis)) throw scriptError(LOCK_TIMEOUT_MESSAGE, 'LOCK_TIMEOUT');
    },
    releaseLock(): void {
      ctx.call('Lock.releaseLock');
      locks.release(key, ctx.executionId, ctx.now().getTime());
    },
    hasLock(): boolean {
      ctx.call('Lock.hasLock');
      return locks.isHeldBy(key, ctx.executionId, ctx.now().getTime());
    },
  };
}

export function createLockService(ctx: ExecutionContext): Fake<GoogleAppsScript.Lock.LockService> {
  return {
    getScriptLock: () => (ctx.call('LockService.getScriptLock'), createLock(ctx, 'script')),
    // Only a container-bound script has a document; otherwise Apps Script returns null.
    getDocumentLock: () => {
      ctx.call('LockService.getDocumentLock');
      return boundSpreadsheetIdOf(ctx) ? createLock(ctx, `document:${boundSpreadsheetIdOf(ctx)}`) : null;
    },
    getUserLock: () => (ctx.call('LockService.getUserLock'), createLock(ctx, `user:${ctx.user}`)),
  };
}
