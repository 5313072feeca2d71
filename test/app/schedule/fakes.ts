// In-memory fakes of the ports the scheduled jobs use; the table counts its Sheets round trips.
import type { AppendOptions, Clock, ColumnOf, KeyValueStore, Mailer, OutgoingMail, Register, Row, Table, TabKey } from '../../../src/ports';
import type { Continuations, ScheduledJob, TimeBudget } from '../../../src/app/schedule';

/** One operation of the Table port, as SheetTable carries it out (the bench prices these from the cost table). */
export type TableOp = 'readAll' | 'findBy' | 'readRow' | 'readColumn' | 'append' | 'updateBlock';

/** `C`: the tab's column keys, as the port types them (`register.table('cases')` is a `MemoryTable<ColumnOf<'cases'>>`);
 *  the rows are kept as plain records, so a test can seed and inspect any. */
export class MemoryTable<C extends string = string> implements Table<C> {
  rows: Row[] = [];
  readonly ops: TableOp[] = [];
  /** Makes the next write throw, as Sheets does on `Service error: Spreadsheets`. */
  failNextWrite = false;
  /** Makes the next append throw after this many of its rows are written (an append-only tab's appendRow of a
   *  later row refused, its retries spent), as a flush refused part-way. */
  failNextAppendAfter: number | null = null;

  constructor(rows: Row[] = []) {
    this.rows = rows.map((r) => ({ ...r }));
  }

  /** A copy of a kept row, as the tab's row (a row seeded by a test may leave columns out: they read as absent). */
  private typed(row: Row | undefined): Row<C> {
    return { ...row } as Row<C>;
  }

  get roundTrips(): number {
    return this.ops.length;
  }

  readAll(): Array<{ rowNumber: number; row: Row<C> }> {
    this.ops.push('readAll');
    return this.rows.map((row, i) => ({ rowNumber: i + 2, row: this.typed(row) }));
  }

  findBy(key: C, value: string, match: 'whole' | 'contains' = 'whole'): { rowNumber: number; row: Row<C> } | null {
    this.ops.push('findBy');
    // 'contains': the value as one of the cell's space-separated words (a case merged from two responses).
    const hit = (cell: Row[string]) => (match === 'contains' ? String(cell ?? '').split(/\s+/).includes(value) : cell === value);
    const i = this.rows.findIndex((r) => hit(r[key]));
    return i < 0 ? null : { rowNumber: i + 2, row: this.typed(this.rows[i]) };
  }

  findAllBy(key: C, value: string): Array<{ rowNumber: number; row: Row<C> }> {
    this.ops.push('findBy');
    return this.rows.flatMap((row, i) => (row[key] === value ? [{ rowNumber: i + 2, row: this.typed(row) }] : []));
  }

  rowNumbersWhere(key: C, value: string): number[] {
    this.ops.push('findBy');
    return this.rows.flatMap((row, i) => (row[key] === value ? [i + 2] : []));
  }

  readRows(rowNumbers: number[]): Array<{ rowNumber: number; row: Row<C> }> {
    if (rowNumbers.length > 0) this.ops.push('readRow');
    return rowNumbers.map((n) => ({ rowNumber: n, row: this.typed(this.rows[n - 2]) }));
  }

  readRow(rowNumber: number): Row<C> {
    this.ops.push('readRow');
    return this.typed(this.rows[rowNumber - 2]);
  }

  columnValues(key: C): string[] {
    this.ops.push('readColumn');
    return this.rows.map((r) => String(r[key] ?? ''));
  }

  columnKeyAt(): C | null {
    return null;
  }

  append(rows: Array<Partial<Row<C>>>, options: AppendOptions = {}): number[] {
    this.write();
    this.ops.push('append');
    const first = this.rows.length + 2;
    const failAfter = this.failNextAppendAfter;
    this.failNextAppendAfter = null;
    for (const [i, r] of rows.entries()) {
      if (failAfter !== null && i >= failAfter) throw new Error('Service error: Spreadsheets');
      this.rows.push({ ...r } as Row);
      options.written?.();
    }
    return rows.map((_, i) => first + i);
  }

  update(changes: Array<{ rowNumber: number; row: Partial<Row<C>> }>): void {
    if (changes.length === 0) return;
    this.write();
    const sorted = [...changes].sort((a, b) => a.rowNumber - b.rowNumber);
    sorted.forEach((c, i) => {
      if (i === 0 || c.rowNumber !== sorted[i - 1].rowNumber + 1) this.ops.push('updateBlock');
      const at = c.rowNumber - 2;
      if (at < 0 || at >= this.rows.length) throw new Error(`row ${c.rowNumber} out of range`);
      this.rows[at] = { ...this.rows[at], ...(c.row as Row) };
    });
  }

  note(): void {
    // Notes are not used by the scheduled jobs.
  }

  lastRowNumber(): number {
    return this.rows.length + 1;
  }

  private write(): void {
    if (this.failNextWrite) {
      this.failNextWrite = false;
      throw new Error('Service error: Spreadsheets');
    }
  }
}

export class MemoryRegister implements Register {
  readonly tables = new Map<TabKey, MemoryTable>();

  table<T extends TabKey>(tab: T): MemoryTable<ColumnOf<T>> {
    let table = this.tables.get(tab);
    if (!table) {
      table = new MemoryTable();
      this.tables.set(tab, table);
    }
    // One table per tab, created for it: its keys are that tab's.
    return table as MemoryTable as MemoryTable<ColumnOf<T>>;
  }

  get roundTrips(): number {
    return [...this.tables.values()].reduce((n, t) => n + t.roundTrips, 0);
  }
}

/** Script properties as Google keeps them: 9 KB per property, key and value together (Apps Script's quotas page,
 *  "Properties value size"; the sandbox's PropertiesService refuses the same, sandbox/services/properties.ts). */
export class MemoryStore implements KeyValueStore {
  readonly values = new Map<string, string>();
  get(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  set(key: string, value: string): void {
    if (Buffer.byteLength(key, 'utf8') + Buffer.byteLength(value, 'utf8') > 9 * 1024) throw new Error('Argument too large: value');
    this.values.set(key, value);
  }
  setAll(values: Record<string, string>): void {
    for (const [k, v] of Object.entries(values)) this.values.set(k, v);
  }
}

export class FakeClock implements Clock {
  constructor(public ms: number) {}
  now(): Date {
    return new Date(this.ms);
  }
  /** Riyadh 07:00 on the given day: when the daily trigger fires. */
  static at(day: string, hourRiyadh = 7): FakeClock {
    return new FakeClock(Date.parse(`${day}T${String(hourRiyadh).padStart(2, '0')}:00:00+03:00`));
  }
  setDay(day: string, hourRiyadh = 7): void {
    this.ms = Date.parse(`${day}T${String(hourRiyadh).padStart(2, '0')}:00:00+03:00`);
  }
}

/** A mailbox with a daily quota; `faults` lists, per send call (1-based), the error to throw. */
export class FakeMailer implements Mailer {
  readonly delivered: OutgoingMail[] = [];
  calls = 0;
  readonly faults = new Map<number, string>();

  constructor(public quota = 100) {}

  remainingQuota(): number {
    return this.quota;
  }

  send(mail: OutgoingMail): void {
    this.calls += 1;
    const fault = this.faults.get(this.calls);
    if (fault) throw new Error(fault);
    const recipients = [mail.to, mail.cc ?? ''].join(',').split(',').filter((a) => a.trim()).length;
    if (recipients > this.quota) throw new Error('Service invoked too many times for one day: email.');
    this.quota -= recipients;
    this.delivered.push(mail);
  }
}

export class FakeContinuations implements Continuations {
  readonly requested: Array<{ job: ScheduledJob; afterMs: number }> = [];
  continueLater(job: ScheduledJob, afterMs: number): void {
    this.requested.push({ job, afterMs });
  }
}

/** A budget that has `ms` left until told otherwise, or one that runs out after a number of checks. */
export class FakeBudget implements TimeBudget {
  checks = 0;
  constructor(public ms = 300_000, private readonly expiresAfterChecks = Infinity) {}
  remainingMs(): number {
    this.checks += 1;
    return this.checks > this.expiresAfterChecks ? 0 : this.ms;
  }
}
