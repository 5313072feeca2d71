// The beneficiaries' lookup index kept in the register's hidden lookup tab (issue 13): a returning person found by
// one bucket cell and the rows it names, each checked, plus the rows appended since the index's high-water mark;
// stale or missing, the caller searches the column once and the index is rebuilt. Callers hold the script lock.
import type { Cell, CellsOf, KeyedHash, Register, RowOf, SystemTabs, TableOf } from '../../ports';
import { CodedError } from '../../domain/codedError';
import {
  BUCKET_COUNT, bucketOf, buildBuckets, changedRows, indexedTags, rowsFor, tagOf, tailRange, withEntry, withoutRow,
} from '../../domain/intake/lookupIndex';

/** The beneficiaries' columns the index covers. */
export const INDEXED_COLUMNS = ['national_id', 'name_key'] as const;
export type IndexedColumn = (typeof INDEXED_COLUMNS)[number];

/** Rows appended past the mark that a lookup still reads itself; more, and the index is rebuilt instead. */
const MAX_TAIL = 200;
/** What the mark cell also carries: the tag of this text under the install's secret, so an index made under
 *  another secret (the property lost or replaced) reads as missing, never as a miss. */
export const FINGERPRINT_TEXT = 'mustafid:lookup-index';
/** The mark cell: the last row indexed and the fingerprint of the secret the tags were made under. */
export const markCell = (mark: number, fingerprint: string): string => `${mark} ${fingerprint}`;
/** The sheet row of bucket `b` (row 1 is the header; bucket 0, which also holds the mark, is row 2). */
const rowOf = (bucket: number): number => bucket + 2;

/** A beneficiaries row found, with its sheet row number. */
export type BeneficiaryHit = { rowNumber: number; row: RowOf<'beneficiaries'> };
/** A bucket row of the lookup tab. */
type BucketHit = { rowNumber: number; row: RowOf<'lookup'> };

export interface IndexDeps {
  register: Register;
  hash: KeyedHash;
  tabs: SystemTabs;
}

/** What a check of the whole index against the two columns found (the daily run). */
export interface IndexCheck {
  /** The index could not be read (missing, damaged, another secret): rebuilt whole. */
  rebuilt: boolean;
  /** Rows whose value the index did not hold as it is (edited outside the product), per column. */
  changed: Record<IndexedColumn, number[]>;
  /** Of those, the rows whose national ID another row also holds: [row, the other rows]. */
  sharedIds: Array<{ rowNumber: number; others: number[] }>;
}

const text = (v: Cell | undefined): string => String(v ?? '').trim();
const unreadable = (err: unknown): boolean => err instanceof CodedError && (err.code === 'MISSING_TAB' || err.code === 'MISSING_COLUMN');

export class BeneficiaryIndex {
  /** Bucket rows read in this execution (bucket → row), the mark with them. */
  private readonly buckets = new Map<number, RowOf<'lookup'>>();
  private mark: number | null = null;
  private fingerprint: string | null = null;

  constructor(private readonly deps: IndexDeps) {}

  private people(): TableOf<'beneficiaries'> {
    return this.deps.register.table('beneficiaries');
  }

  private tab(): TableOf<'lookup'> {
    return this.deps.register.table('lookup');
  }

  private digest(value: string): string {
    return this.deps.hash.digest(value);
  }

  private expectedFingerprint(): string {
    this.fingerprint ??= tagOf(this.digest(FINGERPRINT_TEXT));
    return this.fingerprint;
  }

  /** Reads bucket 0 (with the mark) and the given buckets; false when the tab is missing, emptied, sorted or was
   *  made under another secret. */
  private load(buckets: number[]): boolean {
    const wanted = [...new Set([0, ...buckets])].filter((b) => !this.buckets.has(b));
    if (wanted.length === 0) return this.mark !== null;
    let hits: BucketHit[];
    try {
      hits = this.tab().readRows(wanted.map(rowOf));
    } catch (err) {
      if (unreadable(err)) return false;
      throw err;
    }
    for (const [i, b] of wanted.entries()) {
      const row = hits[i].row;
      if (text(row.bucket) !== String(b)) return false;
      this.buckets.set(b, row);
    }
    if (this.mark === null) {
      const m = /^([1-9][0-9]*) ([0-9a-f]{12})$/.exec(text(this.buckets.get(0)!.indexed_to));
      if (!m || m[2] !== this.expectedFingerprint()) return false;
      this.mark = Number(m[1]);
    }
    return true;
  }

  private forgetLoaded(): void {
    this.buckets.clear();
    this.mark = null;
  }

  /**
   * The rows whose `column` holds `value` exactly, found through the index: the value's bucket, the rows it names
   * (each read and checked) and the rows past the mark. Null when the index cannot answer (missing, damaged, a
   * named row holding another value: sorted or deleted by hand): the caller searches the column, then rebuilds.
   */
  find(column: IndexedColumn, value: string): BeneficiaryHit[] | null {
    const d = this.digest(value);
    const b = bucketOf(d);
    if (!this.load([b])) return null;
    const people = this.people();
    const last = people.lastRowNumber();
    if (last < this.mark!) return null;
    const tail = tailRange(this.mark!, last);
    if (tail && tail.to - tail.from + 1 > MAX_TAIL) return null;
    const named = rowsFor(text(this.buckets.get(b)![column]), d);
    if (named.some((r) => r > last)) return null;
    const tailRows = tail ? Array.from({ length: tail.to - tail.from + 1 }, (_, k) => tail.from + k) : [];
    const read = people.readRows([...new Set([...named, ...tailRows])]);
    const tag = tagOf(d);
    const holds = (h: BeneficiaryHit) => text(h.row[column]) === value;
    // A named row that holds another value is stale unless that value shares the tag (a harmless collision).
    if (read.some((h) => named.includes(h.rowNumber) && !holds(h) && (!text(h.row[column]) || tagOf(this.digest(text(h.row[column]))) !== tag))) return null;
    const tailHits = read.filter((h) => h.rowNumber > this.mark!);
    if (tailHits.length > 0) this.absorb(tailHits);
    return read.filter(holds);
  }

  /** Rows past the mark (appended outside the product, or by a run that died before its index write) entered,
   *  the mark moved past them. */
  private absorb(rows: BeneficiaryHit[]): void {
    this.write(rows.map((h) => ({ rowNumber: h.rowNumber, before: null, after: h.row })));
  }

  /** A beneficiary row the intake wrote: its entries moved from the values it held to those it holds now, and the
   *  mark moved when the row is the next one. Written only where a cell changes. */
  noteWritten(rowNumber: number, before: CellsOf<'beneficiaries'> | null, after: CellsOf<'beneficiaries'>): void {
    this.write([{ rowNumber, before, after }]);
  }

  /** A row's values no longer indexed (erased or anonymised): its entries removed. */
  forget(rowNumber: number, row: CellsOf<'beneficiaries'>): void {
    this.write([{ rowNumber, before: row, after: { national_id: null, name_key: null } }]);
  }

  private write(changes: Array<{ rowNumber: number; before: CellsOf<'beneficiaries'> | null; after: CellsOf<'beneficiaries'> }>): void {
    const plan: Array<{ bucket: number; column: IndexedColumn; change: (cell: string) => string }> = [];
    for (const { rowNumber, before, after } of changes) {
      for (const column of INDEXED_COLUMNS) {
        const was = before ? text(before[column]) : '';
        const now = column in after ? text(after[column]) : was;
        if (before && was === now) continue;
        if (was) {
          const dw = this.digest(was);
          plan.push({ bucket: bucketOf(dw), column, change: (cell) => withoutRow(cell, rowNumber) });
        }
        if (now) {
          const dn = this.digest(now);
          plan.push({ bucket: bucketOf(dn), column, change: (cell) => withEntry(cell, dn, rowNumber) });
        }
      }
    }
    if (!this.load(plan.map((p) => p.bucket))) {
      // Nothing to keep in step: the next lookup finds the index missing and rebuilds it from the columns.
      this.forgetLoaded();
      return;
    }
    const updated = new Map<number, RowOf<'lookup'>>();
    for (const p of plan) {
      const row = updated.get(p.bucket) ?? { ...this.buckets.get(p.bucket)! };
      row[p.column] = p.change(text(row[p.column]));
      updated.set(p.bucket, row);
    }
    let mark = this.mark!;
    for (const r of changes.map((c) => c.rowNumber).sort((a, b) => a - b)) if (r === mark + 1) mark = r;
    if (mark !== this.mark) {
      const head = updated.get(0) ?? { ...this.buckets.get(0)! };
      head.indexed_to = markCell(mark, this.expectedFingerprint());
      updated.set(0, head);
      this.mark = mark;
    }
    if (updated.size === 0) return;
    this.tab().update([...updated].map(([b, row]) => ({ rowNumber: rowOf(b), row: { national_id: row.national_id, name_key: row.name_key, indexed_to: row.indexed_to } })));
    for (const [b, row] of updated) this.buckets.set(b, row);
  }

  /** Every bucket written afresh from one read of each column (the tab laid out again first when `relayOut`). */
  rebuild(relayOut = true): void {
    if (relayOut) this.deps.tabs.relayOut('lookup');
    const columns = this.readColumns();
    this.writeAll(columns);
  }

  private readColumns(): Record<IndexedColumn, string[]> {
    const people = this.people();
    return { national_id: people.columnValues('national_id').map((v) => v.trim()), name_key: people.columnValues('name_key').map((v) => v.trim()) };
  }

  private writeAll(columns: Record<IndexedColumn, string[]>, digests = this.digestsOf(columns)): void {
    const cells = { national_id: buildBuckets(digests.national_id, 2), name_key: buildBuckets(digests.name_key, 2) };
    const mark = columns.national_id.length + 1;
    const fingerprint = this.expectedFingerprint();
    this.forgetLoaded();
    const rows = Array.from({ length: BUCKET_COUNT }, (_, b) => ({
      rowNumber: rowOf(b),
      row: { bucket: b, national_id: cells.national_id[b], name_key: cells.name_key[b], indexed_to: b === 0 ? markCell(mark, fingerprint) : null } satisfies RowOf<'lookup'>,
    }));
    this.tab().update(rows);
  }

  private digestsOf(columns: Record<IndexedColumn, string[]>): Record<IndexedColumn, Array<string | null>> {
    return {
      national_id: columns.national_id.map((v) => (v ? this.digest(v) : null)),
      name_key: columns.name_key.map((v) => (v ? this.digest(v) : null)),
    };
  }

  /**
   * The daily check: the whole index read (one read) and the two columns (one read each); the rows whose value the
   * index did not hold as it is are reported (with the rows whose national ID another row shares: a possible
   * duplicate the index would have missed), then every bucket that differs is written.
   */
  check(): IndexCheck {
    let held: BucketHit[] | null = null;
    try {
      held = this.tab().readAll();
    } catch (err) {
      if (!unreadable(err)) throw err;
    }
    const fingerprintOk = (held?.[0]?.row && new RegExp(` ${this.expectedFingerprint()}$`).test(text(held[0].row.indexed_to))) ?? false;
    const laidOut = held !== null && held.length >= BUCKET_COUNT && held.slice(0, BUCKET_COUNT).every((h, b) => text(h.row.bucket) === String(b));
    const columns = this.readColumns();
    const digests = this.digestsOf(columns);
    const changed = { national_id: [] as number[], name_key: [] as number[] };
    if (held && laidOut && fingerprintOk) {
      for (const column of INDEXED_COLUMNS) {
        const actual = new Map<number, string | null>(digests[column].map((d, i) => [i + 2, d ? tagOf(d) : null]));
        changed[column] = changedRows(indexedTags(held.slice(0, BUCKET_COUNT).map((h) => text(h.row[column]))), actual);
      }
    }
    const rowsById = new Map<string, number[]>();
    columns.national_id.forEach((v, i) => { if (v) rowsById.set(v, [...(rowsById.get(v) ?? []), i + 2]); });
    const sharedIds = changed.national_id.flatMap((r) => {
      const v = columns.national_id[r - 2];
      const others = v ? (rowsById.get(v) ?? []).filter((o) => o !== r) : [];
      return others.length ? [{ rowNumber: r, others }] : [];
    });
    const rebuilt = !(held && laidOut && fingerprintOk);
    if (rebuilt && (held === null || !laidOut)) this.deps.tabs.relayOut('lookup');
    this.writeAll(columns, digests);
    return { rebuilt, changed, sharedIds };
  }
}
