// A tab that has used every row setup laid out still takes new rows: no write fails because a tab is full.
import { findSpreadsheet, sheetByName } from '../../sandbox/services/spreadsheet/store';
import { completeAnswers, mails, newRegister, rows, submit } from './harness';
import type { Sandbox } from '../../sandbox/core/runtime';

/** Fills a tab's laid-out rows to the last one, as weeks of work would. */
function fillToTheEnd(sb: Sandbox, tab: string): number {
  const model = findSpreadsheet(sb.world, sb.world.boundSpreadsheetId!)!;
  const sheet = sheetByName(model, tab)!;
  // Setup lays formats on its rows, which do not make them used: a value in the first column does.
  for (let r = 1; r < sheet.maxRows; r++) {
    const row = (sheet.rows[r] ??= []);
    if (!row.some((c) => c && c.v !== null && c.v !== '')) row[0] = { ...(row[0] ?? {}), v: `filler-${r}` };
  }
  return sheet.maxRows;
}

describe('tabs that fill up', () => {
  test('given a full outbox and a full cases tab, when a beneficiary submits, then the case is saved, the acknowledgement is queued and sent, and nothing fails', () => {
    const sb = newRegister();
    const outboxRows = fillToTheEnd(sb, 'صندوق الصادر');
    const caseRows = fillToTheEnd(sb, 'الحالات');
    const sub = submit(sb, completeAnswers());
    for (const run of sub.executions) expect(run.error).toBeNull();
    const model = findSpreadsheet(sb.world, sb.world.boundSpreadsheetId!)!;
    expect(sheetByName(model, 'صندوق الصادر')!.maxRows).toBeGreaterThan(outboxRows);
    expect(sheetByName(model, 'الحالات')!.maxRows).toBeGreaterThan(caseRows);
    const cases = rows(sb, 'الحالات').filter((r) => !String(Object.values(r)[0]).startsWith('filler-'));
    expect(cases).toHaveLength(1);
    expect(mails(sb).some((m) => m.to.includes('fatimah@example.com'))).toBe(true);
  });
});
