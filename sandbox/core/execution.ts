// What a fake service sees of the running execution beyond the shared ServiceContext: the realm's
// Date, waiting on the virtual clock, the execution log, and the sandbox-wide tables (locks, UI, fetch).
import type { ServiceContext } from './context';
import type { LockTable } from './locks';
import type { Grant, Manifest } from './auth';
import type { Identity, RunContext } from './identity';
import type { CallRecord } from './context';
import type { UrlFetchState } from './fetchTypes';
export type { FetchRequest, FetchResponse, UrlFetchState } from './fetchTypes';

export interface LogEntry {
  level: 'log' | 'info' | 'warn' | 'error' | 'Logger';
  message: string;
  atMs: number;
}

/** A menu as SpreadsheetApp.getUi().createMenu(...).addToUi() leaves it. */
export interface MenuModel {
  name: string;
  items: MenuEntry[];
}
export type MenuEntry = { kind: 'item'; caption: string; fn: string } | { kind: 'separator' } | { kind: 'subMenu'; menu: MenuModel };

export interface UiDialog {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  html: string;
  width: number | null;
  height: number | null;
  atMs: number;
}

/** Answers a person gives to ui.alert / ui.prompt, consumed in order; OK when the queue is empty. */
export interface UiAnswer {
  button: 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';
  text?: string;
}

export interface UiState {
  menus: MenuModel[];
  dialogs: UiDialog[];
  alerts: Array<{ kind: 'alert' | 'prompt'; title: string; prompt: string; answer: UiAnswer; atMs: number }>;
  answers: UiAnswer[];
}

/** What the sandbox offers every execution's services. */
export interface SandboxHooks {
  readonly locks: LockTable;
  readonly ui: UiState;
  readonly urlFetch: UrlFetchState;
  readonly scriptId: string;
  readonly timeZone: string;
  /** The project's manifest (null: automatic scope detection, no advanced services). */
  readonly manifest: Manifest | null;
  /** The Apps Script project this sandbox runs, when it is not the one bound to the register: a standalone
   *  project (the Workspace add-on, 'addon') has no container, and its own script and user properties and
   *  caches (Google keeps those per project). null: the bound project. */
  readonly project: string | null;
  /** The text of build/NAME.html, or null when there is none (HtmlService.createTemplateFromFile). */
  readHtmlFile(name: string): string | null;
}

/** The spreadsheet the running project is bound to: none for a standalone project (getActiveSpreadsheet()
 *  answers null there, as in a standalone script). */
export function boundSpreadsheetIdOf(ctx: { world: ServiceContext['world']; hooks: Pick<SandboxHooks, 'project'> }): string | null {
  return ctx.hooks.project ? null : ctx.world.boundSpreadsheetId;
}

export interface ExecutionContext extends ServiceContext {
  readonly hooks: SandboxHooks;
  /** The scopes this execution holds (the manifest's, or LIMITED's in a simple trigger). */
  readonly grant: Grant;
  /** What Google reveals of who runs this execution (identity.ts); `person` is who acts, for the sandbox
   *  only (an opaque key), never shown to the script when `active` is blank. */
  readonly identity: Identity & { person: string };
  /** The virtual instant the execution started. */
  readonly startMs: number;
  /** Virtual ms spent so far (charged calls, sleeps, lock waits). */
  elapsedMs(): number;
  /** Moves this execution's clock on without a call (Utilities.sleep, waiting for a lock). */
  wait(ms: number): void;
  /** A Date of the script's own realm, so `value instanceof Date` holds inside the script. */
  newDate(ms: number): Date;
  /** Copies plain data (arrays, objects) into the script's realm, so `instanceof Array` holds. */
  toRealm<T>(value: T): T;
  /** A shallow copy of an array made in the script's realm (keeps Dates and handles as they are). */
  realmArray<T>(items: T[]): T[];
  log(level: LogEntry['level'], message: string): void;
  /** A function compiled in the script's realm, seeing its globals (HtmlService scriptlets). */
  compile(params: string[], body: string): (...args: unknown[]) => unknown;
}

/** Apps Script errors have the name 'Exception' (String(e) reads "Exception: …"); the code is ours. */
let realmError: ErrorConstructor = Error;

/** While an execution runs, the errors services throw are made by its realm's Error, so `e instanceof Error`
 *  holds in the script as it does on Apps Script. Returns the function that puts the previous one back. */
export function useRealmError(ctor: ErrorConstructor): () => void {
  const previous = realmError;
  realmError = ctor;
  return () => {
    realmError = previous;
  };
}

export function scriptError(message: string, code: string): Error {
  const error = new realmError(message, { cause: { code } });
  error.name = 'Exception';
  return error;
}

export interface ExecuteOptions {
  /** The person running it ('person', 'simple', 'webapp*' contexts), or the trigger's creator ('installable', 'clock'). */
  user?: string;
  /** How the execution came about (default 'person': a menu, dialog or sidebar call); decides who
   *  Session.getActiveUser() / getEffectiveUser() and e.user reveal (see identity.ts). */
  context?: RunContext;
  /** For 'installable': the person whose edit, open or submission fired the trigger ('' if anonymous). */
  person?: string;
  /** The event object, passed as the only argument (triggers, onOpen, onEdit). */
  event?: unknown;
  /** Builds the event inside the execution, for events holding service objects (range, source). */
  eventFactory?: (ctx: ExecutionContext) => unknown;
  /** Why it ran, for the execution log: 'manual', 'trigger:<uid>', 'simple:onEdit'... */
  cause?: string;
  /** LIMITED for simple triggers: only calls needing no authorization, or only the bound file, pass (auth.ts). */
  authMode?: 'FULL' | 'LIMITED';
}

export interface ExecutionResult {
  executionId: string;
  fn: string;
  /** Whom the script ran as (its effective user's resources: triggers, user properties, files made). */
  user: string;
  /** What Session.getActiveUser().getEmail() gave: '' when Google would not reveal the person. */
  activeUser: string;
  context: RunContext;
  cause: string;
  startMs: number;
  result: unknown;
  error: Error | null;
  calls: CallRecord[];
  elapsedMs: number;
  logs: LogEntry[];
}
