// Limits Google sets on executions: 30 at once per user, and the day's trigger run time per account kind.
import { Sandbox } from '../../sandbox/core/runtime';
import type { World } from '../../sandbox/core/context';
import { quotaSlot, SIMULTANEOUS_MESSAGE, TRIGGER_RUNTIME_MESSAGE } from '../../sandbox/core/quotas';

const CODE = `
function busy() { Utilities.sleep(1000); PropertiesService.getScriptProperties().setProperty('ran', String(Date.now())); return 'done'; }
function installEveryTenMinutes() { ScriptApp.newTrigger('work').timeBased().everyMinutes(10).create(); }
function work() { Utilities.sleep(4 * 60 * 1000); PropertiesService.getScriptProperties().setProperty('lastWork', String(Date.now())); }
`;

const START = '2026-11-22T06:00:00Z';
const OWNER = 'owner@gmail.com';

describe('simultaneous executions per user', () => {
  it('given 31 executions starting at the same instant for one user, then the 31st fails at start with Google\'s message', () => {
    const sb = new Sandbox({ code: CODE, start: START, owner: OWNER });
    const runs = sb.executeConcurrently(Array.from({ length: 31 }, () => ({ fn: 'busy', options: { user: OWNER } })));
    expect(runs.slice(0, 30).map((r) => r.error)).toEqual(Array.from({ length: 30 }, () => null));
    const refused = runs[30];
    expect(refused.error?.message).toBe(SIMULTANEOUS_MESSAGE);
    expect(String(refused.error)).toBe(`Exception: ${SIMULTANEOUS_MESSAGE}`);
    // Refused before any of its code ran: no call was made.
    expect(refused.calls).toEqual([]);
  });

  it('given 30 of one user running, then another user still starts, and the first user starts again once they have ended', () => {
    const sb = new Sandbox({ code: CODE, start: START, owner: OWNER });
    const runs = sb.concurrently([
      ...Array.from({ length: 30 }, () => () => sb.execute('busy', [], { user: OWNER })),
      () => sb.execute('busy', [], { user: 'officer@gmail.com' }),
    ]);
    expect(runs.every((r) => r.error === null)).toBe(true);
    // The clock is now at the latest finish: nothing of the 30 is still running.
    expect(sb.execute('busy', [], { user: OWNER }).error).toBeNull();
  });

  it('given executions that do not overlap in virtual time, then any number run one after another', () => {
    const sb = new Sandbox({ code: CODE, start: START, owner: OWNER });
    const runs = Array.from({ length: 40 }, () => sb.execute('busy', [], { user: OWNER }));
    expect(runs.filter((r) => r.error)).toEqual([]);
  });
});

describe('trigger run time per day', () => {
  function withTrigger(account: World['account']) {
    const sb = new Sandbox({ code: CODE, start: START, owner: account === 'workspace' ? 'owner@org.example' : OWNER, account });
    expect(sb.execute('installEveryTenMinutes').error).toBeNull();
    return sb;
  }
  // Firings count from the trigger's creation, a moment after START: a minute's margin.
  const hoursLater = (h: number) => new Date(Date.parse(START) + h * 3_600_000 + 60_000).toISOString();

  it('given a consumer account, then after 90 minutes of trigger time a run is stopped and the next ones fail at start', () => {
    const sb = withTrigger('consumer');
    const fired = sb.advanceTo(hoursLater(4)); // 24 firings of 4 minutes each
    expect(fired).toHaveLength(24);
    // 22 runs use 88 minutes; the 23rd has 2 minutes left and is stopped inside its sleep.
    expect(fired.slice(0, 22).every((r) => r.error === null)).toBe(true);
    expect(fired[22].error?.message).toBe(TRIGGER_RUNTIME_MESSAGE);
    expect(fired[22].elapsedMs).toBeGreaterThan(2 * 60_000);
    expect(fired[23].error?.message).toBe(TRIGGER_RUNTIME_MESSAGE);
    expect(fired[23].calls).toEqual([]);
    expect(quotaSlot(sb.world).triggerRuntime[OWNER].usedMs).toBeGreaterThanOrEqual(90 * 60_000);
  });

  it('given the quota used up, then what a person runs from the menu is not refused', () => {
    const sb = withTrigger('consumer');
    sb.advanceTo(hoursLater(4));
    expect(sb.execute('busy', [], { user: OWNER, cause: 'run' }).error).toBeNull();
  });

  it('given a Workspace account, then the same four hours of triggers all run (6 hours a day)', () => {
    const sb = withTrigger('workspace');
    const fired = sb.advanceTo(hoursLater(4));
    expect(fired.filter((r) => r.error)).toEqual([]);
    expect(fired).toHaveLength(24);
    expect(quotaSlot(sb.world).triggerRuntime['owner@org.example'].usedMs).toBe(fired.reduce((sum, r) => sum + r.elapsedMs, 0));
  });

  it('given the quota used up, then it resets 24 hours after the first trigger run of the window, not at midnight', () => {
    const sb = withTrigger('consumer');
    const first = sb.advanceTo(hoursLater(4))[0];
    // Midnight (Riyadh or Pacific) passes inside these 23 hours; the window has not ended.
    const beforeReset = sb.advanceTo(first.startMs + 24 * 3_600_000 - 1);
    expect(beforeReset.length).toBeGreaterThan(100);
    expect(beforeReset.every((r) => r.error?.message === TRIGGER_RUNTIME_MESSAGE)).toBe(true);
    const afterReset = sb.advanceTo(first.startMs + 24 * 3_600_000 + 10 * 60_000);
    expect(afterReset.length).toBeGreaterThan(0);
    expect(afterReset.every((r) => r.error === null)).toBe(true);
  });

  it('given a run continued from the saved world, then the day\'s usage is kept', () => {
    const sb = withTrigger('consumer');
    sb.advanceTo(hoursLater(4));
    const saved = JSON.parse(JSON.stringify(sb.world)) as World;
    const continued = new Sandbox({ code: CODE, world: saved });
    const fired = continued.advanceTo(hoursLater(5));
    expect(fired.length).toBeGreaterThan(0);
    expect(fired.every((r) => r.error?.message === TRIGGER_RUNTIME_MESSAGE)).toBe(true);
  });
});
