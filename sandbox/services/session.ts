// Session: who runs the execution, and the script's time zone and locale.
import type { ExecutionContext } from '../core/execution';
import { Buffer } from 'buffer';

function userHandle(email: string) {
  return { getEmail: () => email, toString: () => email };
}

export function createSession(ctx: ExecutionContext) {
  return {
    getActiveUser: () => (ctx.call('Session.getActiveUser'), userHandle(ctx.user)),
    // Installable triggers run as their owner, so the effective user is the execution's user.
    getEffectiveUser: () => (ctx.call('Session.getEffectiveUser'), userHandle(ctx.user)),
    getScriptTimeZone: () => (ctx.call('Session.getScriptTimeZone'), ctx.hooks.timeZone),
    getActiveUserLocale: () => (ctx.call('Session.getActiveUserLocale'), 'ar'),
    getTemporaryActiveUserKey: () => (ctx.call('Session.getTemporaryActiveUserKey'), Buffer.from(ctx.user).toString('base64url')),
  };
}
