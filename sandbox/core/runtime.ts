// The Sandbox: loads the bundle into a fresh node:vm context per execution holding only Apps Script
// globals, charges every service call on a virtual clock, and fires time-driven triggers as time passes.
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import type { GatewayFaultKind } from '../services/gateways';
import { randomBytes } from 'crypto';
import type { CallRecord, CallSize, CallTarget, World } from './context';
import { addToCostReport, costOf, emptyCostReport, type CostReport } from './costs';
import { FaultInjector, type FaultRule } from './faults';
import { LockTable } from './locks';
import { ExecutionQuotas, TRIGGER_RUNTIME_MESSAGE } from './quotas';
import { Grant, hasScopeEntry, missingScopeEntry, readManifest, type Manifest } from './auth';
import { identityFor, isConsumerEmail } from './identity';
import { clockEvent, nextDue, nextFiring, triggerSlot, DEFAULT_TIME_ZONE } from './triggers';
import {
  scriptError, useRealmError, type ExecuteOptions, type ExecutionContext, type ExecutionResult, type LogEntry, type SandboxHooks, type UiState, type UrlFetchState,
} from './execution';
import { serviceGlobals } from '../services';
import { installVirtualDate, newRealm, realmIntrinsics, runGuarded } from './realm';
import { createSpreadsheetModel } from '../services/spreadsheet/store';
import type { Host } from '../people/host';
import { personEdits, personOpens, personSelects, type EditOutcome } from '../people/usesSheet';
import { replayLastSubmission, submitForm, type Submission } from '../people/submitsForm';

export type { ExecuteOptions, ExecutionResult } from './execution';

/** Apps Script stops an execution after six minutes. */
export const MAX_EXECUTION_MS = 6 * 60 * 1000;
export const TIME_LIMIT_MESSAGE = 'Exceeded maximum execution time';
/** Real (wall-clock) time a script may burn in pure JS before the sandbox calls it a hang. */
const REAL_TIMEOUT_MS = 60_000;

export interface SandboxOptions {
  /** A world to continue from (state.json); a new one otherwise. */
  world?: World;
  /** Script source to load instead of build/Code.js (tests load small fixtures). */
  code?: string;
  /** Where the bundle and its *.html files live (default: build/ at the repository root). */
  buildDir?: string;
  /** Virtual start time of a new world (ISO). */
  start?: string;
  owner?: string;
  account?: World['account'];
  /** Seed for fault injection's random draws. */
  seed?: number;
  timeZone?: string;
  scriptId?: string;
  /** Name of the spreadsheet a new world's script is bound to; false for a standalone script. */
  boundSpreadsheet?: string | false;
  /** The project's manifest (oauthScopes, advanced services). Default: build/appsscript.json for the
   *  built bundle; for a `code` fixture, none, which is Apps Script's automatic scope detection (every
   *  call covered) with no advanced service. */
  manifest?: Manifest | null;
  /** Another Apps Script project in the same world (e.g. 'addon', the Workspace add-on's standalone project):
   *  no container, its own properties and caches. Default: the project bound to the register. */
  project?: string;
  /** Real ms a script may spin in pure JS before the sandbox stops it as a hang (default 60 s; tests use less). */
  realTimeoutMs?: number;
}

/** One line per execution, kept for the run's summary and state.json. */
export interface ExecutionSummary {
  executionId: string;
  fn: string;
  user: string;
  /** Whom Session.getActiveUser() revealed ('' when Google hides the person). */
  activeUser: string;
  cause: string;
  start: string;
  elapsedMs: number;
  calls: number;
  error: string | null;
}

export const DEFAULT_BUILD_DIR = path.resolve(__dirname, '..', '..', 'build');
/** Consumer accounts first (issue #12): an organisation on gmail.com, as Esrar's own address is. */
export const DEFAULT_OWNER = 'esrar.org@gmail.com';
/** The owner of a Workspace world made without one: a gmail.com address is never a Workspace account. */
export const DEFAULT_WORKSPACE_OWNER = 'admin@mustafid.org.sa';

function isoToMs(iso: string | number): number {
  const ms = typeof iso === 'number' ? iso : Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`Not a date-time: ${iso}`, { cause: { code: 'BAD_TIME' } });
  return ms;
}

export class Sandbox implements SandboxHooks, Host {
  readonly world: World;
  readonly locks = new LockTable();
  /** Simultaneous executions and daily trigger run time (quotas.ts). */
  readonly quotas = new ExecutionQuotas();
  readonly faults: FaultInjector;
  readonly ui: UiState = { menus: [], dialogs: [], alerts: [], answers: [] };
  readonly urlFetch: UrlFetchState = { requests: [], responses: {} };
  readonly scriptId: string;
  readonly timeZone: string;
  /** The manifest the scopes and advanced services come from (null: automatic detection). */
  readonly manifest: Manifest | null;
  readonly project: string | null;
  readonly executions: ExecutionSummary[] = [];
  costs: CostReport = emptyCostReport();
  private readonly buildDir: string;
  private readonly script: vm.Script;
  private readonly realTimeoutMs: number;
  /** The code never changes within a sandbox, so whether it defines a function is asked once. */
  private readonly definedFunctions = new Map<string, boolean>();

  constructor(options: SandboxOptions = {}) {
    this.buildDir = options.buildDir ?? DEFAULT_BUILD_DIR;
    const code = options.code ?? fs.readFileSync(path.join(this.buildDir, 'Code.js'), 'utf8');
    this.script = new vm.Script(code, { filename: 'Code.js' });
    this.realTimeoutMs = options.realTimeoutMs ?? REAL_TIMEOUT_MS;
    this.project = options.project ?? null;
    this.manifest = options.manifest !== undefined ? options.manifest : options.code !== undefined ? null : readManifest(this.buildDir);
    const account = options.account ?? 'consumer';
    if (!options.world && account === 'workspace' && options.owner && isConsumerEmail(options.owner)) {
      throw new Error(`A Google Workspace organisation cannot be owned by a consumer account (${options.owner})`, { cause: { code: 'BAD_OWNER' } });
    }
    this.world = options.world ?? {
      nowMs: isoToMs(options.start ?? '2025-01-05T05:00:00Z'),
      account,
      owner: options.owner ?? (account === 'workspace' ? DEFAULT_WORKSPACE_OWNER : DEFAULT_OWNER),
      boundSpreadsheetId: null,
      services: {},
    };
    if (!options.world && options.boundSpreadsheet !== false) {
      this.world.boundSpreadsheetId = createSpreadsheetModel(this.world, options.boundSpreadsheet ?? 'Untitled spreadsheet', this.world.owner).id;
    }
    this.faults = new FaultInjector(options.seed ?? 1);
    this.timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
    this.scriptId = options.scriptId ?? randomBytes(42).toString('base64url').slice(0, 57);
  }

  now(): Date {
    return new Date(this.world.nowMs);
  }

  readHtmlFile(name: string): string | null {
    const file = path.join(this.buildDir, `${name.replace(/\.html$/, '')}.html`);
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  }

  /** Makes the SMS and WhatsApp gateways fail a share of calls the way they do (services/gateways.ts):
   *  server errors, 503, rate limits, connections that never open, time-outs after taking the message. */
  failGateways(rate: number, kinds: GatewayFaultKind[] = ['server', 'unavailable', 'rate', 'unreachable', 'timeout'], seed = 7): void {
    if (rate < 0 || rate > 1) throw new Error(`Fault rate must be between 0 and 1, got ${rate}`, { cause: { code: 'FAULT_RATE' } });
    let a = seed >>> 0;
    // mulberry32, as faults.ts: a failing run replays exactly.
    const random = () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    this.urlFetch.gatewayFaults = rate === 0 ? null : { rate, kinds, random, injected: [] };
  }

  /** The owner deploys the web app (Deploy › New deployment): needs the manifest's `webapp` section;
   *  returns the /exec address ScriptApp.getService().getUrl() then gives. */
  deployWebApp(): string {
    const webapp = (this.manifest as { webapp?: { executeAs?: string; access?: string } } | null)?.webapp;
    if (!webapp) throw new Error('The manifest has no webapp section to deploy', { cause: { code: 'NO_WEBAPP' } });
    const slot = (this.world.services.webapp ??= {}) as { deploymentId?: string };
    slot.deploymentId ??= `AKfycb${randomBytes(36).toString('base64url').slice(0, 48)}`;
    return `https://script.google.com/macros/s/${slot.deploymentId}/exec`;
  }

  /** Makes service methods fail with their real transient errors (see faults.ts). */
  injectFault(rule: FaultRule): void {
    this.faults.add(rule);
  }

  /** Test hook: a process outside the sandbox holds the script lock from now until `untilIso`. */
  holdScriptLock(untilIso: string): void {
    this.locks.holdForeign('script', this.world.nowMs, isoToMs(untilIso));
  }

  /** Runs global function `fn` in a fresh context, as one Apps Script execution starting now. */
  execute(fn: string, args: unknown[] = [], options: ExecuteOptions = {}): ExecutionResult {
    const startMs = this.world.nowMs;
    const executionId = `exec-${this.executions.length + 1}`;
    const runContext = options.context ?? 'person';
    const runAs = options.user ?? this.world.owner;
    const identity = identityFor({
      context: runContext, account: this.world.account, owner: this.world.owner, creator: runAs,
      person: runContext === 'installable' ? options.person ?? '' : runContext === 'clock' ? '' : runAs,
    });
    // A web app "as me" runs on its deployer's resources; everything else on those of whoever it runs as.
    const user = runContext === 'webapp' ? this.world.owner : runAs;
    const calls: CallRecord[] = [];
    const logs: LogEntry[] = [];
    let elapsed = 0;
    let killed: Error | null = null;
    const world = this.world;
    const faults = this.faults;
    const cause = options.cause ?? 'manual';
    const admission = this.quotas.admit(world, user, startMs, cause);
    const grant = Grant.of(this.manifest, options.authMode === 'LIMITED');

    const context = newRealm();
    const realm = realmIntrinsics(context);
    const advance = (ms: number): void => {
      elapsed += ms;
      world.nowMs = startMs + elapsed;
      if (elapsed > MAX_EXECUTION_MS) {
        killed ??= scriptError(TIME_LIMIT_MESSAGE, 'EXECUTION_TIME_LIMIT');
        throw killed;
      }
      // A trigger that uses up the day's trigger run time is stopped like one past six minutes.
      if (elapsed > admission.runtimeLeftMs) {
        killed ??= scriptError(TRIGGER_RUNTIME_MESSAGE, 'TRIGGER_RUNTIME_QUOTA');
        throw killed;
      }
    };
    const ctx: ExecutionContext = {
      world,
      executionId,
      user,
      identity: { ...identity, person: runContext === 'installable' ? options.person ?? '' : runContext === 'clock' ? '' : runAs },
      calls,
      hooks: this,
      startMs,
      grant,
      call(method: string, size?: CallSize, target?: CallTarget) {
        if (killed) throw killed;
        // A faked method missing from Google's reference is the sandbox's defect: the execution ends
        // with it even if the script catches it, so no test passes over it.
        if (!hasScopeEntry(method)) {
          killed = missingScopeEntry(method);
          throw killed;
        }
        const refusal = grant.refusal(method);
        if (refusal) throw scriptError(refusal, 'PERMISSION_DENIED');
        const ms = costOf(method, size) + faults.delay(method);
        calls.push(size ? { method, ms, ...size } : { method, ms });
        advance(ms);
        const fault = faults.check(method, target);
        if (fault) throw fault;
      },
      now: () => new Date(startMs + elapsed),
      elapsedMs: () => elapsed,
      wait(ms: number) {
        if (killed) throw killed;
        advance(Math.max(0, ms));
      },
      newDate: (ms: number) => new realm.Date(ms),
      toRealm: <T>(value: T): T => (value === undefined ? value : (realm.JSON.parse(JSON.stringify(value)) as T)),
      realmArray: <T>(items: T[]): T[] => realm.Array.from(items),
      log(level, message) {
        logs.push({ level, message, atMs: startMs + elapsed });
      },
      compile: (params, body) => vm.runInContext(`(function (${params.join(', ')}) {\n${body}\n})`, context) as (...a: unknown[]) => unknown,
    };

    let result: unknown;
    let error: Error | null = null;
    const restoreError = useRealmError(realm.Error);
    try {
      // Refused at start (too many running, no trigger time left): none of the script runs.
      if (admission.refusal) throw scriptError(admission.refusal, 'QUOTA_EXCEEDED');
      Object.assign(context, serviceGlobals(ctx));
      installVirtualDate(context, () => startMs + elapsed);
      // One watchdog over the bundle's load and the call (realm.ts): a script spinning in pure JS is stopped
      // in either, as by the two timed runs before, at the cost of one watchdog thread instead of two.
      result = runGuarded(context, () => {
        this.script.runInContext(context);
        const target = (context as Record<string, unknown>)[fn];
        if (typeof target !== 'function') throw scriptError(`Script function not found: ${fn}`, 'FUNCTION_NOT_FOUND');
        const callArgs = options.eventFactory ? [options.eventFactory(ctx)] : options.event !== undefined ? [options.event] : ctx.toRealm(args);
        return (target as (...a: unknown[]) => unknown)(...callArgs);
      }, this.realTimeoutMs);
    } catch (e) {
      error = e instanceof Error || (e && typeof e === 'object' && 'message' in e) ? (e as Error) : new Error(String(e));
    } finally {
      restoreError();
    }
    // A script cannot catch its way past the time limit: the execution is over either way.
    if (killed) error = killed;
    this.locks.releaseAll(executionId, startMs + elapsed);
    world.nowMs = startMs + elapsed;
    this.costs = addToCostReport(this.costs, calls, elapsed);
    this.quotas.finish(world, user, startMs, elapsed, cause);
    this.executions.push({
      executionId, fn, user, activeUser: identity.active, cause, start: new Date(startMs).toISOString(), elapsedMs: elapsed,
      calls: calls.length, error: error ? String(error.message) : null,
    });
    return { executionId, fn, user, activeUser: identity.active, context: runContext, cause, startMs, result: error ? undefined : result, error, calls, elapsedMs: elapsed, logs };
  }

  /** Runs actions that all START at the current virtual instant. JS runs them one after another,
   *  each on its own virtual timeline from that instant; locks are held over virtual intervals, so
   *  a later one waits for (or times out on) a lock an earlier one held. The clock ends at the
   *  latest finish. */
  concurrently<T>(actions: Array<() => T>): T[] {
    const start = this.world.nowMs;
    let end = start;
    const results = actions.map((action) => {
      this.world.nowMs = start;
      const value = action();
      end = Math.max(end, this.world.nowMs);
      return value;
    });
    this.world.nowMs = end;
    return results;
  }

  executeConcurrently(list: Array<{ fn: string; args?: unknown[]; options?: ExecuteOptions }>): ExecutionResult[] {
    return this.concurrently(list.map((item) => () => this.execute(item.fn, item.args ?? [], item.options)));
  }

  /** Moves the clock to `iso`, firing every due time-driven trigger in time order, each in its own
   *  execution as the trigger's owner. Returns those executions. */
  advanceTo(iso: string | number): ExecutionResult[] {
    const target = isoToMs(iso);
    const fired: ExecutionResult[] = [];
    for (let due = nextDue(this.world, target); due; due = nextDue(this.world, target)) {
      const at = due.nextMs as number;
      this.world.nowMs = Math.max(this.world.nowMs, at);
      const after = due.schedule ? nextFiring(due.schedule, due.timeZone, at, due.createdMs) : null;
      if (due.schedule?.kind === 'once' || after === null) {
        // One-off triggers stay listed (as in Apps Script) but never fire again.
        due.nextMs = null;
      } else due.nextMs = after;
      // The clock only moves on from here: holds and executions that ended are forgotten as it goes, so a
      // long advance does not scan every earlier firing's (pruned again at the end, as before).
      this.locks.prune(this.world.nowMs);
      this.quotas.prune(this.world.nowMs);
      fired.push(this.execute(due.handler, [], { user: due.owner, context: 'clock', event: clockEvent(due, at), cause: `trigger:${due.uid}` }));
    }
    this.world.nowMs = Math.max(this.world.nowMs, target);
    this.locks.prune(this.world.nowMs);
    this.quotas.prune(this.world.nowMs);
    return fired;
  }

  /** A person submits a form (answers by item id): the row is written, then submit triggers fire. */
  submitForm(formId: string, answers: Record<string, unknown>, respondent = ''): Submission {
    return submitForm(this, formId, answers, respondent);
  }

  /** Fires the last submission's triggers again (blank: with blank answers, as Google sometimes does). */
  replayLastSubmission(formId: string, blank = false): ExecutionResult[] {
    return replayLastSubmission(this, formId, blank);
  }

  /** A person selects a range of the bound spreadsheet (what getActiveSheet/getActiveRange then see). */
  select(sheetName: string, a1: string): void {
    personSelects(this, sheetName, a1);
  }

  /** A person types into a cell of the bound spreadsheet; onEdit (simple and installable) fires. */
  edit(sheetName: string, a1: string, value: unknown, user: string = this.world.owner): EditOutcome {
    return personEdits(this, sheetName, a1, value, user);
  }

  /** A person opens the bound spreadsheet: onOpen (simple, then installable) runs. */
  open(user: string = this.world.owner): ExecutionResult[] {
    return personOpens(this, user);
  }

  /** Installable triggers of `eventType` on a source (a form or spreadsheet id). */
  triggersFor(eventType: string, sourceId: string): Array<{ uid: string; handler: string; owner: string }> {
    return triggerSlot(this.world).triggers.filter((t) => t.eventType === eventType && t.sourceId === sourceId);
  }

  /** Whether the loaded code defines a global function (for simple triggers like onEdit). */
  definesFunction(name: string): boolean {
    const known = this.definedFunctions.get(name);
    if (known !== undefined) return known;
    const defined = this.probeFunction(name);
    this.definedFunctions.set(name, defined);
    return defined;
  }

  private probeFunction(name: string): boolean {
    const context = newRealm();
    try {
      Object.assign(context, serviceGlobals(this.inertContext()));
      this.script.runInContext(context, { timeout: this.realTimeoutMs });
    } catch {
      return false;
    }
    return typeof (context as Record<string, unknown>)[name] === 'function';
  }

  /** A context whose calls charge nothing, for looking at the bundle without running anything. */
  private inertContext(): ExecutionContext {
    const realmDate = Date;
    return {
      world: this.world, executionId: 'inspect', user: this.world.owner, identity: { effective: '', active: '', person: '' }, calls: [], hooks: this, grant: Grant.of(this.manifest),
      startMs: this.world.nowMs, call: () => undefined, now: () => new Date(this.world.nowMs),
      elapsedMs: () => 0, wait: () => undefined, newDate: (ms) => new realmDate(ms), toRealm: (v) => v, realmArray: (items) => items, log: () => undefined,
      compile: (params, body) => new Function(...params, body) as (...a: unknown[]) => unknown,
    };
  }
}
