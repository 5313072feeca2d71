// The daily plan over weeks with the default Saudi holidays: reminders, due-day notes, escalations, digests.
import { getProfile } from '../../../src/profiles';
import { addDays, defaultSaudiHolidays, isWorkingDay, workCalendar, workingDaysBetween, type IsoDate } from '../../../src/domain/time';
import {
  NO_MARKS, planMarks, scheduleRules, sweepMessages, type Digest, type ScheduledCase, type ScheduleMarks, type StudyNote,
} from '../../../src/domain/schedule';

const cal = workCalendar({ holidays: defaultSaudiHolidays() });
const esrar = getProfile('esrar');
const rules = scheduleRules(esrar);
const MANAGER = 'manager@org.sa';
const d = (s: string) => s as IsoDate;

function request(caseNo: string, startedOn: string, extra: Partial<ScheduledCase> = {}): ScheduledCase {
  return {
    caseNo, kind: 'request', officer: 'officer@org.sa', receivedOn: d(startedOn), startedOn: d(startedOn), answeredOn: null, open: true,
    beneficiaryId: `B-${caseNo}`, replyChannel: 'email', marks: NO_MARKS, ...extra,
  };
}

/** Runs the sweep's domain steps each day from `from` to `to`, keeping the marks, as the register would. */
function simulate(cases: ScheduledCase[], from: string, to: string, r = rules) {
  const days: Array<{ day: IsoDate; digests: Digest[]; studyNotes: StudyNote[] }> = [];
  const marks = new Map<string, ScheduleMarks>(cases.map((c) => [c.caseNo, c.marks]));
  for (let day = d(from); day <= d(to); day = addDays(day, 1)) {
    const current = cases.map((c) => ({ ...c, marks: marks.get(c.caseNo)! }));
    for (const [caseNo, m] of planMarks(current, r, cal, day)) marks.set(caseNo, m);
    const out = sweepMessages(current.map((c) => ({ item: c, marks: marks.get(c.caseNo)! })), cal, day, [MANAGER]);
    days.push({ day, ...out });
  }
  return days;
}

const linesOf = (days: ReturnType<typeof simulate>, recipient: string) =>
  days.flatMap(({ day, digests }) => digests.filter((g) => g.recipient === recipient).flatMap((g) => g.lines.map((l) => ({ day, ...l }))));

describe('daily deadline plan', () => {
  it('given an Esrar request complete on 1 March 2026, when sweeping daily through Eid al-Fitr, then the officer is reminded 3 and 1 working days before, on the due day, and the manager on breach and a week later', () => {
    // 15 working days from Sunday 1 March skip the weekends and Eid (19–22 March): due Tuesday 24 March.
    const days = simulate([request('SR-1', '2026-03-01')], '2026-03-01', '2026-04-10');
    const officer = linesOf(days, 'officer@org.sa').map((l) => `${l.day} ${l.kind} ${l.workingDays}`);
    expect(officer).toEqual([
      '2026-03-17 reminder 3',
      '2026-03-23 reminder 1',
      '2026-03-24 due_today 0',
      '2026-03-25 overdue 1',
      '2026-04-01 overdue 6',
      '2026-04-08 overdue 11',
    ]);
    const manager = linesOf(days, MANAGER).map((l) => `${l.day} ${l.kind} ${l.caseNo} ${l.officer}`);
    expect(manager).toEqual([
      '2026-03-25 escalation SR-1 officer@org.sa',
      '2026-04-01 escalation SR-1 officer@org.sa',
      '2026-04-08 escalation SR-1 officer@org.sa',
    ]);
  });

  it('given a request answered before its due date, when sweeping, then nobody hears about it again', () => {
    const days = simulate([request('SR-2', '2026-03-01', { answeredOn: d('2026-03-18') })], '2026-03-01', '2026-04-10');
    expect(days.flatMap((x) => x.digests)).toEqual([]);
  });

  it('given incomplete, withdrawn and unassigned requests, when sweeping, then only the clock-running ones count and unassigned work goes to the manager', () => {
    const days = simulate(
      [
        request('SR-3', '2026-03-01', { startedOn: null }),
        request('SR-4', '2026-03-01', { open: false }),
        request('SR-5', '2026-03-01', { officer: '' }),
      ],
      '2026-03-01',
      '2026-03-24',
    );
    const all = days.flatMap((x) => x.digests.map((g) => `${x.day} ${g.recipient} ${g.lines.map((l) => l.caseNo).join(',')}`));
    expect(all).toEqual([`2026-03-17 ${MANAGER} SR-5`, `2026-03-23 ${MANAGER} SR-5`, `2026-03-24 ${MANAGER} SR-5`]);
  });

  it('given a sweep that did not run for a week, when it runs again, then the missed reminder is sent once, not once per missed threshold', () => {
    const c = request('SR-6', '2026-03-01');
    // Nothing ran until 23 March, one working day before the due date: both thresholds were crossed.
    const days = simulate([c], '2026-03-23', '2026-03-24');
    expect(linesOf(days, 'officer@org.sa').map((l) => `${l.day} ${l.kind} ${l.workingDays}`)).toEqual(['2026-03-23 reminder 1', '2026-03-24 due_today 0']);
  });

  it('given many requests over two months with holidays, when sweeping every day, then each person gets at most one digest a day, only on working days, and every request gets each reminder exactly once', () => {
    const cases: ScheduledCase[] = [];
    for (let i = 0; i < 240; i++) {
      const start = addDays(d('2026-02-01'), i % 60);
      cases.push(request(`SR-${100 + i}`, start, { officer: `officer${i % 4}@org.sa`, answeredOn: i % 3 === 0 ? addDays(start, 10) : null }));
    }
    const days = simulate(cases, '2026-02-01', '2026-06-30');
    for (const { day, digests } of days) {
      const recipients = digests.map((g) => g.recipient);
      expect(new Set(recipients).size).toBe(recipients.length);
      if (!isWorkingDay(cal, day)) expect(digests).toEqual([]);
    }
    const lines = days.flatMap(({ day, digests }) => digests.flatMap((g) => g.lines.map((l) => ({ day, recipient: g.recipient, ...l }))));
    for (const c of cases.filter((x) => x.answeredOn === null)) {
      const own = lines.filter((l) => l.caseNo === c.caseNo && l.recipient === c.officer);
      expect(own.filter((l) => l.kind === 'reminder').map((l) => l.workingDays)).toEqual([3, 1]);
      expect(own.filter((l) => l.kind === 'due_today')).toHaveLength(1);
      const escalations = lines.filter((l) => l.caseNo === c.caseNo && l.kind === 'escalation').map((l) => l.day);
      expect(escalations.length).toBeGreaterThan(0);
      escalations.slice(1).forEach((day, i) => expect(workingDaysBetween(cal, escalations[i], day)).toBe(5));
    }
  });

  it('given the still-being-studied switch on, when a complete request is late, then its beneficiary gets one note on the first day late', () => {
    const withNotice = { ...rules, stillStudyingNotice: true };
    const days = simulate([request('SR-7', '2026-03-01')], '2026-03-01', '2026-04-10', withNotice);
    expect(days.flatMap((x) => x.studyNotes.map((n) => `${x.day} ${n.caseNo} ${n.beneficiaryId}`))).toEqual(['2026-03-25 SR-7 B-SR-7']);
  });

  it('given the profile without the switch, when a request is late, then no beneficiary note is planned', () => {
    const days = simulate([request('SR-8', '2026-03-01')], '2026-03-01', '2026-04-10');
    expect(days.flatMap((x) => x.studyNotes)).toEqual([]);
  });

  it('given a complaint, when sweeping, then its own shorter deadline applies (5 working days) and it is escalated as a complaint', () => {
    const complaint = request('CM-1', '2026-03-01', { kind: 'complaint' });
    const days = simulate([complaint], '2026-03-01', '2026-03-12');
    const manager = linesOf(days, MANAGER).map((l) => `${l.day} ${l.kind} ${l.caseKind}`);
    expect(manager).toEqual(['2026-03-09 escalation complaint']);
  });
});
