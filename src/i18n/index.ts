// Looks up a message by key in the chosen language, picks its plural variant, and fills its {placeholders}.
import { ar, type MessageKey } from './ar';
import { en } from './en';
import { arabicPlural, englishPlural, pluralVariant, type Message, type PluralMessage } from './plural';
import { hasArabic, isolateIfLtr } from '../domain/text/bidi';
import { toLatinDigits } from '../domain/text/normalize';

export type Lang = 'ar' | 'en';
export type { MessageKey };
export type { Message, PluralMessage, PluralCategory } from './plural';
export { arabicPlural, englishPlural } from './plural';

const catalogs: Record<Lang, Record<MessageKey, Message>> = { ar, en };
const rules = { ar: arabicPlural, en: englishPlural };

/**
 * The message for `key` in `lang` (Arabic by default), with `{name}` replaced from `params`. A plural message takes
 * the variant its count's category asks for («يوما عمل», «3 أيام عمل», «11 يوم عمل»). In an Arabic message, a value
 * that reads left to right (a reference, masked identifier, e-mail, link, Latin name) is isolated, so Arabic around
 * it cannot turn it round: no caller has to remember.
 */
export function t(key: MessageKey, params: Record<string, string | number> = {}, lang: Lang = 'ar'): string {
  // An unknown key comes back as itself, so a missing message is visible rather than a crash.
  const message: Message = catalogs[lang][key] ?? ar[key] ?? key;
  // A count may come already written in Arabic-Indic digits («٢»): it is the same number.
  const count = (m: PluralMessage) => Number(toLatinDigits(String(params[m.count] ?? 0)));
  const template = typeof message === 'string' ? message : pluralVariant(message, count(message), rules[lang]);
  const rtl = hasArabic(template);
  // {{1}}, {{2}}… are Meta's WhatsApp template parameters (the catalog holds the bodies): never ours to fill.
  return template.replace(/(?<!\{)\{(\w+)\}(?!\})/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = String(params[name]);
    // A list joined with the Arabic comma is read item by item from the right: each item is isolated alone.
    return rtl ? value.split('، ').map(isolateIfLtr).join('، ') : value;
  });
}
