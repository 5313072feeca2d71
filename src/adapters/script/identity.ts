// Who acts in this execution and what time it is, for audit entries and timestamps.
import type { Clock, Identity } from '../../ports';

export class SessionIdentity implements Identity {
  /** The person Google reveals, or '' (unidentified). Never the effective user: in a trigger or a web app that
   *  is the owner, and a person's step taken as the owner's would be taken as an administrator's. */
  currentUserEmail(): string {
    return Session.getActiveUser().getEmail().trim();
  }
}

export const systemClock: Clock = { now: () => new Date() };
