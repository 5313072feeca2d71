// The hourly sender with nothing due reads nothing from the register: its cost does not grow with history.
import { completeAnswers, mails, nationalId, newRegister, submit } from './harness';

describe('the hourly sender', () => {
  const sb = newRegister('esrar', '2026-11-22T05:00:00Z');
  for (let i = 0; i < 3; i++) submit(sb, completeAnswers({ national_id: nationalId(700 + i), email: `idle${i}@example.com` }));
  const runs = sb.advanceTo('2026-11-22T09:30:00Z').filter((run) => run.fn === 'sendOutbox');

  const reads = (run: (typeof runs)[number]) => run.calls.filter((c) => /^(Range|Sheet|TextFinder)\.|getSheetByName|getDataRange/.test(c.method)).map((c) => c.method);

  it('reads the outbox once, on its first run, then nothing while nothing is due', () => {
    expect(runs.length).toBeGreaterThanOrEqual(4);
    for (const run of runs) expect(run.error).toBeNull();
    expect(reads(runs[0])).toContain('Range.getValues');
    for (const run of runs.slice(1)) expect(reads(run)).toEqual([]);
  });

  it('costs under 0.1 s when nothing is due: one properties read, no spreadsheet, no lock, no configuration', () => {
    const idle = runs.slice(1);
    for (const run of idle) {
      expect(run.elapsedMs).toBeLessThan(100);
      expect(run.calls.map((c) => c.method)).not.toEqual(expect.arrayContaining(['SpreadsheetApp.getActiveSpreadsheet']));
      expect(run.calls.some((c) => c.method.startsWith('Lock.') || c.method.startsWith('Cache.'))).toBe(false);
    }
  });

  it('reads it again when a message is waiting: a failed send is retried by the next hourly run', () => {
    sb.injectFault({ method: 'MailApp.sendEmail', calls: [1], error: 'server' });
    submit(sb, completeAnswers({ national_id: nationalId(710), email: 'retry@example.com' }));
    sb.faults.clear();
    const later = sb.advanceTo('2026-11-22T12:30:00Z').filter((run) => run.fn === 'sendOutbox');
    expect(later.some((run) => reads(run).includes('Range.getValues'))).toBe(true);
    expect(mails(sb).filter((m) => m.to.includes('retry@example.com'))).toHaveLength(1);
  });
});
