// The script's realm in one execution's node:vm context: the small scripts every execution runs there,
// compiled once per process instead of once per execution, and the one watchdog over load and call
// (docs/sandbox.md, "Speed").
import * as vm from 'vm';

/** The realm's own constructors, read before anything replaces them (Date is swapped for the virtual clock). */
export interface RealmIntrinsics {
  Date: DateConstructor;
  JSON: JSON;
  Array: ArrayConstructor;
  Error: ErrorConstructor;
}

/** A fresh realm for one execution: Node's vanilla context (`vm.constants.DONT_CONTEXTIFY`), whose global is an
 *  ordinary global object, as V8's is on Apps Script, with no interceptor of Node's between the script and its
 *  globals: the bundle's top-level declarations and its every read of `Object`, `JSON` or `SpreadsheetApp` are plain
 *  global accesses instead of calls into Node's contextify (docs/sandbox.md, "Speed"). The returned object is that
 *  global itself. */
export function newRealm(): vm.Context {
  return vm.createContext(vm.constants.DONT_CONTEXTIFY);
}

const INTRINSICS = new vm.Script('({ Date, JSON, Array, Error })', { filename: 'sandbox-realm.js' });

export function realmIntrinsics(context: vm.Context): RealmIntrinsics {
  return INTRINSICS.runInContext(context) as RealmIntrinsics;
}

/** Replaces the realm's Date so `new Date()` and `Date.now()` read the execution's virtual clock. */
const VIRTUAL_DATE = new vm.Script(`(function (now) {
  const RealDate = Date;
  const VirtualDate = new Proxy(RealDate, {
    construct(target, args, newTarget) { return Reflect.construct(target, args.length ? args : [now()], newTarget); },
    apply() { return new RealDate(now()).toString(); },
    get(target, key, receiver) { return key === 'now' ? now : Reflect.get(target, key, receiver); },
  });
  RealDate.prototype.constructor = VirtualDate;
  globalThis.Date = VirtualDate;
})`, { filename: 'sandbox-date.js' });

export function installVirtualDate(context: vm.Context, now: () => number): void {
  (VIRTUAL_DATE.runInContext(context) as (now: () => number) => void)(now);
}

/** The global `__sandboxCall` is taken and removed before it runs, so the script never sees it. */
export const CALL_GLOBAL = '__sandboxCall';
const CALL = new vm.Script(`(() => { const run = this.${CALL_GLOBAL}; delete this.${CALL_GLOBAL}; return run(); })()`, { filename: 'sandbox-call.js' });

/** Runs `run` inside the context under one watchdog of `timeoutMs` real ms: everything `run` does in the
 *  context (loading the bundle, the function) is stopped by it, as one `runInContext` with a timeout is. */
export function runGuarded(context: vm.Context, run: () => unknown, timeoutMs: number): unknown {
  (context as Record<string, unknown>)[CALL_GLOBAL] = run;
  return CALL.runInContext(context, { timeout: timeoutMs });
}
