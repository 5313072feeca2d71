// One register tab as a Table: header row read once, columns found by header, batched reads and writes.
import type { AppendOptions, Row, Table, TableOf, TabKey } from '../../ports';
import { codedList, listIds, columnHeaderKeyOf, tabSpec, type ColumnSpec } from '../../ports';
import { t } from '../../i18n';
import { inertText } from '../../domain/safeText';
import { withCheckedRetry, withRetry } from '../script/retry';
import { layTextLook } from './textLook';
import { failure } from '../../domain/codedError';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Cell = string | number | boolean | Date;

/** Whether a value read and a value to write are the same cell content. */
function sameCell(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  return (a ?? '') === (b ?? '');
}

/** Rows read back from a tab's end to see whether a refused appendRow landed (other executions may append meanwhile). */
const LANDED_TAIL_ROWS = 20;

/** Rows added at a time when a tab is full: a few days of work at 50 requests a day, few cells. */
const GROWTH_ROWS = 200;

/** 1 → A, 27 → AA. */
function columnLetter(n: number): string {
  let letters = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) letters = String.fromCharCode(65 + ((k - 1) % 26)) + letters;
  return letters;
}

/** The coded list the table writes as labels and reads back as ids (src/ports/codedLists.ts), if the column has one. */
function codec(col: ColumnSpec) {
  const key = col.coded ?? col.list;
  const list = key ? codedList(key) : null;
  const ids = list?.codedByTable ? listIds(list) : null;
  return list && ids ? { ids, labelKey: list.labelKey } : null;
}

/** An id as its Arabic label, for a coded dropdown column. */
function toLabel(col: ColumnSpec, value: Row[string]): Row[string] {
  const c = codec(col);
  return c && typeof value === 'string' && c.ids.includes(value) ? t(c.labelKey(value)) : value;
}

/** A label (or an id typed by hand) back to its id. */
function fromLabel(col: ColumnSpec, value: Row[string]): Row[string] {
  const c = codec(col);
  if (!c || typeof value !== 'string') return value;
  return c.ids.find((id) => id === value || t(c.labelKey(id)) === value) ?? value;
}

export function headerLabel(tab: TabKey, column: string): string {
  return t(columnHeaderKeyOf(tab, column));
}

export class SheetTable implements Table {
  private readonly columns: readonly ColumnSpec[];
  private readonly appendOnly: boolean;
  private index: Map<string, number> | null = null; // column key → 0-based column
  private width = 0;
  /** Raw values of rows read in this execution, so an update keeps columns the product does not own. */
  private readonly raw = new Map<number, Cell[]>();
  private knownLastRow: number | null = null;
  private knownMaxRows: number | null = null;
  /** Columns read whole in this execution (column key → values from row 2), kept up to date by this
   *  table's own appends and updates, so two jobs of one run (the health note, the sender) read a column once. */
  private readonly columnsRead = new Map<string, string[]>();

  /** `bulk`: rows of an append-only tab are written in one block anyway (an archive copying many at once). */
  constructor(private readonly sheet: Sheet, private readonly tab: TabKey, options: { bulk?: boolean } = {}) {
    this.columns = tabSpec(tab).columns;
    this.appendOnly = tabSpec(tab).appendOnly === true && options.bulk !== true;
  }

  /** This table as the port names it for tab `T`: its columns are `T`'s own spec (`tabSpec(tab)` above),
   *  so the keys `TableOf<T>` accepts are the ones it finds by header. */
  typed<T extends TabKey>(): TableOf<T> {
    return this as Table as TableOf<T>;
  }

  /** The tab's id in the spreadsheet (the `gid` of a link to it). */
  sheetId(): number {
    return this.sheet.getSheetId();
  }

  /** Column key → 0-based index, from the header row (one read, then kept for this execution). */
  private columnIndex(headerRow?: unknown[]): Map<string, number> {
    if (this.index) return this.index;
    const header = headerRow ?? this.readHeader();
    const byLabel = new Map(header.map((label, i) => [String(label).trim(), i]));
    const index = new Map<string, number>();
    for (const col of this.columns) {
      const label = headerLabel(this.tab, col.key);
      const at = byLabel.get(label);
      if (at === undefined) {
        throw failure('MISSING_COLUMN', 'register.error.missingColumn', { column: label, tab: { label: `tab.${this.tab}` } });
      }
      index.set(col.key, at);
    }
    this.index = index;
    this.width = header.length;
    return index;
  }

  /** The header row in one read when the tab is exactly as setup laid it; a wider read otherwise. */
  private readHeader(): unknown[] {
    const expected = this.columns.length;
    const row = withRetry(() => this.sheet.getRange(1, 1, 1, expected).getValues())[0];
    const labels = new Set(row.map((v) => String(v).trim()));
    if (this.columns.every((c) => labels.has(headerLabel(this.tab, c.key)))) return row;
    return withRetry(() => this.sheet.getRange(1, 1, 1, Math.max(1, this.sheet.getLastColumn())).getValues())[0];
  }

  /** Header and data in one read: the tab's columns as setup laid them, whole (trailing blank rows
   *  dropped), so the last row comes with them; a tab laid out differently is read by its data range. */
  private readWholeTab(): unknown[][] {
    const lastColumn = columnLetter(this.columns.length);
    const values = withRetry(() => this.sheet.getRange(`A:${lastColumn}`).getValues());
    const labels = new Set((values[0] ?? []).map((v) => String(v).trim()));
    if (!this.columns.every((c) => labels.has(headerLabel(this.tab, c.key)))) return withRetry(() => this.sheet.getDataRange().getValues());
    let end = values.length;
    while (end > 1 && values[end - 1].every((v) => v === '' || v === null)) end--;
    return values.slice(0, end);
  }

  /** The last row with content, read once per execution and kept up to date by appends (callers hold the lock). */
  private lastRow(): number {
    if (this.knownLastRow === null) this.knownLastRow = withRetry(() => this.sheet.getLastRow());
    return this.knownLastRow;
  }

  private toRow(values: unknown[]): Row {
    const index = this.columnIndex();
    const row: Row = {};
    for (const col of this.columns) {
      const v = values[index.get(col.key)!];
      row[col.key] = v === '' || v === undefined ? null : col.text && typeof v !== 'string' ? String(v) : fromLabel(col, v as Row[string]);
    }
    return row;
  }

  private toValues(row: Partial<Row>, base: Cell[] = []): Cell[] {
    const index = this.columnIndex();
    const values: Cell[] = Array.from({ length: this.width }, (_, i) => base[i] ?? '');
    for (const col of this.columns) {
      if (!(col.key in row)) continue;
      const v = toLabel(col, row[col.key] ?? null);
      // Text columns are written with the '@' format (see formatRow), which keeps any string inert;
      // a string bound for another column is made inert here.
      values[index.get(col.key)!] = v === null || v === undefined ? '' : typeof v === 'string' && !col.text ? inertText(v) : v;
    }
    return values;
  }

  readAll(): Array<{ rowNumber: number; row: Row }> {
    const all = this.readWholeTab();
    this.columnIndex(all[0]);
    this.knownLastRow = all.length;
    return all.slice(1).map((values, i) => {
      this.raw.set(i + 2, values as Cell[]);
      return { rowNumber: i + 2, row: this.toRow(values) };
    });
  }

  /** A fresh finder per attempt: a TextFinder keeps its place, so a retried findNext starts over. */
  private finder(key: string, value: string, whole: boolean): (() => GoogleAppsScript.Spreadsheet.TextFinder) | null {
    const col = this.columnIndex().get(key)! + 1;
    const last = this.lastRow();
    if (last < 2 || value === '') return null;
    return () => this.sheet.getRange(2, col, last - 1, 1).createTextFinder(value).matchEntireCell(whole).matchCase(true);
  }

  /** Reads whole rows by number, in clusters: rows closer than a round trip's worth of cells are read
   *  in one block with the rows between them. Always read afresh (a step may have changed the row). */
  readRows(rowNumbers: number[]): Array<{ rowNumber: number; row: Row }> {
    if (rowNumbers.length === 0) return [];
    this.columnIndex();
    const wanted = [...new Set(rowNumbers)].sort((a, b) => a - b);
    // A read's round trip costs about as much as reading 800 cells (docs/sandbox.md, "Priced by size").
    const gap = Math.max(1, Math.ceil(800 / Math.max(1, this.width)));
    let start = 0;
    for (let i = 1; i <= wanted.length; i++) {
      if (i < wanted.length && wanted[i] - wanted[i - 1] <= gap) continue;
      const first = wanted[start];
      const last = wanted[i - 1];
      const block = withRetry(() => this.sheet.getRange(first, 1, last - first + 1, this.width).getValues()) as Cell[][];
      for (let k = start; k < i; k++) this.raw.set(wanted[k], block[wanted[k] - first]);
      start = i;
    }
    return rowNumbers.map((rowNumber) => ({ rowNumber, row: this.toRow(this.raw.get(rowNumber)!) }));
  }

  findBy(key: string, value: string, match: 'whole' | 'contains' = 'whole'): { rowNumber: number; row: Row } | null {
    const finder = this.finder(key, value, match === 'whole');
    const hit = finder ? withRetry(() => finder().findNext()) : null;
    return hit ? this.readRows([hit.getRow()])[0] : null;
  }

  readRow(rowNumber: number): Row {
    this.columnIndex();
    return this.readRows([rowNumber])[0].row;
  }

  columnValues(key: string): string[] {
    const known = this.columnsRead.get(key);
    if (known) return [...known];
    const col = this.columnIndex().get(key)! + 1;
    const last = this.lastRow();
    const values = last < 2 ? [] : withRetry(() => this.sheet.getRange(2, col, last - 1, 1).getValues()).map((r) => String(r[0] ?? ''));
    this.columnsRead.set(key, values);
    return [...values];
  }

  /** Keeps the columns read whole in step with a row this execution wrote (`keys`: the columns written,
   *  when the rest of the row was not known). */
  private rememberWritten(rowNumber: number, values: Cell[], keys?: Set<string>): void {
    const index = this.columnIndex();
    for (const [key, column] of this.columnsRead) {
      if (keys && !keys.has(key)) continue;
      const at = index.get(key)!;
      while (column.length < rowNumber - 1) column.push('');
      column[rowNumber - 2] = String(values[at] ?? '');
    }
  }

  findAllBy(key: string, value: string): Array<{ rowNumber: number; row: Row }> {
    return this.readRows(this.rowNumbersWhere(key, value));
  }

  rowNumbersWhere(key: string, value: string): number[] {
    const finder = this.finder(key, value, true);
    const hits = finder ? withRetry(() => finder().findAll()) : [];
    return hits.map((h) => h.getRow());
  }

  append(rows: Array<Partial<Row>>, options: AppendOptions = {}): number[] {
    if (rows.length === 0) return [];
    this.columnIndex();
    if (this.appendOnly) {
      // appendRow finds the end on the server: no read, and no lock needed (audit rows are written from
      // executions that may not hold it, where a read-then-write of `lastRow + 1` could collide). It is
      // never retried blindly: a failed appendRow may still have added its row, so a retry could add it twice;
      // a transient error here fails the execution, and the catch-up replays a submission. A `checked` row (an
      // audit line) is tried again once the tab's end shows it did not land. Its cells are parsed as typed, so
      // every string is made inert here (the text format may not reach new rows).
      for (const row of rows) {
        const values = this.toValues(row);
        const inert = values.map((v) => (typeof v === 'string' ? inertText(v) : v));
        if (options.checked) this.appendChecked(values, inert);
        else this.sheet.appendRow(inert);
        options.written?.();
      }
      this.knownLastRow = null;
      this.columnsRead.clear();
      return [];
    }
    const first = this.lastRow() + 1;
    this.knownLastRow = first + rows.length - 1;
    this.makeRoomFor(this.knownLastRow);
    const range = withRetry(() => this.sheet.getRange(first, 1, rows.length, this.width));
    // Text columns are re-marked as text on the rows written, so IDs, phones and names stay as typed
    // even where someone cleared the column's format.
    const formats = this.formatRow();
    const written = rows.map((r) => this.toValues(r));
    withRetry(() => range.setNumberFormats(rows.map(() => formats)));
    withRetry(() => range.setValues(written));
    // An update later in this execution then writes only what it changes.
    written.forEach((values, i) => {
      this.raw.set(first + i, values);
      this.rememberWritten(first + i, values);
    });
    return rows.map((_, i) => first + i);
  }

  /** appendRow retried while it fails transiently, each retry after a look at the tab's last rows: a row
   *  already there (the refused call landed after all) is not written again. */
  private appendChecked(values: Cell[], inert: Cell[]): void {
    withCheckedRetry(() => void this.sheet.appendRow(inert), () => this.landed(values));
  }

  /** Whether a row with exactly these values is among the tab's last rows. */
  private landed(values: Cell[]): boolean {
    const last = withRetry(() => this.sheet.getLastRow());
    if (last < 2) return false;
    const from = Math.max(2, last - LANDED_TAIL_ROWS + 1);
    const tail = withRetry(() => this.sheet.getRange(from, 1, last - from + 1, values.length).getValues());
    // A string made inert was written with its apostrophe, which the cell does not show.
    const same = (read: unknown, v: Cell) => sameCell(read, v) || (typeof v === 'string' && v.startsWith("'") && sameCell(read, v.slice(1)));
    return tail.some((read) => values.every((v, i) => same(read[i], v)));
  }

  /** A range past the tab's last laid-out row throws on Sheets: grow the tab first, with headroom so
   *  the next appends need no insert (maxRows is read once per execution). */
  private makeRoomFor(lastRowNeeded: number): void {
    if (this.knownMaxRows === null) this.knownMaxRows = withRetry(() => this.sheet.getMaxRows());
    if (lastRowNeeded <= this.knownMaxRows) return;
    const grow = lastRowNeeded - this.knownMaxRows + GROWTH_ROWS;
    this.sheet.insertRowsAfter(this.knownMaxRows, grow);
    this.layGrownRows(this.knownMaxRows, grow);
    this.knownMaxRows += grow;
  }

  /** Rows inserted past the last one come blank here (the sandbox is strict: Google's reference does not
   *  promise they inherit the row above), so the tab's text formats and dropdowns are laid on them, the
   *  dropdowns copied from the last laid-out row (setup laid them there with the organisation's lists). */
  private layGrownRows(lastLaidOut: number, count: number): void {
    const grown = this.sheet.getRange(lastLaidOut + 1, 1, count, this.width);
    const formats = this.formatRow();
    grown.setNumberFormats(Array.from({ length: count }, () => formats));
    const index = this.columnIndex();
    layTextLook(grown, this.columns.filter((c) => c.hidden).map((c) => index.get(c.key)! + 1));
    if (lastLaidOut < 2 || !this.columns.some((c) => c.list)) return;
    const rules = this.sheet.getRange(lastLaidOut, 1, 1, this.width).getDataValidations()[0];
    if (rules.some((r) => r !== null)) grown.setDataValidations(Array.from({ length: count }, () => rules));
  }

  /** Deletes rows by number, one deleteRows per contiguous block, bottom-up so the numbers still to
   *  delete do not move. Sheets keeps one row below the frozen header: a tab emptied to its header gets
   *  a blank row first. Returns the number of blocks deleted. */
  deleteRows(rowNumbers: number[]): number {
    if (rowNumbers.length === 0) return 0;
    const sorted = [...new Set(rowNumbers)].sort((a, b) => b - a);
    const maxRows = this.knownMaxRows ?? this.sheet.getMaxRows();
    if (maxRows - sorted.length <= Math.max(1, this.sheet.getFrozenRows())) this.sheet.insertRowsAfter(maxRows, 1);
    let blocks = 0;
    let end = 0;
    while (end < sorted.length) {
      let start = end;
      while (start + 1 < sorted.length && sorted[start + 1] === sorted[start] - 1) start++;
      this.sheet.deleteRows(sorted[start], sorted[end] - sorted[start] + 1);
      blocks++;
      end = start + 1;
    }
    this.raw.clear();
    this.columnsRead.clear();
    this.knownLastRow = null;
    this.knownMaxRows = null;
    return blocks;
  }

  /** Writes only the cells that change (against what this execution read), so a person's edit made
   *  between the read and the write survives. Consecutive rows go out together: per block, one write per
   *  run of changed columns (runs joined across system columns, which staff do not type in). */
  update(changes: Array<{ rowNumber: number; row: Partial<Row> }>): void {
    if (changes.length === 0) return;
    const index = this.columnIndex();
    const formats = this.formatRow();
    const sorted = [...changes].sort((a, b) => a.rowNumber - b.rowNumber);
    let start = 0;
    for (let i = 1; i <= sorted.length; i++) {
      if (i < sorted.length && sorted[i].rowNumber === sorted[i - 1].rowNumber + 1) continue;
      const block = sorted.slice(start, i).map((c) => {
        const base = this.raw.get(c.rowNumber);
        return { rowNumber: c.rowNumber, row: c.row, base, values: this.toValues(c.row, base) };
      });
      start = i;
      const changed = new Set<number>();
      for (const entry of block) {
        for (const col of this.columns) {
          const at = index.get(col.key)!;
          if (col.key in entry.row && (!entry.base || !sameCell(entry.base[at], entry.values[at]))) changed.add(at);
        }
      }
      // The run holding the truth (the state) goes last: a write refused part-way then leaves the display ahead
      // of an unchanged truth, never a truth without its display, letter or audit line (ColumnSpec.truth).
      const truth = this.columns.filter((c) => c.truth).map((c) => index.get(c.key)!);
      const holdsTruth = ([from, to]: [number, number]) => (truth.some((at) => at >= from && at <= to) ? 1 : 0);
      const runs = this.columnRuns([...changed].sort((a, b) => a - b)).sort((a, b) => holdsTruth(a) - holdsTruth(b));
      for (const [from, to] of runs) {
        const range = withRetry(() => this.sheet.getRange(block[0].rowNumber, from + 1, block.length, to - from + 1));
        const runFormats = formats.slice(from, to + 1);
        // Text and date columns are re-marked on the cells written, so IDs and phones stay as typed.
        if (runFormats.some((f) => f !== 'General')) withRetry(() => range.setNumberFormats(block.map(() => runFormats)));
        const values = block.map((entry) => entry.values.slice(from, to + 1));
        withRetry(() => range.setValues(values));
      }
      for (const entry of block) {
        // A row updated without being read is known only in the columns written.
        if (entry.base) this.raw.set(entry.rowNumber, entry.values);
        else this.raw.delete(entry.rowNumber);
        this.rememberWritten(entry.rowNumber, entry.values, entry.base ? undefined : new Set(Object.keys(entry.row)));
      }
    }
  }

  /** Sorted 0-based columns as [from, to] runs; a gap made only of system columns is written through. */
  private columnRuns(columns: number[]): Array<[number, number]> {
    const system = new Set(this.columns.filter((c) => c.system).map((c) => this.columnIndex().get(c.key)!));
    const runs: Array<[number, number]> = [];
    for (const at of columns) {
      const last = runs[runs.length - 1];
      const gapIsSystem = last && Array.from({ length: at - last[1] - 1 }, (_, k) => last[1] + 1 + k).every((g) => system.has(g));
      if (last && gapIsSystem) last[1] = at;
      else runs.push([at, at]);
    }
    return runs;
  }

  lastRowNumber(): number {
    return this.lastRow();
  }

  columnKeyAt(column: number): string | null {
    for (const [key, at] of this.columnIndex()) if (at === column - 1) return key;
    return null;
  }

  note(rowNumber: number, key: string, text: string): void {
    const column = this.columnIndex().get(key)! + 1;
    const cell = withRetry(() => this.sheet.getRange(rowNumber, column));
    withRetry(() => cell.setNote(text));
  }

  private formatRow(): string[] {
    const index = this.columnIndex();
    const formats = Array.from({ length: this.width }, () => 'General');
    for (const col of this.columns) {
      formats[index.get(col.key)!] = col.text ? '@' : col.date ? 'yyyy-mm-dd hh:mm' : 'General';
    }
    return formats;
  }
}
