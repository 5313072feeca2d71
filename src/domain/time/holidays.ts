// Default Saudi official holidays, computed from the Umm al-Qura table and the labor regulations' pattern.
// They are a starting point only: the government announces the dates each year and an administrator corrects
// them in the register's holidays tab (see docs/calendar.md).
import { t, type Lang } from '../../i18n';
import { addDays, compareIsoDate, isoDate, weekday, type IsoDate } from './dates';
import { SAUDI_WEEKEND, workCalendar, isWorkingDay, type Holiday } from './calendar';
import { fromHijri, hijriMonthLength } from './hijri';
import { gregorianMonthName, withDigits, weekdayName } from './format';

/** The Hijri years the app ships holidays for; later years are computed the same way on demand. */
export const DEFAULT_HOLIDAY_YEARS: readonly number[] = [1447, 1448];

const EID_BREAK_DAYS = 4;

// Founding Day was decreed in 2022; National Day has been a day off since 2005.
const FIXED_DAYS = [
  { key: 'holiday.foundingDay', month: 2, day: 22, sinceYear: 2022 },
  { key: 'holiday.nationalDay', month: 9, day: 23, sinceYear: 2005 },
] as const;

function digitsOf(lang: Lang): 'arab' | 'latn' {
  return lang === 'ar' ? 'arab' : 'latn';
}

function eidBreaks(year: number, lang: Lang): Holiday[] {
  const fitrFrom = addDays(fromHijri({ year, month: 9, day: 29 }), 1);
  const adhaFrom = fromHijri({ year, month: 12, day: 9 });
  const yearText = withDigits(String(year), digitsOf(lang));
  return [
    {
      name: t('holiday.eidAlFitr', { year: yearText }, lang),
      from: fitrFrom,
      to: addDays(fitrFrom, EID_BREAK_DAYS - 1),
      source: t('holiday.source.eidAlFitr', {}, lang),
    },
    {
      name: t('holiday.eidAlAdha', { year: yearText }, lang),
      from: adhaFrom,
      to: addDays(adhaFrom, EID_BREAK_DAYS - 1),
      source: t('holiday.source.eidAlAdha', {}, lang),
    },
  ];
}

function covers(holidays: readonly Holiday[], d: IsoDate): boolean {
  return holidays.some((h) => compareIsoDate(h.from, d) <= 0 && compareIsoDate(d, h.to) <= 0);
}

/** Founding Day and National Day falling inside the Hijri year, moved off the weekend as the rule says. */
function fixedDays(year: number, eids: readonly Holiday[], lang: Lang): Holiday[] {
  const first = fromHijri({ year, month: 1, day: 1 });
  const last = fromHijri({ year, month: 12, day: hijriMonthLength(year, 12) });
  const result: Holiday[] = [];
  for (let g = Number(first.slice(0, 4)); g <= Number(last.slice(0, 4)); g++) {
    for (const fixed of FIXED_DAYS.filter((f) => g >= f.sinceYear)) {
      const date = isoDate(g, fixed.month, fixed.day);
      // A fixed day inside an Eid break is already off, and the rule gives nothing in lieu of it.
      if (compareIsoDate(date, first) < 0 || compareIsoDate(last, date) < 0 || covers(eids, date)) continue;
      const name = t(fixed.key, {}, lang);
      const shift = weekday(date) === 5 ? -1 : weekday(date) === 6 ? 1 : 0;
      const day = addDays(date, shift);
      result.push({
        name: shift === 0 ? name : t('holiday.inLieu', { name, weekday: weekdayName(date, lang) }, lang),
        from: day,
        to: day,
        source: t('holiday.source.fixedDay', {
          date: withDigits(`${fixed.day} ${gregorianMonthName(fixed.month, lang)}`, digitsOf(lang)),
        }, lang),
      });
    }
  }
  return result;
}

/** A lone working day between a holiday and another day off becomes a holiday too. */
function bridges(holidays: readonly Holiday[], lang: Lang): Holiday[] {
  const cal = workCalendar({ weekend: SAUDI_WEEKEND, holidays });
  const result: Holiday[] = [];
  for (const h of holidays) {
    for (const [day, beyond] of [[addDays(h.from, -1), addDays(h.from, -2)], [addDays(h.to, 1), addDays(h.to, 2)]]) {
      if (isWorkingDay(cal, day) && !isWorkingDay(cal, beyond) && !covers(result, day)) {
        result.push({
          name: t('holiday.bridge', { name: h.name }, lang),
          from: day,
          to: day,
          source: t('holiday.source.bridge', {}, lang),
          bridge: true,
        });
      }
    }
  }
  return result;
}

/** The official holidays of the given Hijri years, in date order, named in `lang`. */
export function saudiHolidays(hijriYears: readonly number[], lang: Lang = 'ar'): Holiday[] {
  const base = hijriYears.flatMap((year) => {
    const eids = eidBreaks(year, lang);
    return [...eids, ...fixedDays(year, eids, lang)];
  });
  return [...base, ...bridges(base, lang)].sort((a, b) => compareIsoDate(a.from, b.from));
}

/** The holidays a new register starts with (1447 and 1448 AH). */
export function defaultSaudiHolidays(lang: Lang = 'ar'): Holiday[] {
  return saudiHolidays(DEFAULT_HOLIDAY_YEARS, lang);
}
