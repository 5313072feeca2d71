// Keeps the register's configuration tabs (settings, staff, holidays) in the script cache, so a form
// submission does not read three tabs; setup and any edit of those tabs drop it.
import type { ConfigCache } from '../../ports';

const KEY = 'mustafid:config-tabs';
const SIX_HOURS_S = 6 * 60 * 60;

export class ScriptConfigCache implements ConfigCache {
  private readonly cache = CacheService.getScriptCache();

  get(): string | null {
    return this.cache.get(KEY);
  }

  put(value: string): void {
    // CacheService refuses values over 100 KB; a register that large is simply read each time.
    if (value.length < 100_000) this.cache.put(KEY, value, SIX_HOURS_S);
  }

  drop(): void {
    this.cache.remove(KEY);
  }
}
