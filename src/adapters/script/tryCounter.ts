// Tries per key over a window in the script cache (the status page's limit). Callers hold the script lock,
// so two tries never read the same count. The cache may drop entries early: then the count starts again,
// which the limit of five an hour tolerates (a guess still needs ~2,000 tries for four digits).
import type { TryCounter } from '../../ports/notification';

export class CacheTryCounter implements TryCounter {
  private readonly cache = CacheService.getScriptCache();

  hit(key: string, windowSeconds: number): number {
    const now = Date.now();
    const stored = this.cache.get(key);
    let times: number[] = [];
    try {
      times = stored ? (JSON.parse(stored) as number[]) : [];
    } catch {
      times = [];
    }
    times = [...times.filter((ms) => now - ms < windowSeconds * 1000), now];
    this.cache.put(key, JSON.stringify(times.slice(-20)), windowSeconds);
    return times.length;
  }
}
