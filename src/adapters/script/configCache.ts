// Keeps the register's configuration tabs (settings, staff, holidays) in the script cache, so a form
// submission does not read three tabs; setup and any edit of those tabs drop it.
import type { ConfigCache } from '../../ports';
import { VERSION } from '../../version';

/** Set by the build to a hash of build/data.html (webpack.config.js); absent when src/ runs outside the bundle. */
declare const SHIPPED_DATA_VERSION: string | undefined;

/** One key per version and data file: a new deployment never reads what the one before cached. */
export const CONFIG_CACHE_KEY = `mustafid:config:${VERSION}:${typeof SHIPPED_DATA_VERSION === 'string' ? SHIPPED_DATA_VERSION : 'source'}`;
const SIX_HOURS_S = 6 * 60 * 60;
const MAX_VALUE_BYTES = 100_000;

/** The length of `text` in UTF-8 bytes. */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair: one character outside the basic plane
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export class ScriptConfigCache implements ConfigCache {
  private readonly cache = CacheService.getScriptCache();

  get(): string | null {
    return this.cache.get(CONFIG_CACHE_KEY);
  }

  put(value: string): void {
    // CacheService refuses values over 100 KB (bytes: an Arabic letter takes two); a configuration that
    // large is simply read each time.
    if (utf8Bytes(value) < MAX_VALUE_BYTES) this.cache.put(CONFIG_CACHE_KEY, value, SIX_HOURS_S);
  }

  drop(): void {
    this.cache.remove(CONFIG_CACHE_KEY);
  }
}
