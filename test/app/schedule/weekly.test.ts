// The weekly manager summary against in-memory ports: the week's figures, Arabic with both calendars, no identifiers.
import { sendWeeklySummary, type SummaryDeps } from '../../../src/app/schedule';
import type { OutgoingMail, Row } from '../../../src/ports';
import { FakeClock, MemoryRegister, MemoryStore } from './fakes';
import { config, MANAGER, requestRow } from './builders';

function setup(rows: Row[]) {
  const register = new MemoryRegister();
  register.table('cases').rows = rows;
  // Sunday 29 March 2026: the summary covers Sunday 22 – Saturday 28 March.
  return { register, clock: FakeClock.at('2026-03-29'), store: new MemoryStore(), config: config() } satisfies SummaryDeps;
}

/** A request answered on `notifiedOn` and closed at `closedAt` (as the register projects a closed state). */
function closedRow(caseNo: string, completedOn: string, notifiedOn: string, closedAt: string): Row {
  const row = requestRow(caseNo, completedOn, { notifiedOn });
  const state = { ...JSON.parse(String(row.state)), status: 'closed', closedAt };
  return { ...row, state: JSON.stringify(state), closed_at: new Date(closedAt) };
}

describe('weekly manager summary', () => {
  it('given 500 cases closed before the week and one closed in it, when the summary runs, then only the open and the week\'s rows are read, and the week\'s answer still counts', () => {
    const rows = [
      ...Array.from({ length: 500 }, (_, i) => closedRow(`SR-OLD-${i}`, '2026-01-04', '2026-01-10', '2026-01-12T09:00:00Z')),
      closedRow('SR-WEEK', '2026-03-15', '2026-03-24', '2026-03-25T09:00:00Z'),
      requestRow('SR-OPEN', '2026-03-22', { receivedOn: '2026-03-22' }),
    ];
    const deps = setup(rows);
    const read = jest.spyOn(deps.register.table('cases'), 'readRows');
    const report = sendWeeklySummary(deps);
    expect(read.mock.calls.flatMap(([numbers]) => numbers)).toEqual([502, 503]);
    expect(report.stats).toMatchObject({ received: 1, completed: 1, answered: 1, answeredOnTime: 1 });
  });

  it('given a week with answers on time and late, when the summary runs, then the manager gets the figures, the reply-time median and 90th percentile, and each officer’s load', () => {
    const rows = [
      requestRow('SR-1', '2026-03-01', { notifiedOn: '2026-03-23' }), // 14 working days, on time (due 24 March)
      requestRow('SR-2', '2026-03-01', { notifiedOn: '2026-03-26' }), // 17 working days, late
      requestRow('SR-3', '2026-03-15', { notifiedOn: '2026-03-24' }), // 6 working days
      requestRow('SR-4', '2026-03-22', { receivedOn: '2026-03-22' }), // received and complete this week, open
      requestRow('SR-5', '2026-02-01', { officer: 'officer2@org.sa' }), // open and long overdue
    ];
    const deps = setup(rows);
    const report = sendWeeklySummary(deps);
    expect(report.outcome).toBe('queued');
    expect(report.stats).toMatchObject({
      week: { from: '2026-03-22', to: '2026-03-28' },
      received: 1,
      completed: 1,
      answered: 3,
      answeredOnTime: 2,
      answeredLate: 1,
      overdueOpen: 1,
      replyWorkingDays: { median: 14, p90: 17 },
      complaints: null,
      officerLoad: [
        { officer: 'officer@org.sa', open: 4 },
        { officer: 'officer2@org.sa', open: 1 },
      ],
    });
    const rowsOut = deps.register.table('outbox').rows;
    expect(rowsOut.map((r) => [r.recipient, r.status])).toEqual([[MANAGER, 'queued']]);
    const mail = JSON.parse(String(rowsOut[0].body)) as OutgoingMail;
    expect(mail.subject).toContain('الملخص الأسبوعي');
    // The week in Hijri (Shawwal 1447) and Gregorian (March 2026).
    expect(mail.subject).toMatch(/شوال/);
    expect(mail.subject).toMatch(/مارس/);
    expect(mail.text).toContain('سارة العتيبي');
    expect(mail.html).toContain('bgcolor=');
    expect(mail.text).not.toContain('القحطاني');
    expect(mail.text).not.toContain('1******789');
    expect(mail.text).toContain('لم تصل نتائج استبيان الرضا');
  });

  it('given complaint rows and satisfaction results, when the summary runs, then open complaints with their age in working days (Eid excluded) and the average score are shown', () => {
    const complaint: Row = { case_no: 'CM-1', kind: 'complaint', officer: 'officer@org.sa', received_at: new Date('2026-03-15T10:00:00+03:00'), closed_at: null };
    const deps = { ...setup([complaint]), satisfaction: () => ({ responses: 12, average: 4.25, scale: 5 }) };
    const report = sendWeeklySummary(deps);
    expect(report.stats?.complaints).toEqual({ open: 1, oldestWorkingDays: 7, ages: [{ caseNo: 'CM-1', workingDays: 7 }] });
    const mail = JSON.parse(String(deps.register.table('outbox').rows[0].body)) as OutgoingMail;
    expect(mail.text).toContain('الشكوى رقم \u2068CM-1\u2069: مفتوحة منذ 7 أيام عمل');
    expect(mail.text).toContain('المتوسط 4.3 من 5 (12 استجابة)');
  });

  it('given the summary was queued this week, when it runs again, then nothing more is queued', () => {
    const deps = setup([requestRow('SR-1', '2026-03-01')]);
    sendWeeklySummary(deps);
    expect(sendWeeklySummary(deps).outcome).toBe('already_sent');
    expect(deps.register.table('outbox').rows).toHaveLength(1);
  });
});
