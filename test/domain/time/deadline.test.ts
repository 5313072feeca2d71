// Reply deadlines as a beneficiary and the staff would see them: due dates and where a case stands.
import { parseIsoDate } from '../../../src/domain/time/dates';
import { workCalendar } from '../../../src/domain/time/calendar';
import { deadlineStatus, dueDate, type DeadlineRule } from '../../../src/domain/time/deadline';
import { defaultSaudiHolidays } from '../../../src/domain/time/holidays';
import { toHijri } from '../../../src/domain/time/hijri';

const d = parseIsoDate;
const saudi = workCalendar({ holidays: defaultSaudiHolidays() });
const esrar: DeadlineRule = { kind: 'working_days', days: 15 };
const twoWeeks: DeadlineRule = { kind: 'calendar_days', days: 14 };
const code = (c: string) => expect.objectContaining({ cause: { code: c } });

describe('dueDate, working days (Esrar: 15 working days from the request being complete)', () => {
  it('given a request complete on a Sunday with no holiday near, then the reply is due three weeks later on Sunday', () => {
    expect(dueDate(d('2026-11-22'), esrar, saudi)).toBe('2026-12-13');
  });

  it('given a request completed on a Friday, then counting starts on Sunday (day 1) and it is due on a Thursday', () => {
    expect(dueDate(d('2026-11-27'), esrar, saudi)).toBe('2026-12-17');
  });

  it('given the Eid al-Fitr 1447 break in the period, then its two working days push the due date two working days on', () => {
    expect(dueDate(d('2026-03-11'), esrar, workCalendar())).toBe('2026-04-01');
    expect(dueDate(d('2026-03-11'), esrar, saudi)).toBe('2026-04-05');
  });

  it('given the Eid al-Adha break and the Hijri year end in the period, then it is due on 1 Muharram 1448', () => {
    const due = dueDate(d('2026-05-21'), esrar, saudi);
    expect(due).toBe('2026-06-16');
    expect(toHijri(due)).toEqual({ year: 1448, month: 1, day: 1 });
  });

  it('given the Gregorian year end in the period, then counting carries on into January', () => {
    expect(dueDate(d('2026-12-24'), { kind: 'working_days', days: 5 }, saudi)).toBe('2026-12-31');
    expect(dueDate(d('2026-12-24'), { kind: 'working_days', days: 6 }, saudi)).toBe('2027-01-03');
  });
});

describe('dueDate, calendar days ("two weeks")', () => {
  it('given two weeks ending on a Friday, then the reply is due on the Sunday after', () => {
    expect(dueDate(d('2026-11-13'), twoWeeks, saudi)).toBe('2026-11-29');
  });

  it('given two weeks ending inside the Eid al-Fitr break, then the reply is due on the first day back', () => {
    expect(dueDate(d('2026-03-05'), twoWeeks, saudi)).toBe('2026-03-23');
  });

  it('given two weeks ending on a working day, then that day is the due date', () => {
    expect(dueDate(d('2026-11-22'), twoWeeks, saudi)).toBe('2026-12-06');
  });
});

describe('deadlineStatus', () => {
  const start = d('2026-11-22'); // due 2026-12-13

  it('given an open request in its first week, then it shows days used and days left, not late', () => {
    expect(deadlineStatus(start, esrar, saudi, d('2026-11-26'))).toEqual({
      due: '2026-12-13', elapsedWorkingDays: 4, remainingWorkingDays: 11, breached: false, dueToday: false,
    });
  });

  it('given an open request on a Friday before the due Sunday, then one working day is left', () => {
    expect(deadlineStatus(start, esrar, saudi, d('2026-12-11'))).toMatchObject({ elapsedWorkingDays: 14, remainingWorkingDays: 1 });
  });

  it('given an open request on its due date, then it is due today and not yet late', () => {
    expect(deadlineStatus(start, esrar, saudi, d('2026-12-13'))).toMatchObject({
      elapsedWorkingDays: 15, remainingWorkingDays: 0, breached: false, dueToday: true,
    });
  });

  it('given an open request the day after its due date, then it is late by one working day', () => {
    expect(deadlineStatus(start, esrar, saudi, d('2026-12-14'))).toMatchObject({
      remainingWorkingDays: -1, breached: true, dueToday: false,
    });
  });

  it('given a request answered in time, then it stays on time however late today is', () => {
    expect(deadlineStatus(start, esrar, saudi, d('2027-01-10'), d('2026-12-10'))).toEqual({
      due: '2026-12-13', elapsedWorkingDays: 14, remainingWorkingDays: 1, breached: false, dueToday: false,
    });
  });

  it('given a request answered on the due date, then it is on time and no longer due today', () => {
    expect(deadlineStatus(start, esrar, saudi, d('2026-12-13'), d('2026-12-13'))).toMatchObject({ breached: false, dueToday: false });
  });

  it('given a request answered two working days late, then it is breached by two', () => {
    expect(deadlineStatus(start, esrar, saudi, d('2026-12-20'), d('2026-12-15'))).toMatchObject({
      breached: true, remainingWorkingDays: -2,
    });
  });

  it('given a rule of zero or fractional days, then it refuses with INVALID_DEADLINE_RULE', () => {
    expect(() => dueDate(start, { kind: 'working_days', days: 0 }, saudi)).toThrow(code('INVALID_DEADLINE_RULE'));
    expect(() => dueDate(start, { kind: 'calendar_days', days: 1.5 }, saudi)).toThrow(code('INVALID_DEADLINE_RULE'));
  });
});
