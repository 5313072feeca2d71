// A minimal World and ServiceContext for testing the Docs, Drive and Mail fakes without the runtime.
import type { CallRecord, ServiceContext, World } from '../../../sandbox/core/context';

export const OWNER = 'coordinator@mustafid.org.sa';

export function newWorld(account: World['account'] = 'consumer', startIso = '2025-03-02T06:00:00Z'): World {
  return { nowMs: Date.parse(startIso), account, owner: OWNER, boundSpreadsheetId: null, services: {} };
}

/** Each call is charged nothing: these tests are about behaviour, not the cost model. */
export function newContext(world: World, user: string = world.owner): ServiceContext & { calls: CallRecord[] } {
  const calls: CallRecord[] = [];
  return {
    world,
    executionId: `test-${Math.random().toString(36).slice(2)}`,
    user,
    call(method: string) {
      calls.push({ method, ms: 0 });
    },
    now: () => new Date(world.nowMs),
    calls,
  };
}

export function advanceHours(world: World, hours: number): void {
  world.nowMs += hours * 60 * 60 * 1000;
}
