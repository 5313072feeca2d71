// The bundled Umm al-Qura table against Node's ICU, day by day, both ways.
import { addDays, daysBetween, parseIsoDate, type IsoDate } from '../../../src/domain/time/dates';
import { fromHijri, HIJRI_RANGE, hijriMonthLength, isInHijriRange, toHijri } from '../../../src/domain/time/hijri';

const icu = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric',
});

function icuHijri(d: IsoDate): { year: number; month: number; day: number } {
  const parts = icu.formatToParts(new Date(`${d}T00:00:00Z`));
  const pick = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: pick('year'), month: pick('month'), day: pick('day') };
}

const code = (c: string) => expect.objectContaining({ cause: { code: c } });

describe('Umm al-Qura conversion against ICU', () => {
  it('given every day from 1 Muharram 1300 to the end of 1600 AH, then toHijri agrees with ICU and fromHijri returns the day', () => {
    const first = fromHijri({ year: HIJRI_RANGE.firstYear, month: 1, day: 1 });
    const last = fromHijri({ year: HIJRI_RANGE.lastYear, month: 12, day: hijriMonthLength(HIJRI_RANGE.lastYear, 12) });
    const mismatches: string[] = [];
    const days = daysBetween(first, last);
    for (let i = 0; i <= days; i++) {
      const d = addDays(first, i);
      const ours = toHijri(d);
      const theirs = icuHijri(d);
      if (ours.year !== theirs.year || ours.month !== theirs.month || ours.day !== theirs.day) {
        mismatches.push(`${d}: ${JSON.stringify(ours)} vs ICU ${JSON.stringify(theirs)}`);
      }
      if (fromHijri(ours) !== d) mismatches.push(`${d}: fromHijri gave ${fromHijri(ours)}`);
    }
    expect(days).toBeGreaterThan(100 * 354);
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('given every month from 1400 to 1500 AH, then its length is the number of days ICU gives it', () => {
    for (let year = 1400; year <= 1500; year++) {
      for (let month = 1; month <= 12; month++) {
        const length = hijriMonthLength(year, month);
        const lastDay = fromHijri({ year, month, day: length });
        expect(icuHijri(lastDay)).toEqual({ year, month, day: length });
        expect(icuHijri(addDays(lastDay, 1)).day).toBe(1);
      }
    }
  });
});

describe('known dates', () => {
  it('given Esrar board approval 26/11/1443 AH, then it is 25 June 2022 as the policy states', () => {
    expect(fromHijri({ year: 1443, month: 11, day: 26 })).toBe('2022-06-25');
  });

  it('given Mafatih Al-Khair board meeting 23/03/1447 AH, then it is 15 September 2025 as the policy states', () => {
    expect(toHijri(parseIsoDate('2025-09-15'))).toEqual({ year: 1447, month: 3, day: 23 });
  });

  it('given a year boundary, then 29 Dhu al-Hijjah 1447 is followed by 1 Muharram 1448', () => {
    expect(hijriMonthLength(1447, 12)).toBe(29);
    const lastOf1447 = fromHijri({ year: 1447, month: 12, day: 29 });
    expect(toHijri(addDays(lastOf1447, 1))).toEqual({ year: 1448, month: 1, day: 1 });
    expect(lastOf1447).toBe('2026-06-15');
  });
});

describe('outside the table or the calendar', () => {
  it('given a date before 1300 AH or after 1600 AH, then toHijri refuses with HIJRI_OUT_OF_RANGE', () => {
    expect(() => toHijri(parseIsoDate('1882-11-11'))).toThrow(code('HIJRI_OUT_OF_RANGE'));
    expect(() => toHijri(parseIsoDate('2200-01-01'))).toThrow(code('HIJRI_OUT_OF_RANGE'));
    expect(isInHijriRange(parseIsoDate('1882-11-11'))).toBe(false);
    expect(isInHijriRange(parseIsoDate('1882-11-12'))).toBe(true);
  });

  it('given a Hijri year outside the table, then fromHijri and hijriMonthLength refuse with HIJRI_OUT_OF_RANGE', () => {
    expect(() => fromHijri({ year: 1299, month: 12, day: 1 })).toThrow(code('HIJRI_OUT_OF_RANGE'));
    expect(() => hijriMonthLength(1601, 1)).toThrow(code('HIJRI_OUT_OF_RANGE'));
  });

  it('given day 30 of a 29-day month or month 13, then fromHijri refuses with INVALID_HIJRI_DATE', () => {
    expect(hijriMonthLength(1447, 8)).toBe(29);
    expect(() => fromHijri({ year: 1447, month: 8, day: 30 })).toThrow(code('INVALID_HIJRI_DATE'));
    expect(() => fromHijri({ year: 1447, month: 13, day: 1 })).toThrow(code('INVALID_HIJRI_DATE'));
    expect(() => fromHijri({ year: 1447, month: 1, day: 0 })).toThrow(code('INVALID_HIJRI_DATE'));
  });
});
