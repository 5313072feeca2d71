// What counts as a Sheets round trip in the benchmarks: a call that must fetch from the server.
// Apps Script buffers writes and sends them with the next read or at the end of the execution, so
// writes add one round trip per burst (counted as the flushes between reads), not one per call.
import type { CallRecord } from '../sandbox/core/context';

const SHEETS_READS = new Set([
  'Range.getValues', 'Range.getValue', 'Range.getDisplayValues', 'Range.getDisplayValue', 'Range.getFormulas',
  'Range.getNumberFormats', 'Range.getNotes', 'Range.getNote', 'Sheet.getLastRow', 'Sheet.getLastColumn',
  'Sheet.getMaxRows', 'Sheet.getMaxColumns', 'Sheet.getDataRange', 'TextFinder.findNext', 'TextFinder.findAll',
  'Sheet.getSheetValues', 'SpreadsheetApp.flush',
]);
const SHEETS_WRITES = /^(Range\.set|Range\.clear|Sheet\.appendRow|Sheet\.insert|Sheet\.delete)/;

export interface CallCounts {
  calls: number;
  sheetsRoundTrips: number;
  sheetsReads: number;
  sheetsWrites: number;
  projectedMs: number;
}

/** Reads are round trips; a run of writes is one more round trip when the next read or the end flushes it. */
export function countCalls(calls: readonly CallRecord[]): CallCounts {
  let reads = 0;
  let writes = 0;
  let roundTrips = 0;
  let pendingWrites = false;
  for (const c of calls) {
    if (SHEETS_READS.has(c.method)) {
      reads++;
      roundTrips++;
      pendingWrites = false; // the buffered writes travel with this read
    } else if (SHEETS_WRITES.test(c.method)) {
      writes++;
      pendingWrites = true;
    }
  }
  if (pendingWrites) roundTrips++;
  return { calls: calls.length, sheetsRoundTrips: roundTrips, sheetsReads: reads, sheetsWrites: writes, projectedMs: calls.reduce((s, c) => s + c.ms, 0) };
}
