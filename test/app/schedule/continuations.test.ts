// Follow-up runs: every job that asks is kept in the waiting list, and the one follow-up run is asked again,
// so a single trigger serves them all (the bookkeeping is the app's; the adapter only places the trigger).
import { PendingContinuations, takePendingJobs } from '../../../src/app/schedule';
import type { FollowUpTrigger } from '../../../src/ports';
import { MemoryStore } from './fakes';

class RecordingTrigger implements FollowUpTrigger {
  readonly asked: number[] = [];
  runOnceAfter(afterMs: number): void {
    this.asked.push(afterMs);
  }
}

describe('PendingContinuations', () => {
  it('keeps each waiting job once, in the order asked, and asks the follow-up run each time', () => {
    const store = new MemoryStore();
    const trigger = new RecordingTrigger();
    const continuations = new PendingContinuations(store, trigger);
    continuations.continueLater('sweep', 60_000);
    continuations.continueLater('outbox', 120_000);
    continuations.continueLater('sweep', 60_000);
    expect(trigger.asked).toEqual([60_000, 120_000, 60_000]);
    expect(takePendingJobs(store)).toEqual(['sweep', 'outbox']);
    expect(takePendingJobs(store)).toEqual([]);
  });

  it('records the job before placing the trigger, so a failure to place it loses no waiting job', () => {
    const store = new MemoryStore();
    const failing: FollowUpTrigger = { runOnceAfter: () => { throw new Error('Too many triggers'); } };
    expect(() => new PendingContinuations(store, failing).continueLater('archive', 60_000)).toThrow('Too many triggers');
    expect(takePendingJobs(store)).toEqual(['archive']);
  });
});
