// Dates written for people: Hijri (Umm al-Qura) and Gregorian side by side, Arabic first, with the digits chosen.
import { t, type Lang } from '../../i18n';
import { weekday, type IsoDate } from './dates';
import { isInHijriRange, toHijri } from './hijri';
import { holdArabicIndicSeparators } from '../text/bidi';

export type Digits = 'arab' | 'latn';

export interface DateFormatOptions {
  /** Arabic-Indic (٠١٢…) or Latin (012…) digits; Arabic-Indic for Arabic and Latin for English unless told. */
  digits?: Digits;
  lang?: Lang;
  /** Put the weekday name first ("الخميس ٢٦ نوفمبر ٢٠٢٦ م"). */
  withWeekday?: boolean;
}

type MonthNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;

const ARABIC_INDIC_ZERO = 0x0660;

// Links and e-mail addresses keep their digits: "info2@org.sa" written "info٢@org.sa" is another address.
const KEEPS_DIGITS = /(?:https?:\/\/|www\.)[^\s\u2069«»]+|[^\s@\u2068\u2069«»()]+@[^\s@\u2068\u2069«»()]+/g;

/**
 * Writes the Latin digits of `s` as Arabic-Indic when asked (references, counts and dates alike, so one mail uses
 * one system), except inside links and e-mail addresses; a hyphen or bullet between Arabic-Indic digits is held
 * with marks so "١٤٤٨-٠٠٠٠٢" does not read "٠٠٠٠٢-١٤٤٨". Other characters pass through.
 */
export function withDigits(s: string, digits: Digits): string {
  if (digits === 'latn') return s;
  let out = '';
  let last = 0;
  for (const m of s.matchAll(KEEPS_DIGITS)) {
    out += toArabicIndic(s.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return holdArabicIndicSeparators(out + toArabicIndic(s.slice(last)));
}

function toArabicIndic(s: string): string {
  return s.replace(/[0-9]/g, (c) => String.fromCharCode(ARABIC_INDIC_ZERO + Number(c)));
}

function resolve(options: DateFormatOptions): { lang: Lang; digits: Digits } {
  const lang = options.lang ?? 'ar';
  return { lang, digits: options.digits ?? (lang === 'ar' ? 'arab' : 'latn') };
}

export function hijriMonthName(month: number, lang: Lang = 'ar'): string {
  return t(`date.hijriMonth.${month as MonthNumber}`, {}, lang);
}

export function gregorianMonthName(month: number, lang: Lang = 'ar'): string {
  return t(`date.gregorianMonth.${month as MonthNumber}`, {}, lang);
}

export function weekdayName(d: IsoDate, lang: Lang = 'ar'): string {
  return t(`date.weekday.${weekday(d)}`, {}, lang);
}

function prefixWeekday(d: IsoDate, text: string, options: DateFormatOptions, lang: Lang): string {
  return options.withWeekday ? t('date.withWeekday', { weekday: weekdayName(d, lang), date: text }, lang) : text;
}

/** "١٦ جمادى الآخرة ١٤٤٨ هـ"; throws HIJRI_OUT_OF_RANGE outside 1300–1600 AH. */
export function formatHijri(d: IsoDate, options: DateFormatOptions = {}): string {
  const { lang, digits } = resolve(options);
  const h = toHijri(d);
  const text = t('date.hijri', { day: h.day, month: hijriMonthName(h.month, lang), year: h.year }, lang);
  return withDigits(prefixWeekday(d, text, options, lang), digits);
}

/** "٢٦ نوفمبر ٢٠٢٦ م", with the month names used in Saudi Arabia. */
export function formatGregorian(d: IsoDate, options: DateFormatOptions = {}): string {
  const { lang, digits } = resolve(options);
  const [year, month, day] = [Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))];
  const text = t('date.gregorian', { day, month: gregorianMonthName(month, lang), year }, lang);
  return withDigits(prefixWeekday(d, text, options, lang), digits);
}

/**
 * Hijri then Gregorian: "١٦ جمادى الآخرة ١٤٤٨ هـ الموافق ٢٦ نوفمبر ٢٠٢٦ م". A date the Umm al-Qura table does not
 * cover (such as an old birth date) is shown in Gregorian alone rather than failing the whole document.
 */
export function formatDual(d: IsoDate, options: DateFormatOptions = {}): string {
  const { lang, digits } = resolve(options);
  if (!isInHijriRange(d)) return formatGregorian(d, options);
  const plain: DateFormatOptions = { lang, digits: 'latn' };
  const text = t('date.dual', { hijri: formatHijri(d, plain), gregorian: formatGregorian(d, plain) }, lang);
  return withDigits(prefixWeekday(d, text, options, lang), digits);
}
