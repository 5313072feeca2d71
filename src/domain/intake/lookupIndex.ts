// A lookup of beneficiaries' rows by a keyed hash of a column's value, kept in a fixed number of buckets (one
// cell each), so finding a returning person reads one cell, not the column. Pure: the caller hashes (a keyed
// digest, never the raw ID), reads and writes the bucket cells, and checks every row a bucket names.

/** A bucket cell lists `tag:row` entries, space-separated; a tag is a digest's first TAG_LENGTH hex digits. */
export const TAG_LENGTH = 12;
/** Buckets per indexed column: at 60,000 rows a bucket holds about 60 entries (~1,100 characters, far under a
 *  cell's 50,000). */
export const BUCKET_COUNT = 1024;

export interface IndexEntry {
  tag: string;
  rowNumber: number;
}

const HEX = /^[0-9a-f]+$/;

function checkDigest(digestHex: string): string {
  const d = digestHex.toLowerCase();
  if (d.length < TAG_LENGTH + 8 || !HEX.test(d)) throw new Error('lookup index: a digest of at least 20 hex digits is needed', { cause: { code: 'BAD_DIGEST' } });
  return d;
}

/** The entry's tag: the digest's first digits (collisions are possible and harmless: every hit is checked). */
export function tagOf(digestHex: string): string {
  return checkDigest(digestHex).slice(0, TAG_LENGTH);
}

/** The bucket (0-based) a digest falls in: from digits the tag does not use, so buckets and tags are independent. */
export function bucketOf(digestHex: string, buckets: number = BUCKET_COUNT): number {
  const d = checkDigest(digestHex);
  return parseInt(d.slice(TAG_LENGTH, TAG_LENGTH + 8), 16) % buckets;
}

/** A bucket cell's entries; anything not shaped `tag:row` (a cell damaged by hand) is dropped, which only
 *  costs a miss the caller's verification and tail scan then handle. */
export function parseBucket(cell: string | null | undefined): IndexEntry[] {
  if (!cell) return [];
  const out: IndexEntry[] = [];
  for (const part of String(cell).split(/\s+/)) {
    const m = /^([0-9a-f]{12}):([1-9][0-9]*)$/.exec(part);
    if (m) out.push({ tag: m[1], rowNumber: Number(m[2]) });
  }
  return out;
}

export function formatBucket(entries: readonly IndexEntry[]): string {
  return entries.map((e) => `${e.tag}:${e.rowNumber}`).join(' ');
}

/** The rows a bucket names for a digest, ascending. */
export function rowsFor(cell: string | null | undefined, digestHex: string): number[] {
  const tag = tagOf(digestHex);
  return [...new Set(parseBucket(cell).filter((e) => e.tag === tag).map((e) => e.rowNumber))].sort((a, b) => a - b);
}

/** The bucket cell with the row entered under the digest (once). */
export function withEntry(cell: string | null | undefined, digestHex: string, rowNumber: number): string {
  const tag = tagOf(digestHex);
  const entries = parseBucket(cell);
  if (entries.some((e) => e.tag === tag && e.rowNumber === rowNumber)) return formatBucket(entries);
  return formatBucket([...entries, { tag, rowNumber }]);
}

/** The bucket cell without any entry naming the row (a value changed or erased). */
export function withoutRow(cell: string | null | undefined, rowNumber: number): string {
  return formatBucket(parseBucket(cell).filter((e) => e.rowNumber !== rowNumber));
}

/** Every bucket's cell built from one read of a column: `digests[i]` is the digest of row `firstRow + i`'s
 *  value, null for a blank cell. */
export function buildBuckets(digests: ReadonlyArray<string | null>, firstRow: number, buckets: number = BUCKET_COUNT): string[] {
  const cells: IndexEntry[][] = Array.from({ length: buckets }, () => []);
  digests.forEach((d, i) => {
    if (d) cells[bucketOf(d, buckets)].push({ tag: tagOf(d), rowNumber: firstRow + i });
  });
  return cells.map(formatBucket);
}

/** What a lookup found once the named rows and the tail were read: the rows holding the value, and whether the
 *  index is stale (a named row no longer holds it: sorted or deleted by hand), so the caller falls back to the
 *  full search once and rebuilds. */
export function verifyHits(named: ReadonlyArray<{ rowNumber: number; holds: boolean }>): { confirmed: number[]; stale: boolean } {
  return { confirmed: named.filter((n) => n.holds).map((n) => n.rowNumber), stale: named.some((n) => !n.holds) };
}

/** The rows appended after the index's high-water mark (its last indexed row) up to the tab's last row, which a
 *  lookup scans itself; null when there are none. */
export function tailRange(highWater: number, lastRow: number): { from: number; to: number } | null {
  return lastRow > highWater ? { from: highWater + 1, to: lastRow } : null;
}

/** Rows whose value in the column differs from what the index says (a hand edit in an old row): `indexed` maps
 *  each row to the tag the index holds for it, `actual` to the tag of the row's value now (null when blank). The
 *  daily rebuild reports these so a possible duplicate a stale index would have missed is recorded. */
export function changedRows(indexed: ReadonlyMap<number, string>, actual: ReadonlyMap<number, string | null>): number[] {
  const rows = new Set<number>([...indexed.keys(), ...actual.keys()]);
  return [...rows].filter((r) => (indexed.get(r) ?? null) !== (actual.get(r) ?? null)).sort((a, b) => a - b);
}

/** Each row's tag as the buckets hold it (for changedRows). */
export function indexedTags(cells: ReadonlyArray<string | null | undefined>): Map<number, string> {
  const out = new Map<number, string>();
  for (const cell of cells) for (const e of parseBucket(cell)) out.set(e.rowNumber, e.tag);
  return out;
}
