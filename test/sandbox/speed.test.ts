// Guards for the sandbox's speed work (docs/sandbox.md, "Speed"): the shortcuts give what the plain way gave.
import { Sandbox } from '../../sandbox/core/runtime';
import { nextFiring, type Schedule } from '../../sandbox/core/triggers';
import { zonedParts, zonedToUtc } from '../../sandbox/core/zone';

/** The walk nextFiring did before: every period from the creation day until one falls after `afterMs`. */
function walkedFiring(schedule: Extract<Schedule, { kind: 'days' | 'weeks' }>, timeZone: string, afterMs: number, createdMs: number): number | null {
  const p = zonedParts(createdMs, timeZone);
  const period = schedule.kind === 'days' ? schedule.every : 7 * schedule.every;
  let offset = schedule.kind === 'weeks' ? (schedule.weekDay - p.weekDay + 7) % 7 : 0;
  for (let guard = 0; guard < 10_000; guard++) {
    const at = zonedToUtc(p.year, p.month, p.day + offset, schedule.hour, schedule.minute, 0, timeZone);
    if (at > afterMs && at > createdMs) return at;
    offset += period;
  }
  return null;
}

describe('a daily or weekly trigger skips the firings already past', () => {
  const created = Date.parse('2026-03-07T21:17:00Z');
  const schedules: Array<Extract<Schedule, { kind: 'days' | 'weeks' }>> = [
    { kind: 'days', every: 1, hour: 6, minute: 0 },
    { kind: 'days', every: 3, hour: 23, minute: 45 },
    { kind: 'weeks', every: 1, weekDay: 0, hour: 7, minute: 30 },
    { kind: 'weeks', every: 2, weekDay: 5, hour: 0, minute: 0 },
  ];
  it.each(['Asia/Riyadh', 'America/New_York', 'Pacific/Apia', 'Australia/Lord_Howe'])('and lands where walking from the creation day lands, in %s', (zone) => {
    let checked = 0;
    for (const schedule of schedules) {
      // Before the creation, across daylight-saving changes, and years on; every six and a half days and a bit.
      for (let after = created - 5 * 86_400_000; after < created + 400 * 86_400_000; after += 5 * 86_400_000 + 37 * 3_600_000 + 4_321) {
        expect(nextFiring(schedule, zone, after, created)).toBe(walkedFiring(schedule, zone, after, created));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });
});

describe('one watchdog over the bundle and the call', () => {
  it('stops a script that spins in pure JS while it loads, and one that spins in the function', () => {
    const loading = new Sandbox({ code: 'while (true) {}\nfunction f() { return 1; }', realTimeoutMs: 200 });
    expect(loading.execute('f').error?.message).toMatch(/timed out after 200ms/);
    const calling = new Sandbox({ code: 'function f() { for (;;) {} }', realTimeoutMs: 200 });
    expect(calling.execute('f').error?.message).toMatch(/timed out after 200ms/);
    // The sandbox goes on running executions afterwards.
    const after = new Sandbox({ code: 'function f() { return typeof __sandboxCall; }', realTimeoutMs: 200 });
    expect(after.execute('f').result).toBe('undefined');
  });
});

describe('an ordinary global object, as V8 gives Apps Script', () => {
  it('is the script\'s globalThis (a plain call\'s this), holds what the script declares, and can be frozen', () => {
    const sb = new Sandbox({
      code: `var declared = 1;
        function f() {
          const names = Object.getOwnPropertyNames(globalThis);
          const before = globalThis.declared;
          Object.freeze(globalThis);
          return [this === undefined ? 'strict' : this === globalThis, names.includes('declared'), names.includes('f'), before, Object.isFrozen(globalThis), typeof require, typeof process];
        }`,
    });
    // A contextified global (node:vm's default) cannot be frozen: Object.freeze throws there.
    expect(sb.execute('f').result).toEqual([true, true, true, 1, true, 'undefined', 'undefined']);
    // Each execution gets a new one: the frozen global of the last one is gone.
    expect(sb.execute('f').error).toBeNull();
  });
});
