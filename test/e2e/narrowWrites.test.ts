// A scheduled job writes only the cells it changes: a staff member's edit made between the job's read
// and its write survives.
import { findSpreadsheet, sheetByName, writeUserEntered } from '../../sandbox/services/spreadsheet/store';
import { completeAnswers, newRegister, rows, submit } from './harness';

const CASES = 'الحالات';
const DETAILS = 'تفاصيل الطلب';
const MARKS = 'سجل التذكيرات (للنظام)';

describe('the daily sweep writing its reminder marks', () => {
  const sb = newRegister('esrar', '2026-11-22T05:00:00Z');
  submit(sb, completeAnswers());
  sb.advanceTo('2026-12-08T02:00:00Z');
  const before = rows(sb, CASES)[0];
  // An officer types a note on the case while the sweep runs, between its read and its write.
  sb.injectFault({
    method: 'Range.setValues',
    calls: [1],
    meanwhile: () => {
      const model = findSpreadsheet(sb.world, sb.world.boundSpreadsheetId!)!;
      const sheet = sheetByName(model, CASES)!;
      const col = (sheet.rows[0] ?? []).findIndex((c) => c?.v === DETAILS) + 1;
      writeUserEntered(model, sheet, 2, col, 'اتصلت بالمستفيد اليوم');
    },
  });
  const runs = sb.advanceTo('2026-12-08T04:00:00Z').filter((run) => run.fn === 'dailySweep');
  sb.faults.clear();
  const after = rows(sb, CASES)[0];

  it('writes its marks', () => {
    expect(runs).toHaveLength(1);
    expect(runs[0].error).toBeNull();
    expect(before[MARKS]).toBe('');
    expect(String(after[MARKS])).toContain('2026-12-08');
  });

  it('leaves the officer\'s note as typed', () => {
    expect(after[DETAILS]).toBe('اتصلت بالمستفيد اليوم');
  });
});
