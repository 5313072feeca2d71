// Groups scattered row updates into a few contiguous writes: one more round trip costs more than rewriting a gap.
import type { Row } from '../../ports';

/** A change of some columns of one row; `C` the tab's columns (any tab's when left out). */
export type RowChange<C extends string = string> = { rowNumber: number; row: Partial<Row<C>> };

/**
 * At most `maxWrites` blocks of consecutive rows covering every change. The smallest gaps are bridged with
 * rows carrying no change (a Table writes them back as it read them), the largest stay unwritten.
 */
export function coalesceChanges<C extends string>(changes: readonly RowChange<C>[], maxWrites: number): RowChange<C>[][] {
  if (changes.length === 0) return [];
  const sorted = [...changes].sort((a, b) => a.rowNumber - b.rowNumber);
  const gaps = sorted
    .slice(1)
    .map((c, i) => ({ after: i, size: c.rowNumber - sorted[i].rowNumber - 1 }))
    .filter((g) => g.size > 0)
    .sort((a, b) => b.size - a.size);
  const cuts = new Set(gaps.slice(0, Math.max(0, maxWrites - 1)).map((g) => g.after));
  const blocks: RowChange<C>[][] = [];
  let block: RowChange<C>[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const change = sorted[i];
    const last = block[block.length - 1];
    if (last) for (let n = last.rowNumber + 1; n < change.rowNumber; n++) block.push({ rowNumber: n, row: {} });
    block.push(change);
    if (cuts.has(i)) {
      blocks.push(block);
      block = [];
    }
  }
  blocks.push(block);
  return blocks;
}
