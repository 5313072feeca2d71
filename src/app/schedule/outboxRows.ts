// The outbox rows a scheduled run needs, found from the status column alone (never the mails' bodies of
// the whole history): the queued ones, and the recent ones the health note's rate counts.
import type { OutboxStatus, RowOf, TableOf } from '../../ports';
import { listIdOf } from '../register/lists';
import { cellBefore, rowNumbersWhere } from '../register/rowsWhere';

/** A status cell (the Arabic label staff see, or an id typed by hand) as its id; null for anything else. */
export function outboxStatusOf(cell: string): OutboxStatus | null {
  return listIdOf('outboxStatus', cell);
}

/** Rows added to the outbox at a time are read back from its end in chunks of this many. */
const TAIL_CHUNK = 100;

export interface OutboxRows {
  /** Every row's status, from one read of the status column. */
  statuses: Array<OutboxStatus | null>;
  /** The rows still queued (a person's re-queue by hand included: the status column is read each run). */
  queued: Array<{ rowNumber: number; row: RowOf<'outbox'> }>;
}

/** The status column, then the queued rows. Within one execution the column is read once (the table keeps
 *  it in step with the execution's own writes), so the health note and the sender share the read. */
export function readQueuedOutbox(table: TableOf<'outbox'>): OutboxRows {
  const statuses = table.columnValues('status').map(outboxStatusOf);
  const queued = table.readRows(rowNumbersWhere(table, 'status', (cell) => outboxStatusOf(cell) === 'queued'));
  return { statuses, queued };
}

/** The rows created at or after `sinceMs`, read from the end of the tab back (rows are appended in time
 *  order) until a chunk reaches an older row. A tab a person re-sorted may give fewer: only a forecast
 *  counts them. */
export function recentOutbox(table: TableOf<'outbox'>, rowCount: number, sinceMs: number): Array<{ rowNumber: number; row: RowOf<'outbox'> }> {
  const recent: Array<{ rowNumber: number; row: RowOf<'outbox'> }> = [];
  for (let end = rowCount + 1; end >= 2; end -= TAIL_CHUNK) {
    const numbers = Array.from({ length: Math.min(TAIL_CHUNK, end - 1) }, (_, i) => end - i);
    const rows = table.readRows(numbers);
    let older = false;
    for (const r of rows) {
      if (cellBefore(r.row.created_at instanceof Date ? r.row.created_at.toISOString() : String(r.row.created_at ?? ''), sinceMs)) older = true;
      else recent.push(r);
    }
    if (older) break;
  }
  return recent;
}
