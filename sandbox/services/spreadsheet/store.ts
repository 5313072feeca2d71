// Operations on the spreadsheet model shared by SpreadsheetApp, FormApp ("Google" writing responses)
// and the scenario runner (a person typing): create, find, insert sheets, grow, write parsed values.
import type { World } from '../../core/context';
import { scriptError } from '../../core/execution';
import { newFileId, registerFile } from '../../core/files';
import { DEFAULT_TIME_ZONE } from '../../core/triggers';
import { parseA1 } from './a1';
import {
  MAX_CELLS_PER_SPREADSHEET, cellAt, cellForWrite, newSheetModel, spreadsheetSlot,
  type CellValue, type SheetModel, type SpreadsheetModel,
} from './model';
import { parseUserEntered } from './values';

export const SPREADSHEET_MIME = 'application/vnd.google-apps.spreadsheet';
export const CELL_LIMIT_MESSAGE = `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS_PER_SPREADSHEET} cells.`;

export function spreadsheetUrl(id: string): string {
  return `https://docs.google.com/spreadsheets/d/${id}/edit`;
}

export function createSpreadsheetModel(world: World, name: string, owner: string, rows?: number, columns?: number): SpreadsheetModel {
  const id = newFileId();
  const sheet = newSheetModel(0, 'Sheet1');
  if (rows) sheet.maxRows = rows;
  if (columns) sheet.maxColumns = columns;
  const model: SpreadsheetModel = { id, name, owner, locale: 'en_US', timeZone: DEFAULT_TIME_ZONE, sheets: [sheet], nextSheetId: 1 };
  checkCellLimit(model);
  spreadsheetSlot(world).spreadsheets[id] = model;
  registerFile(world, { id, name, mimeType: SPREADSHEET_MIME, owner });
  return model;
}

export function findSpreadsheet(world: World, id: string): SpreadsheetModel | undefined {
  return spreadsheetSlot(world).spreadsheets[id];
}

export function totalCells(model: SpreadsheetModel): number {
  return model.sheets.reduce((sum, s) => sum + s.maxRows * s.maxColumns, 0);
}

export function checkCellLimit(model: SpreadsheetModel): void {
  if (totalCells(model) > MAX_CELLS_PER_SPREADSHEET) throw scriptError(CELL_LIMIT_MESSAGE, 'CELL_LIMIT');
}

export function sheetByName(model: SpreadsheetModel, name: string): SheetModel | undefined {
  return model.sheets.find((s) => s.name === name);
}

export function insertSheetModel(model: SpreadsheetModel, name: string | null, index?: number): SheetModel {
  let chosen = name;
  if (chosen === null) {
    let n = model.sheets.length + 1;
    while (sheetByName(model, `Sheet${n}`)) n++;
    chosen = `Sheet${n}`;
  }
  if (sheetByName(model, chosen)) throw scriptError(`A sheet with the name "${chosen}" already exists. Please enter another name.`, 'SHEET_EXISTS');
  const sheet = newSheetModel(model.nextSheetId, chosen);
  // Real sheet ids are large random numbers; sequential ones are easier to read and still unique.
  model.nextSheetId += 1;
  model.sheets.splice(index ?? model.sheets.length, 0, sheet);
  try {
    checkCellLimit(model);
  } catch (e) {
    model.sheets.splice(model.sheets.indexOf(sheet), 1);
    throw e;
  }
  return sheet;
}

/** Grows the grid so (rows × cols) fits, as appendRow and writes past the edge do. */
export function ensureSize(model: SpreadsheetModel, sheet: SheetModel, rows: number, cols: number): void {
  const before = { r: sheet.maxRows, c: sheet.maxColumns };
  sheet.maxRows = Math.max(sheet.maxRows, rows);
  sheet.maxColumns = Math.max(sheet.maxColumns, cols);
  try {
    checkCellLimit(model);
  } catch (e) {
    sheet.maxRows = before.r;
    sheet.maxColumns = before.c;
    throw e;
  }
}

/** Reads a same-sheet reference for formula evaluation. */
export function refReader(sheet: SheetModel): (a1: string) => CellValue {
  return (a1) => {
    const b = parseA1(a1);
    return cellAt(sheet, b.row ?? 1, b.col ?? 1)?.v ?? null;
  };
}

/** Google Sheets holds at most 50,000 characters in a cell; a write with a longer text fails whole. */
export const MAX_CELL_CHARACTERS = 50_000;
export const CELL_TOO_LONG_MESSAGE = `Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`;

/** Refuses a batch of values (before any is written) when one text is longer than a cell holds. */
export function checkCellLengths(values: readonly unknown[]): void {
  if (values.some((v) => typeof v === 'string' && v.length > MAX_CELL_CHARACTERS)) throw scriptError(CELL_TOO_LONG_MESSAGE, 'CELL_TOO_LONG');
}

/** Writes one value as USER_ENTERED at 1-based (row, col). */
export function writeUserEntered(model: SpreadsheetModel, sheet: SheetModel, row: number, col: number, input: unknown): void {
  const existing = cellAt(sheet, row, col);
  const parsed = parseUserEntered(input, existing?.fmt, model.timeZone, refReader(sheet));
  if (!existing && parsed.v === null && parsed.f === null) return;
  const cell = cellForWrite(sheet, row, col);
  cell.v = parsed.v;
  cell.f = parsed.f;
  if (parsed.autoFormat && !cell.fmt) cell.fmt = parsed.autoFormat;
}

/** Writes a value exactly as given (a Date, a number, a string that stays a string): what Google
 *  itself does when it records a form response. */
export function writeRaw(sheet: SheetModel, row: number, col: number, value: CellValue, fmt?: string): void {
  const cell = cellForWrite(sheet, row, col);
  cell.v = value;
  cell.f = null;
  if (fmt) cell.fmt = fmt;
}
