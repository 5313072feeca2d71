// Looks up a message by key in the chosen language and fills its {placeholders}.
import { ar, type MessageKey } from './ar';
import { en } from './en';

export type Lang = 'ar' | 'en';
export type { MessageKey };

const catalogs: Record<Lang, Record<MessageKey, string>> = { ar, en };

/** The message for `key` in `lang` (Arabic by default), with `{name}` replaced from `params`. */
export function t(key: MessageKey, params: Record<string, string | number> = {}, lang: Lang = 'ar'): string {
  // An unknown key comes back as itself, so a missing message is visible rather than a crash.
  const template: string = catalogs[lang][key] ?? ar[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
