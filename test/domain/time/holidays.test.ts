// Default Saudi holidays: the computed pattern against the dates the ministry actually announced, and its rules.
import { parseIsoDate, weekday } from '../../../src/domain/time/dates';
import { defaultSaudiHolidays, saudiHolidays } from '../../../src/domain/time/holidays';
import type { Holiday } from '../../../src/domain/time/calendar';

const days = (hs: Holiday[]) => hs.map((h) => `${h.from}..${h.to}`);
const onDay = (hs: Holiday[], d: string) => hs.filter((h) => h.from <= d && d <= h.to);

describe('the pattern against past announcements', () => {
  it('given 1444–1446 AH, when computed, then the Eid al-Fitr breaks are the four days the ministry announced', () => {
    const hs = saudiHolidays([1444, 1445, 1446]);
    // 2023: from Friday 21 April, back on Tuesday 25; 2024: after Monday 8 April (29 Ramadan) for four days;
    // 2025: after Saturday 29 March (29 Ramadan) for four days.
    expect(days(hs)).toEqual(expect.arrayContaining(['2023-04-21..2023-04-24', '2024-04-09..2024-04-12', '2025-03-30..2025-04-02']));
  });

  it('given National Day on a Friday (2022) or a Saturday (2023), then the Thursday before or the Sunday after is off', () => {
    const hs = saudiHolidays([1444, 1445]);
    expect(onDay(hs, '2022-09-22').map((h) => h.name)).toEqual(['اليوم الوطني (عوضًا عن يوم الجمعة)']);
    expect(onDay(hs, '2023-09-24').map((h) => h.name)).toEqual(['اليوم الوطني (عوضًا عن يوم السبت)']);
  });

  it('given National Day on Monday 23 September 2024, then Sunday 22 between the weekend and it is off too', () => {
    const hs = saudiHolidays([1446]);
    expect(onDay(hs, '2024-09-22')).toHaveLength(1);
    expect(onDay(hs, '2024-09-23')[0].name).toBe('اليوم الوطني');
  });

  it('given Founding Day on Wednesday 22 February 2023, then Thursday 23 before the weekend is off too', () => {
    const hs = saudiHolidays([1444]);
    expect(onDay(hs, '2023-02-23')[0].name).toBe('يوم إجازة بين إجازتين (يوم التأسيس)');
  });
});

describe('the defaults for 1447 and 1448 AH', () => {
  const hs = defaultSaudiHolidays();

  it('given the defaults, then they hold both Eids of both years, Founding Day and National Day', () => {
    expect(hs.map((h) => `${h.from}..${h.to} ${h.name}`)).toEqual([
      '2025-09-23..2025-09-23 اليوم الوطني',
      '2026-02-22..2026-02-22 يوم التأسيس',
      '2026-03-19..2026-03-22 إجازة عيد الفطر ١٤٤٧ هـ',
      '2026-05-26..2026-05-29 إجازة عيد الأضحى ١٤٤٧ هـ',
      '2026-09-23..2026-09-23 اليوم الوطني',
      '2026-09-24..2026-09-24 يوم إجازة بين إجازتين (اليوم الوطني)',
      '2027-02-21..2027-02-21 يوم إجازة بين إجازتين (يوم التأسيس)',
      '2027-02-22..2027-02-22 يوم التأسيس',
      '2027-03-09..2027-03-12 إجازة عيد الفطر ١٤٤٨ هـ',
      '2027-05-15..2027-05-18 إجازة عيد الأضحى ١٤٤٨ هـ',
    ]);
  });

  it('given the Eid breaks, then ICU agrees the day before Eid al-Fitr is 29 Ramadan and Eid al-Adha starts on 9 Dhu al-Hijjah', () => {
    const icu = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { timeZone: 'UTC', month: 'numeric', day: 'numeric' });
    const md = (d: string) => icu.format(new Date(`${d}T00:00:00Z`));
    expect(md('2026-03-18')).toBe('9/29');
    expect(md('2027-03-08')).toBe('9/29');
    expect(md('2026-05-26')).toBe('12/9');
    expect(md('2027-05-15')).toBe('12/9');
  });

  it('given any default holiday, then it says where its dates come from, for the administrator to check', () => {
    for (const h of hs) expect(h.source).toMatch(/اللائحة التنفيذية لنظام العمل|يوم عمل واحد/);
    expect(hs.find((h) => h.name.startsWith('إجازة عيد الفطر'))?.source).toContain('وزارة الموارد البشرية');
  });

  it('given English, then the same days carry English names', () => {
    const en = defaultSaudiHolidays('en');
    expect(days(en)).toEqual(days(hs));
    expect(en.map((h) => h.name)).toContain('Eid al-Adha holiday 1448 AH');
  });
});

describe('rules for other years', () => {
  it('given National Day inside the Eid al-Adha break (1436 AH, 2015), then nothing is given in lieu, and no Founding Day before 2022', () => {
    const hs = saudiHolidays([1436]);
    expect(days(hs)).toEqual(['2015-07-17..2015-07-20', '2015-09-22..2015-09-25']);
  });

  it('given National Day on Saturday 23 September 2028 (1450 AH), then Sunday 24 is off instead', () => {
    const hs = saudiHolidays([1450]);
    const day = onDay(hs, '2028-09-24');
    expect(day.map((h) => h.name)).toEqual(['اليوم الوطني (عوضًا عن يوم السبت)']);
    expect(weekday(parseIsoDate('2028-09-24'))).toBe(0);
  });
});
