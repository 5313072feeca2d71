// An audit line appended `checked` (issue 13): Google may refuse an appendRow that still added its row, so a refused
// line is tried again only once the tab's last rows show it is not there: never lost to a passing fault, never twice.
import { headerLabel, SheetTable } from '../../src/adapters/sheets/sheetTable';
import { tabSpec } from '../../src/ports';

type Cell = string | number | boolean | Date;

/** An audit tab whose appendRow is refused on the calls numbered in `refuse`; `landed` says whether a refused call
 *  added its row anyway (a time-out after the write, as Google's can be). */
function auditSheet(refuse: number[], landed: boolean) {
  const header = tabSpec('audit').columns.map((c) => headerLabel('audit', c.key));
  const grid: Cell[][] = [header];
  let calls = 0;
  const range = (row: number, col: number, rows: number, cols: number) => ({
    getValues: () => grid.slice(row - 1, row - 1 + rows).map((r) => Array.from({ length: cols }, (_, i) => r[col - 1 + i] ?? '')),
  });
  const sheet = {
    getRange: range,
    getLastRow: () => grid.length,
    appendRow: (values: Cell[]) => {
      calls += 1;
      const refused = refuse.includes(calls);
      if (!refused || landed) grid.push(values.map((v) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v)));
      if (refused) throw new Error('Service error: Spreadsheets');
      return sheet;
    },
  };
  return { sheet, grid, calls: () => calls };
}

describe('a checked append to an append-only tab', () => {
  const g = globalThis as unknown as { Utilities?: unknown };
  let before: unknown;
  const slept: number[] = [];
  beforeEach(() => {
    before = g.Utilities;
    slept.length = 0;
    g.Utilities = { sleep: (ms: number) => void slept.push(ms) };
  });
  afterEach(() => { g.Utilities = before; });

  const at = new Date('2027-03-22T12:24:44Z');
  const lines = [1, 2, 3].map((n) => ({ at, actor: 'chair.khalid@gmail.com', action: 'تغيير حالة', case_no: `1448-0105${n}`, details: `=line ${n}` }));

  function append(refuse: number[], landed: boolean, checked = true) {
    const fake = auditSheet(refuse, landed);
    const table = new SheetTable(fake.sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet, 'audit');
    let written = 0;
    let error: unknown = null;
    try {
      table.append(lines, { checked, written: () => void (written += 1) });
    } catch (err) {
      error = err;
    }
    return { ...fake, written, error };
  }

  it('tries a refused line again after a wait, once its row is not at the tab\'s end, and writes each line once', () => {
    const run = append([2], false);
    expect(run.error).toBeNull();
    expect(run.grid.slice(1).map((r) => r[3])).toEqual(['1448-01051', '1448-01052', '1448-01053']);
    expect(run.calls()).toBe(4);
    expect(slept).toEqual([1000]);
    expect(run.written).toBe(3);
  });

  it('does not write again a refused line that landed after all (its formula-like text made inert)', () => {
    const run = append([2], true);
    expect(run.error).toBeNull();
    expect(run.grid.slice(1).map((r) => r[3])).toEqual(['1448-01051', '1448-01052', '1448-01053']);
    expect(run.calls()).toBe(3);
  });

  it('gives up after three refusals, having said which lines were written', () => {
    const run = append([2, 3, 4], false);
    expect(String(run.error)).toContain('Service error');
    expect(run.written).toBe(1);
    expect(run.grid).toHaveLength(2);
    expect(slept).toEqual([1000, 2000]);
  });

  it('an unchecked append (a submission\'s) is never tried again', () => {
    const run = append([2], false, false);
    expect(String(run.error)).toContain('Service error');
    expect(run.calls()).toBe(2);
    expect(run.written).toBe(1);
  });
});
