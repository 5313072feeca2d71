// Dates as people read them: Hijri and Gregorian, Arabic-Indic or Latin digits, Arabic or English.
import { parseIsoDate } from '../../../src/domain/time/dates';
import { formatDual, formatGregorian, formatHijri, weekdayName, withDigits } from '../../../src/domain/time/format';
import { fromHijri } from '../../../src/domain/time/hijri';
import { timeErrorMessageKey } from '../../../src/domain/time/errors';
import { t } from '../../../src/i18n';

const d = parseIsoDate;

describe('Arabic dates', () => {
  it('given 26 November 2026, then Hijri reads "١٦ جمادى الآخرة ١٤٤٨ هـ"', () => {
    expect(formatHijri(d('2026-11-26'))).toBe('١٦ جمادى الآخرة ١٤٤٨ هـ');
  });

  it('given 26 November 2026, then Gregorian uses the Saudi month name: "٢٦ نوفمبر ٢٠٢٦ م"', () => {
    expect(formatGregorian(d('2026-11-26'))).toBe('٢٦ نوفمبر ٢٠٢٦ م');
  });

  it('given Latin digits, then the numbers are Latin and the words Arabic', () => {
    expect(formatGregorian(d('2026-04-05'), { digits: 'latn' })).toBe('5 أبريل 2026 م');
  });

  it('given both calendars with the weekday, then Hijri comes first and the weekday leads', () => {
    expect(formatDual(d('2026-11-26'), { withWeekday: true })).toBe('الخميس ١٦ جمادى الآخرة ١٤٤٨ هـ الموافق ٢٦ نوفمبر ٢٠٢٦ م');
  });

  it('given a week, then the weekday names run from الأحد to السبت', () => {
    const names = [22, 23, 24, 25, 26, 27, 28].map((day) => weekdayName(d(`2026-11-${day}`)));
    expect(names).toEqual(['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت']);
  });

  it('given every Hijri month of 1448, then each month has its own name', () => {
    const months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    const names = months.map((month) => formatHijri(fromHijri({ year: 1448, month, day: 1 }), { digits: 'latn' }));
    expect(names).toEqual([
      '1 محرم 1448 هـ', '1 صفر 1448 هـ', '1 ربيع الأول 1448 هـ', '1 ربيع الآخر 1448 هـ', '1 جمادى الأولى 1448 هـ',
      '1 جمادى الآخرة 1448 هـ', '1 رجب 1448 هـ', '1 شعبان 1448 هـ', '1 رمضان 1448 هـ', '1 شوال 1448 هـ',
      '1 ذو القعدة 1448 هـ', '1 ذو الحجة 1448 هـ',
    ]);
  });
});

describe('English dates', () => {
  it('given English, then Latin digits and English names, Hijri first', () => {
    expect(formatDual(d('2026-11-26'), { lang: 'en', withWeekday: true })).toBe('Thursday, 16 Jumada al-Akhirah 1448 AH (26 November 2026)');
  });
});

describe('dates the Umm al-Qura table does not cover', () => {
  it('given a birth date in 1880, then the dual form shows Gregorian alone and Hijri alone refuses', () => {
    expect(formatDual(d('1880-01-01'))).toBe('١ يناير ١٨٨٠ م');
    expect(() => formatHijri(d('1880-01-01'))).toThrow(expect.objectContaining({ cause: { code: 'HIJRI_OUT_OF_RANGE' } }));
  });

  it('given the out-of-range code, then the user sees an Arabic message naming the range', () => {
    expect(t(timeErrorMessageKey('HIJRI_OUT_OF_RANGE'))).toBe('التاريخ خارج نطاق تقويم أم القرى المدعوم (١٣٠٠–١٦٠٠ هـ)');
  });
});

describe('withDigits', () => {
  it('given Latin digits in text, then Arabic-Indic replaces only the digits', () => {
    expect(withDigits('رقم 1234567890', 'arab')).toBe('رقم ١٢٣٤٥٦٧٨٩٠');
    expect(withDigits('رقم 12', 'latn')).toBe('رقم 12');
  });
});
