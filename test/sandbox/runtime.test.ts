// The runtime: fresh Apps Script-only globals, the virtual clock, triggers, locks, faults and limits.
import { Sandbox, TIME_LIMIT_MESSAGE } from '../../sandbox/core/runtime';

const CODE = `
var loadedAt = Date.now();
function globalsSeen() { return [typeof require, typeof process, typeof Buffer, typeof module, typeof SpreadsheetApp, typeof Logger]; }
function now() { return [new Date().toISOString(), loadedAt === Date.now()]; }
function guarded(holdMs) {
  var lock = LockService.getScriptLock();
  lock.waitLock(10000);
  Utilities.sleep(holdMs);
  lock.releaseLock();
  return 'done';
}
function polite() { return LockService.getScriptLock().tryLock(1000); }
function installTriggers(n) { for (var i = 0; i < n; i++) ScriptApp.newTrigger('tick').timeBased().everyHours(1).create(); }
function badMinutes() { ScriptApp.newTrigger('tick').timeBased().everyMinutes(7).create(); }
function schedule() {
  ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(8).create();
  ScriptApp.newTrigger('hourly').timeBased().everyHours(4).create();
}
function tick() {}
function daily(e) { Logger.log('daily ' + e.hour); }
function hourly() { Logger.log('hourly'); }
function readThree() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  var out = [];
  for (var i = 0; i < 3; i++) { try { sheet.getRange('A1').getValue(); out.push('ok'); } catch (e) { out.push(e.message); } }
  return out;
}
function outlast() {
  var caught = 0;
  while (caught < 3) { try { Utilities.sleep(60000); } catch (e) { caught++; } }
  try { PropertiesService.getScriptProperties().setProperty('after', 'the limit'); } catch (e) { /* refused too */ }
  return 'carried on after ' + caught + ' errors';
}
function bigProperty(kb) { PropertiesService.getScriptProperties().setProperty('k', new Array(kb * 1024 + 1).join('x')); }
function fillStore() { var p = PropertiesService.getScriptProperties(); for (var i = 0; i < 60; i++) p.setProperty('k' + i, new Array(9000).join('x')); }
`;

const fresh = () => new Sandbox({ code: CODE, start: '2025-01-05T05:00:00Z' });

describe('Sandbox runtime', () => {
  it('given a script, then it sees Apps Script services and none of Node', () => {
    expect(fresh().execute('globalsSeen').result).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'object', 'object']);
  });

  it('given the virtual clock, then new Date() and Date.now() read it and top-level code runs per execution', () => {
    const sandbox = fresh();
    sandbox.advanceTo('2025-02-01T00:00:00Z');
    expect(sandbox.execute('now').result).toEqual(['2025-02-01T00:00:00.000Z', true]);
  });

  it('given a lock held by an execution started at the same instant, then waitLock throws the real timeout message', () => {
    const [first, second] = fresh().executeConcurrently([{ fn: 'guarded', args: [60000] }, { fn: 'guarded', args: [0] }]);
    expect(first.error).toBeNull();
    expect(second.error?.message).toBe('Lock timeout: another process was holding the lock for too long.');
  });

  it('given a short hold, then the second execution waits for the release and its clock jumps past it', () => {
    const [first, second] = fresh().executeConcurrently([{ fn: 'guarded', args: [3000] }, { fn: 'guarded', args: [0] }]);
    expect(second.result).toBe('done');
    expect(second.elapsedMs).toBeGreaterThanOrEqual(first.elapsedMs);
  });

  it('given a foreign holder, then tryLock returns false; after it lets go, true', () => {
    const sandbox = fresh();
    sandbox.holdScriptLock('2025-01-05T05:01:00Z');
    expect(sandbox.execute('polite').result).toBe(false);
    sandbox.advanceTo('2025-01-05T05:02:00Z');
    expect(sandbox.execute('polite').result).toBe(true);
  });

  it('given 20 triggers, then the 21st is refused with the real message', () => {
    const sandbox = fresh();
    expect(sandbox.execute('installTriggers', [20]).error).toBeNull();
    expect(sandbox.execute('installTriggers', [1]).error?.message).toBe('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
  });

  it('given everyMinutes(7), then the builder refuses it', () => {
    expect(fresh().execute('badMinutes').error?.message).toMatch(/1, 5, 10, 15 or 30/);
  });

  it('given daily and 4-hourly triggers, when the clock advances a day, then they fire in time order', () => {
    const sandbox = fresh();
    sandbox.execute('schedule');
    const fired = sandbox.advanceTo('2025-01-06T06:00:00Z');
    const times = fired.map((x) => new Date(x.startMs).toISOString());
    expect(times).toEqual([...times].sort());
    // Every 4 hours from creation (just after 05:00 UTC), and the daily one at 05:00 UTC the next day.
    expect(fired.map((x) => x.fn)).toEqual(['hourly', 'hourly', 'hourly', 'hourly', 'hourly', 'daily', 'hourly']);
    // 08:00 Riyadh is 05:00 UTC; the event's fields are in UTC, as Apps Script gives them.
    const daily = fired.find((x) => x.fn === 'daily');
    expect(new Date(daily!.startMs).toISOString()).toBe('2025-01-06T05:00:00.000Z');
    expect(daily!.logs[0].message).toBe('daily 5');
  });

  it('given a fault at the second call, then exactly that call throws Service error: Spreadsheets', () => {
    const sandbox = fresh();
    sandbox.injectFault({ method: 'Range.getValue', calls: [2] });
    expect(sandbox.execute('readThree').result).toEqual(['ok', 'Service error: Spreadsheets', 'ok']);
  });

  it('given a seeded fault rate, then two runs fail on the same calls', () => {
    const outcome = () => {
      const sandbox = new Sandbox({ code: CODE, seed: 42 });
      sandbox.injectFault({ method: 'Range.*', rate: 0.5, error: 'server' });
      return sandbox.execute('readThree').result;
    };
    const first = outcome();
    expect(outcome()).toEqual(first);
    expect(first).toContain("We're sorry, a server error occurred. Please wait a bit and try again.");
  });

  // The script catches the limit's error and carries on: no call it makes after the limit reaches a service, and
  // the execution ends with the limit's error, not its result. (A script that spins in pure JS without a call is
  // ended by the real-time guard, REAL_TIMEOUT_MS: a minute of real time, too dear for the suite to spend.)
  it('given a script that runs past six minutes, then it is stopped even if it catches the error', () => {
    const sandbox = fresh();
    const result = sandbox.execute('outlast');
    expect(result.error?.message).toBe(TIME_LIMIT_MESSAGE);
    expect(result.result).toBeUndefined();
    expect(result.elapsedMs).toBeGreaterThan(6 * 60 * 1000);
    expect(JSON.stringify(sandbox.world.services.properties ?? {})).not.toContain('the limit');
  });

  it('given a 10 KB property value, then setProperty throws; a store past 500 KB is refused too', () => {
    expect(fresh().execute('bigProperty', [8]).error).toBeNull();
    expect(fresh().execute('bigProperty', [10]).error?.message).toBe('Argument too large: value');
    expect(fresh().execute('fillStore').error?.message).toMatch(/exceeded the property storage quota/);
  });
});
