// Table column widths that follow their content: a reference never breaks, reasons get the room they need.

/** A character's advance in Docs' 11 pt text, in points: Latin digits (a case number) are the widest. */
const CHARACTER_POINTS = 7;
/** Past this many characters a cell wraps anyway: longer text earns its column no more room. */
const LONGEST_USEFUL = 60;
/** A cell's side padding (Docs and Word: 5.4 pt a side) with room to spare, in points. */
const PADDING_POINTS = 16;

/** Widths in points summing to `total`: each column in proportion to its longest cell (up to LONGEST_USEFUL
 *  characters), and never narrower than its longest unbreakable word (a case number «1448-00001», a date), when
 *  the table can give that much. */
export function columnWidths(rows: readonly (readonly string[])[], total: number): number[] {
  const columns = Math.max(0, ...rows.map((r) => r.length));
  if (columns === 0) return [];
  const cells = (c: number) => rows.map((r) => String(r[c] ?? ''));
  const natural = Array.from({ length: columns }, (_, c) => Math.max(2, ...cells(c).map((text) => Math.min(LONGEST_USEFUL, text.length))));
  const least = Array.from({ length: columns }, (_, c) => PADDING_POINTS + CHARACTER_POINTS * Math.max(2, ...cells(c).flatMap((text) => text.split(/\s+/).map((w) => w.length))));
  const widths = new Array<number>(columns).fill(0);
  const pinned = new Set<number>();
  // Pin every column whose proportional share is below its least width, then share the rest again.
  for (let changed = true; changed; ) {
    changed = false;
    const free = [...widths.keys()].filter((c) => !pinned.has(c));
    const left = total - [...pinned].reduce((sum, c) => sum + widths[c], 0);
    const weight = free.reduce((sum, c) => sum + natural[c], 0);
    for (const c of free) widths[c] = (left * natural[c]) / weight;
    for (const c of free) {
      if (widths[c] < least[c] && free.length > 1) {
        widths[c] = least[c];
        pinned.add(c);
        changed = true;
      }
    }
  }
  return widths.map((w) => Math.round(w * 10) / 10);
}
