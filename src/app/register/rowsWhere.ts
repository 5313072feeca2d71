// Reads only the rows a job needs: one column read whole, then the rows whose cell in it qualifies.
import type { Row, Table } from '../../ports';

/** The sheet row numbers whose `key` cell (as text) passes `keep`, from one read of that column. */
export function rowNumbersWhere<C extends string>(table: Table<C>, key: NoInfer<C>, keep: (cell: string) => boolean): number[] {
  const numbers: number[] = [];
  table.columnValues(key).forEach((cell, i) => {
    if (keep(cell)) numbers.push(i + 2);
  });
  return numbers;
}

/** The rows whose `key` cell passes `keep`: one column read, then the rows in as few reads as their spread allows. */
export function rowsWhere<C extends string>(table: Table<C>, key: NoInfer<C>, keep: (cell: string) => boolean): Array<{ rowNumber: number; row: Row<C> }> {
  return table.readRows(rowNumbersWhere(table, key, keep));
}

/** The rows whose `key` cell is one of `values` (trimmed), e.g. the beneficiaries of a few cases. */
export function rowsWithValues<C extends string>(table: Table<C>, key: NoInfer<C>, values: Iterable<string>): Array<{ rowNumber: number; row: Row<C> }> {
  const wanted = new Set([...values].map((v) => v.trim()).filter(Boolean));
  return wanted.size === 0 ? [] : rowsWhere(table, key, (cell) => wanted.has(cell.trim()));
}

/** Whether a date cell read as text (a Date's string, or an ISO date) falls before `sinceMs`; blank or
 *  unreadable is never "before", so a row whose date cannot be read is kept, never skipped. */
export function cellBefore(cell: string, sinceMs: number): boolean {
  if (cell.trim() === '') return false;
  const ms = Date.parse(cell);
  return !Number.isNaN(ms) && ms < sinceMs;
}
