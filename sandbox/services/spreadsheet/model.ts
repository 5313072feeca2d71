// The persistent shape of Google Sheets in the world: plain JSON, read by state.json and the .xlsx writer.
import type { World } from '../../core/context';

/** A date cell is stored as its instant, since a Date would not survive JSON. */
export interface DateValue {
  date: number; // ms since the epoch (UTC)
}

/** What a cell holds once Sheets has parsed it; null is a blank cell (getValues gives ''). */
export type CellValue = string | number | boolean | DateValue | null;

/** Data validation as SpreadsheetApp.DataValidationCriteria names it, with its arguments. */
export interface DataValidationModel {
  criteria: string; // e.g. 'VALUE_IN_LIST', 'NUMBER_BETWEEN', 'DATE_IS_VALID_DATE', 'CHECKBOX'
  args: CellValue[] | CellValue[][];
  allowInvalid: boolean;
  helpText: string | null;
  showDropdown: boolean;
}

export interface CellModel {
  /** The computed value (for a formula: what Sheets shows, e.g. 2 for =1+1 or '#NAME?'). */
  v: CellValue;
  /** The formula as typed, with its leading '=' (null when the cell is not a formula). */
  f?: string | null;
  /** Number format pattern ('@' is plain text, '0.00', 'yyyy-mm-dd'...); absent means automatic. */
  fmt?: string;
  note?: string;
  dv?: DataValidationModel | null;
  background?: string;
  fontWeight?: 'bold' | 'normal';
  /** Range.setFontFamily's name ('Noto Naskh Arabic'); absent is the spreadsheet's default, Arial. */
  fontFamily?: string;
  horizontalAlignment?: 'left' | 'center' | 'right' | 'normal';
  wrap?: boolean;
}

export interface ProtectionModel {
  id: string;
  /** null protects the whole sheet; otherwise the A1 notation of a protected range. */
  rangeA1: string | null;
  description: string;
  warningOnly: boolean;
  editors: string[];
}

export interface SheetModel {
  sheetId: number;
  name: string;
  maxRows: number;
  maxColumns: number;
  /** rows[r - 1][c - 1]; missing entries and nulls are blank cells. */
  rows: Array<Array<CellModel | null> | null>;
  frozenRows: number;
  frozenColumns: number;
  rightToLeft: boolean;
  tabColor: string | null;
  hidden: boolean;
  /** Pixel widths by 1-based column; absent columns have the default width (100 px). */
  columnWidths: Record<number, number>;
  hiddenColumns: number[];
  protections: ProtectionModel[];
}

export interface SpreadsheetModel {
  id: string;
  name: string;
  owner: string;
  locale: string;
  timeZone: string;
  sheets: SheetModel[];
  nextSheetId: number;
}

export interface SpreadsheetSlot {
  spreadsheets: Record<string, SpreadsheetModel>;
}

export const DEFAULT_MAX_ROWS = 1000;
export const DEFAULT_MAX_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;
/** Google Sheets refuses to grow a spreadsheet past ten million cells. */
export const MAX_CELLS_PER_SPREADSHEET = 10_000_000;

export function spreadsheetSlot(world: World): SpreadsheetSlot {
  const existing = world.services.spreadsheets as SpreadsheetSlot | undefined;
  if (existing) return existing;
  const created: SpreadsheetSlot = { spreadsheets: {} };
  world.services.spreadsheets = created;
  return created;
}

export function isDateValue(v: CellValue | undefined): v is DateValue {
  return typeof v === 'object' && v !== null && typeof (v as DateValue).date === 'number';
}

export function newSheetModel(sheetId: number, name: string): SheetModel {
  return {
    sheetId,
    name,
    maxRows: DEFAULT_MAX_ROWS,
    maxColumns: DEFAULT_MAX_COLUMNS,
    rows: [],
    frozenRows: 0,
    frozenColumns: 0,
    rightToLeft: false,
    tabColor: null,
    hidden: false,
    columnWidths: {},
    hiddenColumns: [],
    protections: [],
  };
}

/** The cell at 1-based (row, col), or undefined when it was never written. */
export function cellAt(sheet: SheetModel, row: number, col: number): CellModel | undefined {
  return sheet.rows[row - 1]?.[col - 1] ?? undefined;
}

/** The cell at 1-based (row, col), created blank when missing, for writing. */
export function cellForWrite(sheet: SheetModel, row: number, col: number): CellModel {
  let line = sheet.rows[row - 1];
  if (!line) {
    while (sheet.rows.length < row - 1) sheet.rows.push(null);
    line = [];
    sheet.rows[row - 1] = line;
  }
  let cell = line[col - 1];
  if (!cell) {
    while (line.length < col - 1) line.push(null);
    cell = { v: null };
    line[col - 1] = cell;
  }
  return cell;
}

function hasContent(cell: CellModel | null | undefined): boolean {
  return !!cell && ((cell.v !== null && cell.v !== '') || !!cell.f);
}

/** The last row holding a value or formula (0 for an empty sheet), as Sheet.getLastRow counts. */
export function lastRowWithContent(sheet: SheetModel): number {
  for (let r = sheet.rows.length; r >= 1; r--) if (sheet.rows[r - 1]?.some(hasContent)) return r;
  return 0;
}

export function lastColumnWithContent(sheet: SheetModel): number {
  let last = 0;
  for (const line of sheet.rows) {
    if (!line) continue;
    for (let c = line.length; c > last; c--) if (hasContent(line[c - 1])) { last = c; break; }
  }
  return last;
}
