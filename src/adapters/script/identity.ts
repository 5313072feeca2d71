// Who runs this execution and what time it is, for audit entries and timestamps.
import type { Clock, Identity } from '../../ports';

export class SessionIdentity implements Identity {
  currentUserEmail(): string {
    return Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail() || 'system';
  }
}

export const systemClock: Clock = { now: () => new Date() };
