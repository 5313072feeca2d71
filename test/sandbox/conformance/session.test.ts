// gas-fakes' testsession.js assertions on Session, run in the sandbox. gas-fakes runs them as the
// account that owns the script, from the script itself: the sandbox's 'person' context (a menu,
// dialog or sidebar call). They are ported for the owner and, because a person running the script
// themselves is their own active and effective user whoever they are, for an editor of another
// account too; in other contexts (triggers, web apps) the answers depend on the account
// (docs/sandbox.md, "Who the user is") and are checked by test/sandbox/identity.test.ts instead.
import { conformance, type ConformanceCase } from './harness';

const PROPS = 'testsession.js › session properties';
const OWNER = 'owner@gmail.com';
const EDITOR = 'editor@example.org';
const asOwner = { owner: OWNER };
const asEditor = { run: { user: EDITOR, context: 'person' as const }, options: { owner: OWNER } };

const cases: ConformanceCase[] = [
  { source: PROPS, what: 'getActiveUser().toString() is the email of whoever runs it', script: 'return String(Session.getActiveUser());', expected: OWNER, options: asOwner },
  { source: PROPS, what: 'getActiveUser().getEmail() is the email of whoever runs it', script: 'return Session.getActiveUser().getEmail();', expected: OWNER, options: asOwner },
  { source: PROPS, what: 'getEffectiveUser().getEmail() is a non-empty string', script: 'var e = Session.getEffectiveUser().getEmail(); return typeof e === "string" && e.length > 0;', expected: true, options: asOwner },
  { source: PROPS, what: 'getEffectiveUser().getEmail() is the person running it themselves', script: 'return Session.getEffectiveUser().getEmail();', expected: OWNER, options: asOwner },
  { source: PROPS, what: 'getActiveUserLocale() is a non-empty string', script: 'var l = Session.getActiveUserLocale(); return typeof l === "string" && l.length > 0;', expected: true },
  { source: PROPS, what: "getScriptTimeZone() is the project's time zone", script: 'return Session.getScriptTimeZone();', expected: 'Europe/London', options: { timeZone: 'Europe/London' } },
  { source: PROPS, what: "getScriptTimeZone() is the project's time zone (the default, Asia/Riyadh)", script: 'return Session.getScriptTimeZone();', expected: 'Asia/Riyadh' },
  { source: PROPS, what: 'getTemporaryActiveUserKey() is a non-empty string', script: 'var k = Session.getTemporaryActiveUserKey(); return typeof k === "string" && k.length > 0;', expected: true },
  // The same assertions for a person who is not the owner, running the script from a menu.
  { source: PROPS, what: "an editor's getActiveUser().toString() is the editor", script: 'return String(Session.getActiveUser());', expected: EDITOR, ...asEditor },
  { source: PROPS, what: "an editor's getActiveUser().getEmail() is the editor", script: 'return Session.getActiveUser().getEmail();', expected: EDITOR, ...asEditor },
  { source: PROPS, what: "an editor's getEffectiveUser().getEmail() is the editor", script: 'return Session.getEffectiveUser().getEmail();', expected: EDITOR, ...asEditor },
  { source: PROPS, what: "an editor's getTemporaryActiveUserKey() is a non-empty string", script: 'var k = Session.getTemporaryActiveUserKey(); return typeof k === "string" && k.length > 0;', expected: true, ...asEditor },
];

conformance('Session', cases);
