// Transient Sheets errors are retried inside the execution: a write Google refuses once goes through on
// the next attempt, so the submission becomes its case at once instead of waiting for the catch-up.
import { completeAnswers, mails, nationalId, newRegister, rows, submit } from './harness';

const CASES = 'الحالات';
const N = 12;
const emails = Array.from({ length: N }, (_, i) => `b${i}@example.com`);

function submitAll(sb: ReturnType<typeof newRegister>) {
  const casesAfterEach: number[] = [];
  const runs = [];
  for (let i = 0; i < N; i++) {
    runs.push(...submit(sb, completeAnswers({ national_id: nationalId(900 + i), full_name: `مستفيد ${i}`, email: emails[i] })).executions);
    casesAfterEach.push(rows(sb, CASES).length);
  }
  return { casesAfterEach, runs };
}

const acks = (sb: ReturnType<typeof newRegister>) => mails(sb).filter((m) => m.subject.includes('استلام')).map((m) => m.to[0]).sort();

describe('every other Range.setValues refused with Google\'s transient error', () => {
  const sb = newRegister('esrar', '2026-11-22T05:00:00Z');
  sb.injectFault({ method: 'Range.setValues', calls: Array.from({ length: 200 }, (_, k) => 2 * k + 1), error: 'service' });
  const { casesAfterEach, runs } = submitAll(sb);
  const refused = sb.faults.injected.filter((f) => f.method === 'Range.setValues').length;

  it('met a refusal on every write', () => {
    expect(refused).toBeGreaterThanOrEqual(N * 3);
  });

  it('records each submission as its case in its own run, with no run failing', () => {
    expect(runs.filter((run) => run.error !== null).map((run) => run.fn)).toEqual([]);
    expect(casesAfterEach).toEqual(Array.from({ length: N }, (_, i) => i + 1));
    expect(rows(sb, CASES).map((r) => r['رقم الحالة']).sort()).toEqual(Array.from({ length: N }, (_, i) => `1448-${String(i + 1).padStart(5, '0')}`));
  });

  it('acknowledges each beneficiary once, at once', () => {
    expect(acks(sb)).toEqual([...emails].sort());
  });

  it('pays the backoff on the execution\'s clock (a second per refused write)', () => {
    const runMs = runs.reduce((sum, run) => sum + run.elapsedMs, 0);
    expect(runMs).toBeGreaterThanOrEqual(refused * 1000);
  });
});

describe('Google\'s transient errors on 30% of Range.setValues', () => {
  const sb = newRegister('esrar', '2026-11-22T05:00:00Z');
  sb.injectFault({ method: 'Range.setValues', rate: 0.3, error: 'service' });
  const { casesAfterEach, runs } = submitAll(sb);
  const failedRuns = runs.filter((run) => run.error !== null).length;
  sb.faults.clear();
  sb.advanceTo('2026-11-23T07:00:00Z');

  it('records most submissions at once: only a write refused three times running fails its run', () => {
    expect(sb.faults.injected.length).toBeGreaterThanOrEqual(8);
    // A new person's submission makes seven writes (the beneficiary, three lookup-index cells, the case, the outbox
    // row and its status). Without the retry nine runs in ten would fail (1 − 0.7⁷); with it a write fails one time
    // in 37 (0.3³), so about one run in six: two of twelve expected, three allowed.
    expect(casesAfterEach[N - 1]).toBeGreaterThanOrEqual(N - 3);
    expect(failedRuns).toBeLessThanOrEqual(3);
  });

  it('has every response a case and every beneficiary acknowledged once by the next morning', () => {
    expect(rows(sb, CASES)).toHaveLength(N);
    expect(acks(sb)).toEqual([...emails].sort());
  });
});
