// Messages sent per channel today (Asia/Riyadh), in one script property: a gateway's daily limit and
// UrlFetchApp's calls a day are respected across executions. Callers hold the script lock.
import type { KeyValueStore, Clock } from '../../ports';
import type { DailyCounter } from '../../ports/notification';
import { riyadhDate } from '../../domain/time';

export const DAILY_COUNTS_KEY = 'CHANNEL_DAILY_COUNTS';

interface Counts {
  day: string;
  sent: Record<string, number>;
  exhausted: string[];
}

export class PropertiesDailyCounter implements DailyCounter {
  private counts: Counts | null = null;

  constructor(private readonly store: KeyValueStore, private readonly clock: Clock) {}

  private today(): Counts {
    const day = riyadhDate(this.clock.now());
    if (this.counts?.day === day) return this.counts;
    let stored: Counts | null = null;
    try {
      stored = JSON.parse(this.store.get(DAILY_COUNTS_KEY) ?? 'null') as Counts | null;
    } catch {
      stored = null;
    }
    this.counts = stored && stored.day === day ? stored : { day, sent: {}, exhausted: [] };
    return this.counts;
  }

  remaining(channel: string, limit: number | null): number {
    const counts = this.today();
    if (counts.exhausted.includes(channel)) return 0;
    return limit === null ? Infinity : Math.max(0, limit - (counts.sent[channel] ?? 0));
  }

  add(channel: string, count: number): void {
    const counts = this.today();
    counts.sent[channel] = (counts.sent[channel] ?? 0) + count;
    this.store.set(DAILY_COUNTS_KEY, JSON.stringify(counts));
  }

  exhaust(channel: string): void {
    const counts = this.today();
    if (!counts.exhausted.includes(channel)) counts.exhausted.push(channel);
    this.store.set(DAILY_COUNTS_KEY, JSON.stringify(counts));
  }
}
