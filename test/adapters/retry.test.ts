// The transient-error retry: which errors are retried, how often, and the backoff between attempts.
import { isTransient, RETRY_ATTEMPTS, withRetry } from '../../src/adapters/script/retry';
import { transientMessage } from '../../sandbox/core/faults';

function failing(messages: string[], result = 'ok') {
  let calls = 0;
  const call = () => {
    calls += 1;
    const message = messages[calls - 1];
    if (message !== undefined) throw new Error(message);
    return result;
  };
  return { call, calls: () => calls };
}

describe('withRetry', () => {
  it('treats every transient error the sandbox injects, and Google\'s time-outs, as transient', () => {
    for (const method of ['Range.setValues', 'Sheet.getLastRow', 'TextFinder.findAll']) {
      for (const kind of ['service', 'server', 'rate'] as const) expect(isTransient(new Error(transientMessage(method, kind)))).toBe(true);
    }
    expect(isTransient(new Error('Service Spreadsheets timed out while accessing document with id 1abc.'))).toBe(true);
    expect(isTransient(new Error('Service Spreadsheets failed while accessing document with id 1abc.'))).toBe(true);
  });

  it('does not retry the daily quota, a bad range or a coded error', () => {
    for (const message of [
      'Service invoked too many times for one day: email.',
      'The coordinates of the range are outside the dimensions of the sheet.',
      'عمود مفقود',
    ]) {
      expect(isTransient(new Error(message))).toBe(false);
      const sleeps: number[] = [];
      const f = failing([message]);
      expect(() => withRetry(f.call, (ms) => sleeps.push(ms))).toThrow(message);
      expect(f.calls()).toBe(1);
      expect(sleeps).toEqual([]);
    }
  });

  it('succeeds on the third attempt after waiting 1 s then 2 s', () => {
    const sleeps: number[] = [];
    const f = failing(['Service error: Spreadsheets', "We're sorry, a server error occurred. Please wait a bit and try again."], 'values');
    expect(withRetry(f.call, (ms) => sleeps.push(ms))).toBe('values');
    expect(f.calls()).toBe(3);
    expect(sleeps).toEqual([1000, 2000]);
  });

  it('gives up after three attempts and throws the last error', () => {
    const sleeps: number[] = [];
    const f = failing(['Service error: Spreadsheets', 'Service error: Spreadsheets', 'Service error: Spreadsheets (3)']);
    expect(() => withRetry(f.call, (ms) => sleeps.push(ms))).toThrow('Service error: Spreadsheets (3)');
    expect(f.calls()).toBe(RETRY_ATTEMPTS);
    expect(sleeps).toEqual([1000, 2000]);
  });

  it('calls once when the first attempt works', () => {
    const sleeps: number[] = [];
    const f = failing([]);
    expect(withRetry(f.call, (ms) => sleeps.push(ms))).toBe('ok');
    expect(f.calls()).toBe(1);
    expect(sleeps).toEqual([]);
  });
});
