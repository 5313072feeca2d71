// Who an execution runs as and whom Google reveals, per account kind and context (docs/sandbox.md, "Who the user is").
//
// Google's reference (developers.google.com/apps-script/reference/base/session and .../base/user):
// - getEffectiveUser(): a web app set to "execute as me" gives the developer; an installable trigger gives
//   the trigger's creator; "in most other scenarios" the same account as getActiveUser().
// - getActiveUser().getEmail() is blank "in any context that allows a script to run without that user's
//   authorization, like a simple onOpen(e) or onEdit(e) trigger, a custom function ..., or a web app deployed
//   to execute as me"; "these restrictions generally do not apply if the developer runs the script themselves
//   or belongs to the same Google Workspace domain as the user".
// - The event objects' `user` (guides/triggers/events): "the active user, if available (depending on a
//   complex set of security restrictions)", so it follows getActiveUser().
// Where the reference hedges ("generally"), the sandbox reveals less, never more.

/** How an execution came about. */
export type RunContext =
  /** A person's menu item, dialog or sidebar call (google.script.run): they authorised the script and run it. */
  | 'person'
  /** onOpen / onEdit as simple triggers (authMode LIMITED): nobody authorised this run. */
  | 'simple'
  /** An installable trigger fired by a person's action (edit, open, form submit): runs as its creator. */
  | 'installable'
  /** A time-driven trigger: runs as its creator, with no person behind it. */
  | 'clock'
  /** A web app deployed to execute as its deployer (doGet / doPost "as me"), answering whoever has the link. */
  | 'webapp'
  /** A web app deployed to execute as the user accessing it: that person authorised it. */
  | 'webappAsUser';

export const RUN_CONTEXTS: readonly RunContext[] = ['person', 'simple', 'installable', 'clock', 'webapp', 'webappAsUser'];

/** Google's consumer (personal) account domains. */
const CONSUMER_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

export interface IdentityInput {
  context: RunContext;
  /** The organisation's account kind: on 'consumer' nobody shares a Workspace domain with anybody. */
  account: 'consumer' | 'workspace';
  /** The script's owner (the developer who deployed the web app). */
  owner: string;
  /** Whose authority the script runs under for triggers: the trigger's creator. */
  creator?: string;
  /** The person at the keyboard ('' when nobody is, or an anonymous visitor / respondent). */
  person: string;
}

export interface Identity {
  /** Session.getEffectiveUser(): whom the script runs as. */
  effective: string;
  /** Session.getActiveUser() and an event's e.user: '' when Google would not reveal the person. */
  active: string;
}

function domainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? '' : email.slice(at + 1).trim().toLowerCase();
}

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Whether two accounts belong to the same Google Workspace domain. A gmail.com address never does, and on
 *  a consumer organisation no custom domain is taken for a Workspace one (a Google Account can be made on
 *  any address without Workspace). */
export function sameWorkspaceDomain(account: IdentityInput['account'], a: string, b: string): boolean {
  if (account !== 'workspace') return false;
  const da = domainOf(a);
  return da !== '' && !CONSUMER_DOMAINS.has(da) && da === domainOf(b);
}

/** Whether the account kind of an email is a consumer one (gmail.com / googlemail.com). */
export function isConsumerEmail(email: string): boolean {
  return CONSUMER_DOMAINS.has(domainOf(email));
}

/** The person, revealed to a script that runs under `authority`'s authorization, or ''. */
function revealedTo(input: IdentityInput, authority: string): string {
  if (!input.person) return '';
  return same(input.person, authority) || sameWorkspaceDomain(input.account, input.person, authority) ? input.person : '';
}

export function identityFor(input: IdentityInput): Identity {
  const creator = input.creator ?? input.owner;
  switch (input.context) {
    case 'person':
    case 'webappAsUser':
      // The person authorised the script and runs it: the "developer runs the script themselves" case.
      return { effective: input.person, active: input.person };
    case 'simple': {
      // No one authorised this run. Only the owner editing their own file is taken as "the developer runs the
      // script themselves"; the reference's same-domain exception says "generally", so it is not granted here.
      const active = input.person && same(input.person, input.owner) ? input.person : '';
      return { effective: active, active };
    }
    case 'installable':
      return { effective: creator, active: revealedTo(input, creator) };
    case 'clock':
      // No person acts; the reference does not say what getActiveUser() gives here, so it is blank.
      return { effective: creator, active: '' };
    case 'webapp':
      return { effective: input.owner, active: revealedTo(input, input.owner) };
    default: {
      const never: never = input.context;
      throw new Error(`Unknown run context ${String(never)}`, { cause: { code: 'BAD_CONTEXT' } });
    }
  }
}
