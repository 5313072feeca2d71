// Civil dates: Riyadh's day boundary, parsing, and day arithmetic across months, leap years and years.
import {
  addDays, compareIsoDate, daysBetween, isIsoDate, parseIsoDate, riyadhDate, weekday,
} from '../../../src/domain/time/dates';

const d = parseIsoDate;

describe('riyadhDate', () => {
  it('given an instant late in the UTC evening, when asked for the Riyadh date, then it is already the next day', () => {
    expect(riyadhDate(new Date('2026-03-18T21:00:00Z'))).toBe('2026-03-19');
    expect(riyadhDate(new Date('2026-03-18T20:59:59.999Z'))).toBe('2026-03-18');
  });

  it('given an instant at the end of a year in UTC, then Riyadh has already started the new year', () => {
    expect(riyadhDate(new Date('2026-12-31T22:00:00Z'))).toBe('2027-01-01');
  });

  it('given an invalid Date, then it refuses with INVALID_ISO_DATE', () => {
    expect(() => riyadhDate(new Date('nonsense'))).toThrow(expect.objectContaining({ cause: { code: 'INVALID_ISO_DATE' } }));
  });
});

describe('parseIsoDate', () => {
  it.each(['2026-02-29', '2026-13-01', '2026-00-10', '2026-4-5', '05/04/2026', '', '2026-04-31'])(
    'given %j, then it refuses with INVALID_ISO_DATE',
    (raw) => {
      expect(isIsoDate(raw)).toBe(false);
      expect(() => parseIsoDate(raw)).toThrow(expect.objectContaining({ cause: { code: 'INVALID_ISO_DATE' } }));
    },
  );

  it('given a leap day and surrounding spaces, then it accepts the date', () => {
    expect(parseIsoDate(' 2028-02-29 ')).toBe('2028-02-29');
  });
});

describe('day arithmetic', () => {
  it('given the end of February in a leap year, when adding a day, then it reaches 29 February', () => {
    expect(addDays(d('2028-02-28'), 1)).toBe('2028-02-29');
    expect(addDays(d('2027-02-28'), 1)).toBe('2027-03-01');
  });

  it('given a date, when subtracting days over a year end, then the year goes back', () => {
    expect(addDays(d('2027-01-02'), -3)).toBe('2026-12-30');
  });

  it('given two dates, then daysBetween counts calendar days with a sign', () => {
    expect(daysBetween(d('2026-03-18'), d('2026-04-01'))).toBe(14);
    expect(daysBetween(d('2026-04-01'), d('2026-03-18'))).toBe(-14);
    expect(daysBetween(d('2026-12-31'), d('2027-01-01'))).toBe(1);
  });

  it('given known days, then weekday names Sunday 0 to Saturday 6', () => {
    expect(weekday(d('2026-11-22'))).toBe(0); // Sunday
    expect(weekday(d('2026-11-26'))).toBe(4); // Thursday
    expect(weekday(d('2026-11-27'))).toBe(5); // Friday
    expect(weekday(d('2026-11-28'))).toBe(6); // Saturday
  });

  it('given unsorted dates, when sorted with compareIsoDate, then they are in date order', () => {
    const dates = ['2027-01-01', '2026-12-31', '2026-02-01'].map(d);
    expect([...dates].sort(compareIsoDate)).toEqual(['2026-02-01', '2026-12-31', '2027-01-01']);
    expect(compareIsoDate(d('2026-01-01'), d('2026-01-01'))).toBe(0);
  });
});
