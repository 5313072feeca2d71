// The contract every fake service is built on: the shared world state, the virtual clock, the
// cost model's meter, fault injection, and who is running the current execution.
//
// A fake service is a factory `(ctx: ServiceContext) => ServiceGlobal`, called once per execution
// (Apps Script builds fresh globals per execution), reading and writing the persistent `World`.

/** Everything that outlives an execution: what state.json saves and a later run restores. */
export interface World {
  /** Virtual time now, in ms since the epoch (UTC). Only the clock moves it. */
  nowMs: number;
  /** Account kind decides quotas (email recipients per day 100 / 1,500). */
  account: 'consumer' | 'workspace';
  /** The script owner's email: the user installable triggers run as. */
  owner: string;
  /** The spreadsheet the script is bound to (SpreadsheetApp.getActiveSpreadsheet()). */
  boundSpreadsheetId: string | null;
  /** Per-service persistent state, keyed by service name ('spreadsheets', 'forms', 'docs', 'drive',
   *  'mail', 'triggers', 'properties', 'cache', 'urlfetch', ...). Each service owns its own slot. */
  services: Record<string, unknown>;
}

/** How much a call moves, for the calls priced by size (costs.ts): cells read or written, items listed. */
export interface CallSize {
  /** Spreadsheet cells the call reads back (getValues, getFormulas, ...) or scans (TextFinder). */
  cellsRead?: number;
  /** Spreadsheet cells the call writes or clears (setValues, appendRow, clear, ...). */
  cellsWritten?: number;
  /** Form responses the call returns (Form.getResponses). */
  responses?: number;
}

/** The cells a call acts on (a Range's sheet and box), so a fault rule can aim at one write (faults.ts). */
export interface CallTarget {
  sheet: string;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** One charged service call, for the cost report. */
export interface CallRecord {
  method: string; // e.g. 'Range.getValues', 'MailApp.sendEmail'
  ms: number; // latency charged by the cost model, the size's price included
  cellsRead?: number;
  cellsWritten?: number;
  responses?: number;
}

export interface ServiceContext {
  readonly world: World;
  /** Id of the current execution (unique per run of a function). */
  readonly executionId: string;
  /** The email of the user whose resources this execution uses (files it makes, user properties, triggers):
   *  whom it runs as. What the script may learn of who acts is the execution's `identity` (identity.ts). */
  readonly user: string;
  /** Counts a call and advances this execution's virtual elapsed time by the cost model's latency
   *  for `method`, plus the price of `size` (cells read and written, responses listed); throws the real transient error when fault injection says so; throws
   *  `Exceeded maximum execution time` once the execution passes 6 minutes. */
  call(method: string, size?: CallSize, target?: CallTarget): void;
  /** Virtual time now for this execution (world start time + elapsed charged so far). */
  now(): Date;
  /** Calls made in this execution so far. */
  readonly calls: CallRecord[];
}
