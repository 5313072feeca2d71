// The beneficiaries' bucket index as pure functions: a value's rows found from one bucket cell, entries added
// and removed, a rebuild from one column read, stale hits detected, the tail after the high-water mark, and rows
// edited by hand found by comparing the index with the column.
import { createHmac } from 'crypto';
import {
  BUCKET_COUNT, bucketOf, buildBuckets, changedRows, formatBucket, indexedTags, parseBucket, rowsFor, tagOf, tailRange, verifyHits, withEntry, withoutRow,
} from '../../../src/domain/intake/lookupIndex';

const digest = (value: string) => createHmac('sha256', 'install-secret').update(value).digest('hex');

describe('the bucket index of beneficiaries (keyed hashes, never raw IDs)', () => {
  it('a digest gives a 12-digit tag and a bucket in range; a short or non-hex digest is refused', () => {
    const d = digest('1012345678');
    expect(tagOf(d)).toBe(d.slice(0, 12));
    expect(bucketOf(d)).toBeGreaterThanOrEqual(0);
    expect(bucketOf(d)).toBeLessThan(BUCKET_COUNT);
    expect(() => tagOf('1012345678')).toThrow(/20 hex/);
    expect(() => tagOf('zz'.repeat(20))).toThrow(/20 hex/);
  });

  it('an entered row is found by its value, once, and not by another value; the cell holds no raw ID', () => {
    let cell = withEntry('', digest('1012345678'), 7);
    cell = withEntry(cell, digest('1012345678'), 7);
    cell = withEntry(cell, digest('2098765432'), 9);
    expect(rowsFor(cell, digest('1012345678'))).toEqual([7]);
    expect(rowsFor(cell, digest('2098765432'))).toEqual([9]);
    expect(rowsFor(cell, digest('1111111111'))).toEqual([]);
    expect(cell).not.toContain('1012345678');
    expect(parseBucket(cell)).toHaveLength(2);
  });

  it('removing a row drops its entries only; damaged text in a cell is ignored', () => {
    const a = digest('1012345678');
    const b = digest('2098765432');
    const cell = withEntry(withEntry('', a, 7), b, 9);
    expect(rowsFor(withoutRow(cell, 7), a)).toEqual([]);
    expect(rowsFor(withoutRow(cell, 7), b)).toEqual([9]);
    expect(parseBucket(`${cell} junk =SUM(A1) abc:0`)).toEqual(parseBucket(cell));
    expect(formatBucket(parseBucket(cell))).toBe(cell);
  });

  it('a rebuild from one column read finds every non-blank row under its value, a shared value under each', () => {
    const values = ['1012345678', null, '2098765432', '1012345678'];
    const cells = buildBuckets(values.map((v) => (v ? digest(v) : null)), 2);
    expect(cells).toHaveLength(BUCKET_COUNT);
    expect(rowsFor(cells[bucketOf(digest('1012345678'))], digest('1012345678'))).toEqual([2, 5]);
    expect(rowsFor(cells[bucketOf(digest('2098765432'))], digest('2098765432'))).toEqual([4]);
    expect(cells.join('')).not.toContain(':3');
  });

  it('a named row that no longer holds the value (sorted or deleted by hand) marks the index stale', () => {
    expect(verifyHits([{ rowNumber: 4, holds: true }])).toEqual({ confirmed: [4], stale: false });
    expect(verifyHits([{ rowNumber: 4, holds: false }, { rowNumber: 8, holds: true }])).toEqual({ confirmed: [8], stale: true });
  });

  it('only the rows after the high-water mark are scanned', () => {
    expect(tailRange(60_001, 60_001)).toBeNull();
    expect(tailRange(60_001, 60_003)).toEqual({ from: 60_002, to: 60_003 });
  });

  it('an ID typed or changed by hand in an old row is found by comparing the index with the column', () => {
    const before = buildBuckets([digest('1012345678'), digest('2098765432'), null], 2);
    const now = new Map<number, string | null>([[2, tagOf(digest('1012345678'))], [3, tagOf(digest('3000000001'))], [4, tagOf(digest('4000000002'))]]);
    expect(changedRows(indexedTags(before), now)).toEqual([3, 4]);
    expect(changedRows(indexedTags(before), new Map([[2, tagOf(digest('1012345678'))], [3, tagOf(digest('2098765432'))], [4, null]]))).toEqual([]);
  });

  it('60,000 IDs spread over the buckets: the fullest cell stays far under a cell\'s 50,000 characters', () => {
    const cells = buildBuckets(Array.from({ length: 60_000 }, (_, i) => digest(String(1_000_000_000 + i * 7))), 2);
    const longest = Math.max(...cells.map((c) => c.length));
    const fullest = Math.max(...cells.map((c) => parseBucket(c).length));
    expect(fullest).toBeLessThan(100);
    expect(longest).toBeLessThan(2_000);
    expect(cells.reduce((n, c) => n + parseBucket(c).length, 0)).toBe(60_000);
  });
});
