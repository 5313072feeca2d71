// Working days over the Saudi week and holidays, and the calendar an administrator can break by typing.
import { addDays, parseIsoDate } from '../../../src/domain/time/dates';
import {
  addWorkingDays, firstWorkingDayOnOrAfter, holidayOn, isWorkingDay, workCalendar, workingDaysBetween, type WorkCalendar,
} from '../../../src/domain/time/calendar';
import { defaultSaudiHolidays } from '../../../src/domain/time/holidays';

const d = parseIsoDate;
const saudi = workCalendar({ holidays: defaultSaudiHolidays() });
const code = (c: string) => expect.objectContaining({ cause: { code: c } });

describe('isWorkingDay', () => {
  it('given the Saudi week, then Sunday to Thursday are working days and Friday and Saturday are not', () => {
    const week = ['2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28'];
    expect(week.map((day) => isWorkingDay(saudi, d(day)))).toEqual([true, true, true, true, true, false, false]);
  });

  it('given a Sunday inside the Eid al-Fitr break, then it is not a working day and the holiday says why', () => {
    expect(isWorkingDay(saudi, d('2026-03-22'))).toBe(false);
    expect(holidayOn(saudi, d('2026-03-22'))?.name).toBe('إجازة عيد الفطر ١٤٤٧ هـ');
    expect(holidayOn(saudi, d('2026-03-23'))).toBeUndefined();
  });

  it('given an organisation whose weekend is Friday only, then Saturday is a working day', () => {
    const fridayOnly = workCalendar({ weekend: [5] });
    expect(isWorkingDay(fridayOnly, d('2026-11-28'))).toBe(true);
    expect(isWorkingDay(fridayOnly, d('2026-11-27'))).toBe(false);
  });
});

describe('addWorkingDays', () => {
  it('given a Thursday, when adding one working day, then it skips the weekend to Sunday', () => {
    expect(addWorkingDays(saudi, d('2026-11-26'), 1)).toBe('2026-11-29');
  });

  it('given a Friday start, when adding one working day, then day 1 is the Sunday after', () => {
    expect(addWorkingDays(saudi, d('2026-11-27'), 1)).toBe('2026-11-29');
  });

  it('given zero days, then the start is returned unchanged', () => {
    expect(addWorkingDays(saudi, d('2026-11-27'), 0)).toBe('2026-11-27');
  });

  it('given a negative count (a reminder before the due date), then it goes back over the weekend', () => {
    expect(addWorkingDays(saudi, d('2026-12-13'), -1)).toBe('2026-12-10');
    expect(addWorkingDays(saudi, d('2026-12-13'), -2)).toBe('2026-12-09');
  });

  it('given a count that is not a whole number, then it refuses with INVALID_DEADLINE_RULE', () => {
    expect(() => addWorkingDays(saudi, d('2026-12-13'), 1.5)).toThrow(code('INVALID_DEADLINE_RULE'));
  });

  it('given a hand-built calendar with no working weekday, then it refuses instead of looping for ever', () => {
    const broken: WorkCalendar = { weekend: [0, 1, 2, 3, 4, 5, 6], holidays: [] };
    expect(() => addWorkingDays(broken, d('2026-12-13'), 1)).toThrow(code('INVALID_WORK_CALENDAR'));
    expect(() => firstWorkingDayOnOrAfter(broken, d('2026-12-13'))).toThrow(code('INVALID_WORK_CALENDAR'));
  });
});

describe('workingDaysBetween', () => {
  it('given a week from Sunday to Sunday, then five working days lie after the start', () => {
    expect(workingDaysBetween(saudi, d('2026-11-22'), d('2026-11-29'))).toBe(5);
    expect(workingDaysBetween(saudi, d('2026-11-29'), d('2026-11-22'))).toBe(-5);
    expect(workingDaysBetween(saudi, d('2026-11-22'), d('2026-11-22'))).toBe(0);
  });

  it('given every start over 1447–1448 AH and counts up to 30, then it counts back exactly what addWorkingDays added', () => {
    const wrong: string[] = [];
    for (let start = d('2025-06-26'); start < '2027-06-06'; start = addDays(start, 1)) {
      for (const n of [1, 5, 14, 15, 30]) {
        const end = addWorkingDays(saudi, start, n);
        if (workingDaysBetween(saudi, start, end) !== n || !isWorkingDay(saudi, end)) wrong.push(`${start}+${n}=${end}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('workCalendar', () => {
  it('given a holiday whose end is before its start, then it refuses with INVALID_WORK_CALENDAR', () => {
    const backwards = { name: 'عيد', from: d('2026-03-22'), to: d('2026-03-19') };
    expect(() => workCalendar({ holidays: [backwards] })).toThrow(code('INVALID_WORK_CALENDAR'));
  });

  it('given a holiday typed with a non-existent date, then it refuses with INVALID_WORK_CALENDAR', () => {
    const typo = { name: 'عيد', from: '2026-02-30', to: '2026-03-01' } as never;
    expect(() => workCalendar({ holidays: [typo] })).toThrow(code('INVALID_WORK_CALENDAR'));
  });

  it('given a weekend of all seven days or a day 7, then it refuses with INVALID_WORK_CALENDAR', () => {
    expect(() => workCalendar({ weekend: [0, 1, 2, 3, 4, 5, 6] })).toThrow(code('INVALID_WORK_CALENDAR'));
    expect(() => workCalendar({ weekend: [7] })).toThrow(code('INVALID_WORK_CALENDAR'));
  });

  it('given nothing, then the weekend is Friday and Saturday and there are no holidays', () => {
    expect(workCalendar()).toEqual({ weekend: [5, 6], holidays: [] });
  });
});
