// The register's ports: a tab read and written in batches (Table), every tab by its key, form responses.
import type { ColumnOf } from './registerSchema';
import type { TabKey } from './tabKey';

export type { TabKey } from './tabKey';

/** One cell's value as a table reads and writes it. */
export type Cell = string | number | boolean | Date | null;

/** A row of a register tab, keyed by column key (see src/ports/registerSchema.ts): `Row<ColumnOf<'cases'>>`
 *  has exactly the cases tab's columns; a bare `Row` is any tab's. */
export type Row<C extends string = string> = Record<C, Cell>;

/** The row of tab `T`, every column of its schema. */
export type RowOf<T extends TabKey> = Row<ColumnOf<T>>;

/** Cells of tab `T` to write (an append or an update): any of its columns, no other. */
export type CellsOf<T extends TabKey> = Partial<RowOf<T>>;

/** Cells named where the schema is not seen (the domain's), held to tab `T`'s columns: `O` itself when each of its
 *  keys is one; else a type naming each key the tab lacks, so that assigning `O` to it fails to compile naming it. */
export type ColumnsOnly<T extends TabKey, O> = [Exclude<keyof O, ColumnOf<T>>] extends [never] ? O : { [K in Exclude<keyof O, ColumnOf<T>>]: `not a column of ${T}` };

export interface Clock {
  now(): Date;
}

/** Runs work under the script lock, so read-modify-write of the register is never interleaved. */
export interface Locker {
  withLock<T>(work: () => T): T;
}

/** Monotonic counters that are never reused (case numbers), kept outside the sheet. */
export interface Sequences {
  /** The next number of a never-reused sequence. With a `key` (a form response id), the number is reserved
   *  for that key: asked again with the same key (the response replayed after its trigger failed), it
   *  gives the same number, so a failed submission burns none. */
  next(name: string, key?: string | null): number;
}

/** The form responses the intake has begun to record, so a response's first run need not search the register
 *  for a row it cannot have (the search reads the whole response-id column). */
export interface ResponseLedger {
  /** False only when the response was certainly never begun: submitted inside the ledger's window and not
   *  noted in it. A response older than the window, or a ledger lost or damaged, answers true (search). */
  mayHaveBegun(responseId: string, submittedAt: Date, now: Date): boolean;
  /** Notes the response as begun before anything is written for it (the caller holds the script lock). */
  begin(responseId: string, submittedAt: Date, now: Date): void;
}

/** Small persistent key/values (script properties). */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  setAll(values: Record<string, string>): void;
}

/** How an append-only tab's rows are appended. */
export interface AppendOptions {
  /** A row that must not be lost to a passing fault (an audit line): a refused append is tried again, with
   *  backoff, once the tab's last rows show it did not land, so it is written once. */
  checked?: boolean;
  /** Called as each row is written, in order (a caller keeping what is still to write after a failure part-way). */
  written?: () => void;
}

/** One tab of the register read and written in batches: columns found by header, never by letter. `C` is the
 *  tab's column keys (`register.table('cases')` is a `Table<ColumnOf<'cases'>>`): every key argument, row read
 *  and row written is checked against them at build time. */
export interface Table<C extends string = string> {
  /** Every data row (below the header), each with its 1-based sheet row number. */
  readAll(): Array<{ rowNumber: number; row: Row<C> }>;
  /** The first row whose `key` column equals `value` (or, with `contains`, holds it as a word),
   *  found without reading the whole tab. */
  findBy(key: C, value: string, match?: 'whole' | 'contains'): { rowNumber: number; row: Row<C> } | null;
  /** One row by its sheet row number (one read). */
  readRow(rowNumber: number): Row<C>;
  /** Every data row's value in one column, as text (one read of that column alone). */
  columnValues(key: C): string[];
  /** Every row whose `key` column equals `value`, found without reading the whole tab. */
  findAllBy(key: C, value: string): Array<{ rowNumber: number; row: Row<C> }>;
  /** The sheet row numbers whose `key` column equals `value`, found without reading any row. */
  rowNumbersWhere(key: C, value: string): number[];
  /** Rows by their sheet row numbers (as few reads as their spread allows). */
  readRows(rowNumbers: number[]): Array<{ rowNumber: number; row: Row<C> }>;
  /** Appends rows (columns left out are written blank); returns their sheet row numbers (none for an
   *  append-only tab, whose rows are never addressed again). */
  append(rows: Array<Partial<Row<C>>>, options?: AppendOptions): number[];
  /** Writes the given columns of the given rows, in as few writes as the row spread allows. */
  update(changes: Array<{ rowNumber: number; row: Partial<Row<C>> }>): void;
  /** The column key at a 1-based sheet column, or null for a column the product does not own. */
  columnKeyAt(column: number): C | null;
  /** Shows a note on one cell (why an edit was refused). */
  note(rowNumber: number, key: C, text: string): void;
  /** The last sheet row with content (1 when only the header), known without reading any row. */
  lastRowNumber(): number;
}

/** A keyed digest of a value (HMAC-SHA-256 under a secret this install keeps), as lowercase hex: what the
 *  beneficiaries' lookup index stores instead of an ID or a name. */
export interface KeyedHash {
  digest(value: string): string;
}

/** The product's own tabs laid out again as setup lays them: recreated when deleted by hand, the header and
 *  rows restored when emptied (the lookup index, which the product can always rebuild). */
export interface SystemTabs {
  relayOut(tab: TabKey): void;
}

/** The table of tab `T`. */
export type TableOf<T extends TabKey> = Table<ColumnOf<T>>;

/** A form response as the form holds it; `handle` is what replaying it needs (the FormResponse itself). */
export interface SubmittedResponse<T> {
  id: string;
  atMs: number;
  handle: T;
}

/** Links into the register (the digests' case lines): Google's documented link to a range,
 *  `<spreadsheet URL>#gid=<sheetId>&range=A<row>`. */
export interface RowLinks {
  /** The address that opens `tab` at sheet row `rowNumber`. */
  rowLink(tab: TabKey, rowNumber: number): string;
}

/** The register: every tab by its key. */
export interface Register {
  table<T extends TabKey>(tab: T): TableOf<T>;
}


/** Erasing a person's data outside the register's own rows (issue 17, destruction and retention). */
export interface PersonalDataEraser {
  /** In the form-response sheets of the register spreadsheet, every row holding one of the `part` values
   *  (identifiers): those values replaced wherever they occur in its cells, and its cells equal to a `whole`
   *  value (a name, a free-text answer) replaced whole. Other people's rows are not touched. Returns the cells changed. */
  eraseFromResponseSheets(values: { part: string[]; whole: string[] }, marker: string): number;
  /** Deletes a response from whichever published form holds it; false when none does. */
  deleteResponse(responseId: string): boolean;
  /** Replaces each value in a generated document (by its link); false when the document is not there. */
  scrubDocument(url: string, values: string[], marker: string): boolean;
}
