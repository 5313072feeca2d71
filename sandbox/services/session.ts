// Session: whom the execution runs as and whom Google reveals as acting (sandbox/core/identity.ts), and the
// script's time zone and locale.
import type { ExecutionContext } from '../core/execution';
import { createHash } from 'crypto';
import type { Fake, Internal } from './gasShapes';

/** A User as Session and event objects give it: getEmail() is '' when Google hides the person. */
export function userHandle(email: string): Fake<GoogleAppsScript.Base.User> & Internal {
  return { getEmail: () => email, toString: () => email };
}

/** Session as Google's reference has it (sandbox/services/gasShapes.ts). */
export function createSession(ctx: ExecutionContext): Fake<GoogleAppsScript.Base.Session> {
  return {
    getActiveUser: () => (ctx.call('Session.getActiveUser'), userHandle(ctx.identity.active)),
    getEffectiveUser: () => (ctx.call('Session.getEffectiveUser'), userHandle(ctx.identity.effective)),
    getScriptTimeZone: () => (ctx.call('Session.getScriptTimeZone'), ctx.hooks.timeZone),
    getActiveUserLocale: () => (ctx.call('Session.getActiveUserLocale'), 'ar'),
    // Unique to the person but revealing nothing of them, even where getActiveUser() is blank.
    getTemporaryActiveUserKey: () => (
      ctx.call('Session.getTemporaryActiveUserKey'),
      createHash('sha256').update(`${ctx.hooks.scriptId}\n${ctx.identity.person}`).digest('base64url').slice(0, 43)
    ),
  };
}
