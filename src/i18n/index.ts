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

/** The Arabic catalog's type: every key with its message's literal text, the source of the key set. */
type Catalog = typeof ar;

/** The `{name}`s of one text, as t() fills them (`{{name}}`, a document template's marker, is not one). */
type Holes<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? (P extends '' | `${string}${'{' | ' '}${string}` ? never : P) | Holes<Rest>
  : never;

/** The texts of a message: the string itself, or every plural variant. */
type Texts<M> = M extends string ? M : M extends PluralMessage ? Exclude<M[Exclude<keyof M, 'count'>], undefined> : never;

/** The placeholders the Arabic message of `K` has, its plural count among them (the test keeps English the same). */
export type PlaceholderOf<K extends MessageKey> =
  | Holes<Texts<Catalog[K]> & string>
  | (Catalog[K] extends { readonly count: infer C extends string } ? C : never);

/** A parameter value: a number or a text. */
export type ParamValue = string | number;

/** The parameters `K`'s message is filled from: every placeholder named, no other. */
export type ParamsOf<K extends MessageKey, V = ParamValue> = { readonly [P in PlaceholderOf<K>]: V };

/** The key argument of a call typed by the catalog: `K` itself when it is a key of `Keys`, else `Keys`, so a wrong
 *  key fails on the key («Argument of type '"menu.titel"' is not assignable to parameter of type …») rather than on
 *  the count of the arguments after it. */
export type KeyArg<K extends string, Keys extends string = MessageKey> = K extends Keys ? K : Keys;

/** Arguments after a key that is not in the catalog: anything, so the only error is the key's own (`KeyArg`). */
type AfterWrongKey = [params?: Readonly<Record<string, ParamValue>>, lang?: Lang];

/** A key with no placeholder needs no parameters; a key with placeholders needs all of them. */
export type ArgsOf<K extends string> = [K] extends [MessageKey]
  ? [PlaceholderOf<K & MessageKey>] extends [never]
    ? [params?: ParamsOf<K & MessageKey>, lang?: Lang]
    : [params: ParamsOf<K & MessageKey>, lang?: Lang]
  : AfterWrongKey;

/** The keys whose message has no placeholder: a label, a heading, a fixed sentence. */
export type LabelKey = { [K in MessageKey]: [PlaceholderOf<K>] extends [never] ? K : never }[MessageKey];

const catalogs: Record<Lang, Partial<Record<MessageKey, Message>>> = { ar, en };
const rules = { ar: arabicPlural, en: englishPlural };

/**
 * The message for `key` in `lang` (Arabic by default), with `{name}` replaced from `params`. A plural message takes
 * the variant its count's category asks for («يوما عمل», «3 أيام عمل», «11 يوم عمل»). In an Arabic message, a value
 * that reads left to right (a reference, masked identifier, e-mail, link, Latin name) is isolated, so Arabic around
 * it cannot turn it round: no caller has to remember. The key and its parameters are checked by the compiler; a
 * key missing at run time (only a cast could make one) is an engineer's error, never shown as if it were a message.
 */
export function t<K extends string>(key: KeyArg<K>, ...[params, lang = 'ar']: ArgsOf<K>): string {
  // Only a key of the catalog compiles (KeyArg), with the parameters its message names (ArgsOf).
  return fill(key, (params ?? {}) as Readonly<Record<string, ParamValue>>, lang);
}

/**
 * A message whose key and parameters were checked where it was made (a coded error, `src/domain/codedError.ts`,
 * types both when it is thrown), worded in `lang` where it is read.
 */
export function fill(key: MessageKey, params: Readonly<Record<string, ParamValue>>, lang: Lang): string {
  // The Arabic-only build ships no English catalog (src/i18n/enOmitted.ts): English reads the Arabic message.
  const message: Message | undefined = catalogs[lang][key] ?? catalogs.ar[key];
  if (message === undefined) throw new Error(`no message for key ${String(key)}`, { cause: { code: 'MISSING_MESSAGE' } });
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

/** The ids `P` names labels for: `LabelUnder<'case.status.'>` is every status with a label. */
export type LabelUnder<P extends string> = LabelKey extends infer L ? (L extends `${P}${infer S}` ? S : never) : never;

/** Whether the catalog has a message under `key`. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(ar, key);
}

/** The message key named by data (a refusal's area and code): checked against the catalog at once. */
export function knownMessage(key: string): MessageKey {
  if (!isMessageKey(key)) throw new Error(`no message for key ${key}`, { cause: { code: 'MISSING_MESSAGE' } });
  return key;
}

/** Whether the catalog has a label (a message with no placeholder, not a plural) under `key`. */
export function isLabelKey(key: string): key is LabelKey {
  if (!Object.prototype.hasOwnProperty.call(ar, key)) return false;
  const message: Message = ar[key as keyof Catalog];
  return typeof message === 'string' && !/\{\w+\}/.test(message.replace(/\{\{\w+\}\}/g, ''));
}

/**
 * The label key named by data the compiler cannot see (a register column, a channel id a profile declares):
 * checked against the catalog here, so a missing label is an engineer's error at once, never a key shown as text.
 * Keys built from typed ids are template literal types instead, checked at build time.
 */
export function knownLabel(key: string): LabelKey {
  if (!isLabelKey(key)) throw new Error(`no label for key ${key}`, { cause: { code: 'MISSING_MESSAGE' } });
  return key;
}
