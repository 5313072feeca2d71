// The script-properties store's ledger of responses begun: the intake's check and begin of one response read the
// ledger once (they run under one lock); any other begin reads it afresh.
import { ScriptPropertiesStore } from '../../src/adapters/script/properties';

function fakeProperties() {
  const values: Record<string, string> = {};
  const reads: string[] = [];
  const props = {
    getProperty: (k: string) => { reads.push(k); return values[k] ?? null; },
    setProperty: (k: string, v: string) => { values[k] = v; return props; },
    getProperties: () => ({ ...values }),
    setProperties: (all: Record<string, string>) => { Object.assign(values, all); return props; },
  };
  return { props, values, reads };
}

describe('the ledger of responses begun', () => {
  const g = globalThis as unknown as { PropertiesService?: unknown };
  let fake: ReturnType<typeof fakeProperties>;
  let before: unknown;
  beforeEach(() => {
    fake = fakeProperties();
    before = g.PropertiesService;
    g.PropertiesService = { getScriptProperties: () => fake.props };
  });
  afterEach(() => { g.PropertiesService = before; });

  const at = new Date('2026-12-01T06:00:00Z');
  const later = new Date(at.getTime() + 20 * 60_000);

  it('reads the ledger once for the check and the begin of the same response, and notes it', () => {
    const store = new ScriptPropertiesStore();
    expect(store.mayHaveBegun('r-1', later, at)).toBe(false);
    store.begin('r-1', later, at);
    expect(fake.reads.filter((k) => k === 'INTAKE_BEGUN')).toHaveLength(1);
    expect(JSON.parse(fake.values.INTAKE_BEGUN).ids).toEqual([['r-1', later.getTime()]]);
    expect(store.mayHaveBegun('r-1', later, at)).toBe(true);
  });

  it("reads it afresh for another response's begin, so a begin written by another execution meanwhile is kept", () => {
    const store = new ScriptPropertiesStore();
    store.mayHaveBegun('r-1', later, at);
    // Another execution begins r-2 (it held the lock in between).
    const other = new ScriptPropertiesStore();
    other.mayHaveBegun('r-2', later, at);
    other.begin('r-2', later, at);
    store.mayHaveBegun('r-3', later, at);
    store.begin('r-3', later, at);
    store.begin('r-4', later, at);
    expect(JSON.parse(fake.values.INTAKE_BEGUN).ids.map(([id]: [string]) => id)).toEqual(['r-2', 'r-3', 'r-4']);
    // r-4's begin had no check of its own before it: read afresh.
    expect(fake.reads.filter((k) => k === 'INTAKE_BEGUN')).toHaveLength(4);
  });
});
