// What the deploy scripts print: every line in both languages, Arabic first, from the message catalog.
import { fill, type MessageKey, type ParamsOf } from '../src/i18n';

/** Both languages, Arabic first, one line each. */
export function say<K extends MessageKey>(key: K, params: ParamsOf<K>): void {
  console.log(fill(key, params, 'ar'));
  console.log(fill(key, params, 'en'));
}

/** Says it, then stops the script with a failure. */
export function fail<K extends MessageKey>(key: K, params: ParamsOf<K>): never {
  say(key, params);
  process.exit(1);
}
