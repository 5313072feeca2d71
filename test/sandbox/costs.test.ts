// The cost model priced by size: a call pays its round trip plus each cell it reads, scans or writes.
import { Sandbox, TIME_LIMIT_MESSAGE } from '../../sandbox/core/runtime';
import { CELL_READ_MS, CELL_WRITE_MS, costOf, latencyOf } from '../../sandbox/core/costs';
import { costTable } from '../../sandbox/scenario/summary';

const CODE = `
function grid(rows, cols) {
  var out = [];
  for (var r = 0; r < rows; r++) { var line = []; for (var c = 0; c < cols; c++) line.push('r' + r + 'c' + c); out.push(line); }
  return out;
}
function sheet() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]; }
function fill(rows, cols) { var s = sheet(); s.insertRowsAfter(1, rows); s.getRange(1, 1, rows, cols).setValues(grid(rows, cols)); }
function read(rows, cols) { return sheet().getRange(1, 1, rows, cols).getValues().length; }
function readData() { return sheet().getDataRange().getValues().length; }
function append(n) { sheet().appendRow(grid(1, n)[0]); }
function findIn(column, text) { var hit = sheet().getRange(1, column, sheet().getLastRow(), 1).createTextFinder(text).matchEntireCell(true).findNext(); return hit ? hit.getRow() : null; }
function findAllIn(text) { return sheet().createTextFinder(text).findAll().length; }
function clearForever() { var r = sheet().getRange(1, 1, 1000, 10); for (;;) r.clear(); }
`;

const fresh = () => new Sandbox({ code: CODE, start: '2025-01-05T05:00:00Z' });
const callOf = (sb: Sandbox, fn: string, args: unknown[], method: string) => {
  const run = sb.execute(fn, args);
  expect(run.error).toBeNull();
  const calls = run.calls.filter((c) => c.method === method);
  expect(calls).toHaveLength(1);
  return calls[0];
};

describe('the cost model priced by size', () => {
  it('prices a call by its round trip plus the cells it moves, by the table', () => {
    expect(costOf('Range.getValues')).toBe(latencyOf('Range.getValues'));
    expect(costOf('Range.getValues', { cellsRead: 10_000 })).toBe(latencyOf('Range.getValues') + Math.ceil(10_000 * CELL_READ_MS));
    expect(costOf('Range.setValues', { cellsWritten: 10_000 })).toBe(latencyOf('Range.setValues') + Math.ceil(10_000 * CELL_WRITE_MS));
    // A single cell still costs a whole millisecond more than nothing: rounding goes up, never down.
    expect(costOf('Range.getValues', { cellsRead: 1 })).toBe(latencyOf('Range.getValues') + 1);
  });

  it('given a 1-cell and a 10,000-cell getValues, then they cost differently, by the table', () => {
    const sb = fresh();
    expect(sb.execute('fill', [1000, 10]).error).toBeNull();
    const one = callOf(sb, 'read', [1, 1], 'Range.getValues');
    const many = callOf(sb, 'read', [1000, 10], 'Range.getValues');
    expect(one).toMatchObject({ cellsRead: 1, ms: 45 + 1 });
    expect(many).toMatchObject({ cellsRead: 10_000, ms: 45 + 650 });
    const dataRange = callOf(sb, 'readData', [], 'Range.getValues');
    expect(dataRange.cellsRead).toBe(10_000);
  });

  it('given writes, then setValues and appendRow pay per cell written', () => {
    const sb = fresh();
    const fill = sb.execute('fill', [1000, 10]);
    expect(fill.calls.find((c) => c.method === 'Range.setValues')).toMatchObject({ cellsWritten: 10_000, ms: 60 + 1000 });
    expect(callOf(sb, 'append', [33], 'Sheet.appendRow')).toMatchObject({ cellsWritten: 33, ms: 60 + Math.ceil(33 * CELL_WRITE_MS) });
  });

  it('given a TextFinder, then findNext pays for the cells it passed over and findAll for all it searched', () => {
    const sb = fresh();
    expect(sb.execute('fill', [1000, 10]).error).toBeNull();
    const near = callOf(sb, 'findIn', [1, 'r4c0'], 'TextFinder.findNext');
    const far = callOf(sb, 'findIn', [1, 'r899c0'], 'TextFinder.findNext');
    const none = callOf(sb, 'findIn', [1, 'absent'], 'TextFinder.findNext');
    expect(near.cellsRead).toBe(5);
    expect(far.cellsRead).toBe(900);
    expect(none.cellsRead).toBe(1000);
    expect(sb.execute('findIn', [1, 'r899c0']).result).toBe(900);
    expect(callOf(sb, 'findAllIn', ['r1c'], 'TextFinder.findAll').cellsRead).toBe(10_000);
  });

  it('given a run, then the cost report gives calls, cells and ms per method', () => {
    const sb = fresh();
    sb.execute('fill', [100, 10]);
    sb.execute('read', [100, 10]);
    sb.execute('read', [1, 1]);
    const reads = sb.costs.byMethod.find((m) => m.method === 'Range.getValues');
    expect(reads).toEqual({ method: 'Range.getValues', calls: 2, cellsRead: 1001, cellsWritten: 0, ms: 45 + 65 + 45 + 1 });
    expect(sb.costs.byMethod.find((m) => m.method === 'Range.setValues')).toMatchObject({ cellsWritten: 1000 });
    expect(costTable(sb.costs)).toMatch(/Range\.getValues\s+2\s+1001\s+0\s+156/);
  });

  it('given big writes that add up past six minutes, then the execution is stopped on the size-priced clock', () => {
    const sb = fresh();
    expect(sb.execute('fill', [1000, 10]).error).toBeNull();
    const run = sb.execute('clearForever');
    expect(run.error?.message).toBe(TIME_LIMIT_MESSAGE);
    // After 80 ms of getting the range, each clear of 10,000 cells costs 40 + 1,000 ms: the 347th passes
    // six minutes and is the last call (at a flat 40 ms, 9,000 would have fitted).
    const clears = run.calls.filter((c) => c.method === 'Range.clear');
    expect(clears[0].ms).toBe(40 + 1000);
    expect(clears).toHaveLength(Math.floor((6 * 60 * 1000 - 80) / 1040) + 1);
    expect(run.calls[run.calls.length - 1].method).toBe('Range.clear');
  });
});
