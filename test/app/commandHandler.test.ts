// The one command handler on a small decider (a counter with a ceiling): the order of its parts, what a refusal
// at each of them leaves behind, a record's first step, and a batch that keeps its audit for one append, even when
// a write after its rows fails (issue 13: a year's minutes batch left 33 notified cases with no audit line).
import { completeBatch, handleCommand, type CommandStep } from '../../src/app/commandHandler';
import type { Decider } from '../../src/domain/decider';
import { failure } from '../../src/domain/codedError';
import { organisation } from '../fakes/ports';
import { wordsThrown } from '../fakes/words';

type Command = { type: 'Add'; by: number };
type Event = { type: 'Added'; by: number };
type State = { count: number };

const counter: Decider<Command, Event, State, { ceiling: number }> = {
  decide: (command, state, { ceiling }) => {
    if (state.count + command.by > ceiling) throw failure('OVER', 'sidebar.error.NOT_STAFF');
    return [{ type: 'Added', by: command.by }];
  },
  evolve: (state, event) => ({ count: state.count + event.by }),
  initialState: { count: 0 },
};

type Loaded = { state: State };

function stepOf(calls: string[], over: Partial<CommandStep<Command, Event, State, { ceiling: number }, Loaded, number>> = {}) {
  const saved: number[] = [];
  const step: CommandStep<Command, Event, State, { ceiling: number }, Loaded, number> = {
    decider: counter,
    load: () => (calls.push('load'), { state: { count: 1 } }),
    commands: () => (calls.push('commands'), [{ type: 'Add', by: 2 }]),
    context: () => ({ ceiling: 5 }),
    authorize: () => void calls.push('authorize'),
    check: () => void calls.push('check'),
    save: (_l, decided) => (calls.push('save'), saved.push(decided.state.count), decided.state.count),
    audit: (_l, _d, count) => (calls.push('audit'), { actor: 'system', action: 'case_transition', details: `→ ${count}` }),
    refused: (_l, _c, err) => (calls.push('refused'), { actor: 'system', action: 'edit_refused', details: String(err) }),
    after: () => void calls.push('after'),
    ...over,
  };
  return { step, saved };
}

describe('handleCommand', () => {
  it('loads, authorises, decides, checks, saves, audits, follows up, then writes the audit in one append', () => {
    const org = organisation();
    const calls: string[] = [];
    const { step, saved } = stepOf(calls);
    const handled = handleCommand(org.audit, step);
    expect(calls).toEqual(['load', 'commands', 'authorize', 'check', 'save', 'audit', 'after']);
    expect([handled.state, handled.events, saved]).toEqual([{ count: 3 }, [{ type: 'Added', by: 2 }], [3]]);
    expect(org.rows('audit').map((a) => a.details)).toEqual(['→ 3']);
    expect(org.register.table('audit').ops).toEqual(['append']);
  });

  it('a caller refused by role: nothing decided, saved or audited', () => {
    const org = organisation();
    const calls: string[] = [];
    const { step, saved } = stepOf(calls, { authorize: () => { throw failure('FORBIDDEN', 'sidebar.error.NOT_STAFF'); } });
    expect(wordsThrown(() => handleCommand(org.audit, step))).not.toBeNull();
    expect([saved, org.rows('audit'), calls]).toEqual([[], [], ['load', 'commands']]);
  });

  it('a command the decider refuses: the refusal audited, nothing saved', () => {
    const org = organisation();
    const calls: string[] = [];
    const { step, saved } = stepOf(calls, { commands: () => [{ type: 'Add', by: 9 }] });
    expect(() => handleCommand(org.audit, step)).toThrow();
    expect(saved).toEqual([]);
    expect(calls.slice(-1)).toEqual(['refused']);
    expect(org.rows('audit')).toHaveLength(1);
  });

  it('an outcome the check refuses is a refused step: audited as one, nothing saved', () => {
    const org = organisation();
    const calls: string[] = [];
    const { step, saved } = stepOf(calls, { check: (_l, decided) => { if (decided.state.count !== 4) throw failure('UNREACHABLE', 'sidebar.error.NOT_STAFF'); } });
    expect(() => handleCommand(org.audit, step)).toThrow();
    expect(saved).toEqual([]);
    expect(calls).toEqual(['load', 'commands', 'authorize', 'refused']);
  });

  it('a record\'s first step decides on the decider\'s initial state', () => {
    const org = organisation();
    const { step } = stepOf([], { load: () => ({ state: counter.initialState }) });
    expect(handleCommand(org.audit, step).state).toEqual({ count: 2 });
  });

  it('in a batch the audit waits for the caller\'s one flush', () => {
    const org = organisation();
    for (let i = 0; i < 3; i += 1) handleCommand(org.audit, stepOf([]).step, { flush: false });
    expect(org.rows('audit')).toEqual([]);
    org.audit.flush();
    expect(org.rows('audit')).toHaveLength(3);
    expect(org.register.table('audit').ops).toEqual(['append']);
  });
});

describe('handleCommand: what follows a saved step fails', () => {
  it('the saved step\'s line is still written, and the same error reaches the caller', () => {
    const org = organisation();
    const calls: string[] = [];
    const boom = failure('TRANSIENT_FAULT', 'sidebar.error.NOT_STAFF');
    const { step, saved } = stepOf(calls, { after: () => { throw boom; } });
    expect(() => handleCommand(org.audit, step)).toThrow(boom);
    expect(saved).toEqual([3]);
    expect(org.rows('audit').map((a) => a.details)).toEqual(['→ 3']);
  });

  it('in a batch the line waits for the batch (completeBatch flushes it)', () => {
    const org = organisation();
    const { step } = stepOf([], { after: () => { throw failure('TRANSIENT_FAULT', 'sidebar.error.NOT_STAFF'); } });
    expect(() => handleCommand(org.audit, step, { flush: false })).toThrow();
    expect(org.rows('audit')).toEqual([]);
    org.audit.flush();
    expect(org.rows('audit').map((a) => a.details)).toEqual(['→ 3']);
  });
});

describe('completeBatch: what a batch writes after its rows, then its one flush', () => {
  const stopped = (error: unknown) => ({ actor: 'system', action: 'batch_incomplete' as const, details: `stopped: ${String(error)}` });
  const batchOfThree = () => {
    const org = organisation();
    for (let i = 0; i < 3; i += 1) handleCommand(org.audit, stepOf([]).step, { flush: false });
    return org;
  };

  it('in the normal case runs the rest, then writes the batch\'s lines in one append', () => {
    const org = batchOfThree();
    const failed = jest.fn(stopped);
    expect(completeBatch(org.audit, () => 'letters queued', failed)).toBe('letters queued');
    expect(failed).not.toHaveBeenCalled();
    expect(org.rows('audit')).toHaveLength(3);
    expect(org.register.table('audit').ops).toEqual(['append']);
  });

  it('when the rest fails, writes the saved steps\' lines and one line saying why, then rethrows the same error', () => {
    const org = batchOfThree();
    const refused = new Error('Service error: Spreadsheets');
    expect(() => completeBatch(org.audit, () => { throw refused; }, stopped)).toThrow(refused);
    expect(org.rows('audit').map((a) => a.details)).toEqual(['→ 3', '→ 3', '→ 3', 'stopped: Error: Service error: Spreadsheets']);
    expect(org.register.table('audit').ops).toEqual(['append']);
  });

  it('when its flush is refused too, the batch\'s own error is the one thrown and no line is lost', () => {
    const org = batchOfThree();
    const refused = new Error('the letters');
    org.register.table('audit').failNextAppendAfter = 2;
    expect(() => completeBatch(org.audit, () => { throw refused; }, stopped)).toThrow(refused);
    expect(org.rows('audit')).toHaveLength(2);
    // What was not written stays pending in this execution: a later flush writes those alone, none twice.
    org.audit.flush();
    expect(org.rows('audit').map((a) => a.details)).toEqual(['→ 3', '→ 3', '→ 3', 'stopped: Error: the letters']);
  });
});

describe('AuditTrail.flush refused part-way', () => {
  it('keeps only the lines not yet written, so the next flush writes each line once', () => {
    const org = organisation();
    for (const n of [1, 2, 3]) org.audit.record({ actor: 'system', action: 'case_transition', details: `line ${n}` });
    org.register.table('audit').failNextAppendAfter = 1;
    expect(() => org.audit.flush()).toThrow('Service error');
    expect(org.rows('audit').map((a) => a.details)).toEqual(['line 1']);
    org.audit.flush();
    expect(org.rows('audit').map((a) => a.details)).toEqual(['line 1', 'line 2', 'line 3']);
  });
});
