// Each spreadsheet as a real .xlsx (Excel, LibreOffice): typed values, formulas, notes, validation, views.
import ExcelJS from 'exceljs';
import { offsetMinutes } from '../core/zone';
import { DEFAULT_COLUMN_WIDTH, isDateValue, type CellModel, type CellValue, type DataValidationModel, type SheetModel, type SpreadsheetModel } from '../services/spreadsheet/model';

/** Excel column widths are in characters of the default font; Sheets' are pixels (about 7 per character). */
const PIXELS_PER_CHARACTER = 7;
const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd hh:mm';
/** Sheets overflows a long date into view; Excel and LibreOffice show ### instead, so date columns get room. */
const DATE_COLUMN_CHARACTERS = 18;
/** Excel refuses sheet names over 31 characters or with any of these. */
const SHEET_NAME_FORBIDDEN = /[\\/?*[\]:]/g;

/** A date cell as the wall clock of the spreadsheet's time zone: Sheets stores a date as a serial number read in
 *  that zone (Sheets API "Date/time serial numbers"; Spreadsheet.getSpreadsheetTimeZone), and an .xlsx serial has no
 *  zone, so the instant is shifted by the zone's offset before ExcelJS turns it into a serial (it reads Dates as UTC). */
function plain(value: CellValue, timeZone: string): string | number | boolean | Date | null {
  return isDateValue(value) ? new Date(value.date + offsetMinutes(value.date, timeZone) * 60000) : value;
}

function cellValue(model: CellModel, timeZone: string): ExcelJS.CellValue {
  if (model.f) {
    const result = plain(model.v, timeZone);
    const error = typeof result === 'string' && /^#[A-Z/0!?]+[!?A]?$/.test(result) ? { error: result as ExcelJS.CellErrorValue['error'] } : undefined;
    return { formula: model.f.replace(/^=/, ''), result: error ?? result ?? undefined } as ExcelJS.CellFormulaValue;
  }
  return plain(model.v, timeZone);
}

/** The list's items as one quoted formula, which is how Excel stores an inline list. */
function validation(model: DataValidationModel, timeZone: string): ExcelJS.DataValidation | null {
  const plainValue = (v: CellValue) => plain(v, timeZone);
  const common = {
    allowBlank: true,
    showErrorMessage: !model.allowInvalid,
    errorStyle: model.allowInvalid ? 'warning' : 'stop',
    prompt: model.helpText ?? undefined,
    showInputMessage: model.helpText !== null,
  };
  const args = model.args as unknown[];
  switch (model.criteria) {
    case 'VALUE_IN_LIST': {
      const items = (Array.isArray(args[0]) ? (args[0] as CellValue[]) : (args as CellValue[])).map((v) => String(plainValue(v) ?? ''));
      return { ...common, type: 'list', formulae: [`"${items.join(',').replace(/"/g, '""')}"`] };
    }
    case 'CHECKBOX':
      return { ...common, type: 'list', formulae: ['"TRUE,FALSE"'] };
    case 'NUMBER_BETWEEN':
      return { ...common, type: 'decimal', operator: 'between', formulae: [plainValue(args[0] as CellValue), plainValue(args[1] as CellValue)] };
    case 'DATE_IS_VALID_DATE':
      return { ...common, type: 'date', operator: 'greaterThan', formulae: [new Date(Date.UTC(1900, 0, 1))] };
    default:
      return null;
  }
}

function uniqueSheetName(name: string, taken: Set<string>): string {
  const base = name.replace(SHEET_NAME_FORBIDDEN, '-').slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = `${base.slice(0, 31 - String(n).length - 1)}~${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** A4 landscape less Excel's default 0.7-inch side margins, in Sheets' pixels (96 per inch). */
const PRINTABLE_WIDTH_PX = (11.69 - 1.4) * 96;
/** Below this scale printed text is too small to read: a wider tab prints in bands at this scale instead. */
const SMALLEST_READABLE_SCALE = 60;

/** The print docs/what-people-see.md tells staff to choose in Google's print dialog (File → Print): landscape,
 *  "Repeat frozen rows" (the header) and, where the tab fits at a readable size, scale "Fit to width"; a wider
 *  tab (the cases tab has some 30 columns) at "Custom number" 60% with "Repeat frozen columns" (the reference
 *  number), in bands across. Apps Script has no page-setup API, so Google keeps none of this in the spreadsheet;
 *  the .xlsx carries it so that printing the file shows the register as staff print it. */
function printSetup(worksheet: ExcelJS.Worksheet, sheet: SheetModel): void {
  // Google prints the used range: the columns up to the last one holding a value.
  const used = Math.max(1, ...sheet.rows.map((line) => (line ?? []).reduce((last, cell, c) => (cell && cell.v !== null && cell.v !== '' ? c + 1 : last), 0)));
  let width = 0;
  for (let column = 1; column <= used; column += 1) {
    if (!sheet.hiddenColumns.includes(column)) width += sheet.columnWidths[column] ?? DEFAULT_COLUMN_WIDTH;
  }
  const fits = (PRINTABLE_WIDTH_PX / width) * 100 >= SMALLEST_READABLE_SCALE;
  worksheet.pageSetup = fits
    ? { ...worksheet.pageSetup, paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 }
    : { ...worksheet.pageSetup, paperSize: 9, orientation: 'landscape', fitToPage: false, scale: SMALLEST_READABLE_SCALE, pageOrder: 'overThenDown' };
  if (sheet.frozenRows > 0) worksheet.pageSetup.printTitlesRow = `1:${sheet.frozenRows}`;
  if (!fits && sheet.frozenColumns > 0) worksheet.pageSetup.printTitlesColumn = `A:${columnName(sheet.frozenColumns)}`;
}

/** 1 → A, 27 → AA. */
function columnName(n: number): string {
  let letters = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) letters = String.fromCharCode(65 + ((k - 1) % 26)) + letters;
  return letters;
}

function writeSheet(workbook: ExcelJS.Workbook, sheet: SheetModel, name: string, timeZone: string): void {
  const frozen = sheet.frozenRows > 0 || sheet.frozenColumns > 0;
  const worksheet = workbook.addWorksheet(name, {
    state: sheet.hidden ? 'hidden' : 'visible',
    properties: sheet.tabColor ? { tabColor: { argb: `FF${sheet.tabColor.replace(/^#/, '').toUpperCase()}` } } : {},
    views: [
      frozen
        ? { state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows, rightToLeft: sheet.rightToLeft }
        : { state: 'normal', rightToLeft: sheet.rightToLeft },
    ],
  });
  // Every column gets Sheets' width (100 px unless set): Excel's narrower default would show dates as ###.
  for (let column = 1; column <= sheet.maxColumns; column += 1) {
    worksheet.getColumn(column).width = (sheet.columnWidths[column] ?? DEFAULT_COLUMN_WIDTH) / PIXELS_PER_CHARACTER;
  }
  for (const column of sheet.hiddenColumns) worksheet.getColumn(column).hidden = true;
  sheet.rows.forEach((line, r) => {
    line?.forEach((model, c) => {
      if (!model) return;
      const cell = worksheet.getCell(r + 1, c + 1);
      cell.value = cellValue(model, timeZone);
      // Sheets' general pattern 0.############### would show '5.' in Excel: general is Excel's default anyway.
      if (model.fmt && model.fmt !== '0.###############') cell.numFmt = model.fmt;
      if (isDateValue(model.v)) {
        if (!model.fmt) cell.numFmt = DEFAULT_DATE_FORMAT;
        const column = worksheet.getColumn(c + 1);
        column.width = Math.max(column.width ?? 0, DATE_COLUMN_CHARACTERS);
      }
      if (model.note) cell.note = model.note;
      const rule = model.dv ? validation(model.dv, timeZone) : null;
      if (rule) cell.dataValidation = rule;
      if (model.background) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${model.background.replace(/^#/, '').toUpperCase()}` } };
      if (model.fontWeight === 'bold' || model.fontFamily) cell.font = { name: model.fontFamily, bold: model.fontWeight === 'bold' || undefined };
      const horizontal = model.horizontalAlignment && model.horizontalAlignment !== 'normal' ? model.horizontalAlignment : undefined;
      if (horizontal || model.wrap) cell.alignment = { horizontal, wrapText: model.wrap ?? undefined, readingOrder: sheet.rightToLeft ? 'rtl' : undefined };
    });
  });
  fitRowHeights(worksheet, sheet);
  printSetup(worksheet, sheet);
}

/** Sheets' 10 pt text: a character's mean advance and a line's height (Noto Naskh's tall line box). */
const CHARACTER_PX = 6;
const LINE_POINTS = 16;
const DEFAULT_ROW_POINTS = 15;

/** Sheets grows a row to show the whole of its wrapped text; Excel and LibreOffice keep a row without a stored
 *  height one line high and cut the text: each row gets the height its tallest wrapped cell needs. */
function fitRowHeights(worksheet: ExcelJS.Worksheet, sheet: SheetModel): void {
  sheet.rows.forEach((line, r) => {
    let lines = 1;
    line?.forEach((model, c) => {
      if (!model || model.wrap === false || typeof model.v !== 'string' || sheet.hiddenColumns.includes(c + 1)) return;
      const perLine = Math.max(1, Math.floor((sheet.columnWidths[c + 1] ?? DEFAULT_COLUMN_WIDTH) / CHARACTER_PX) - 1);
      const needed = model.v.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
      lines = Math.max(lines, needed);
    });
    if (lines > 1) worksheet.getRow(r + 1).height = Math.max(DEFAULT_ROW_POINTS, lines * LINE_POINTS);
  });
}

export async function toXlsx(spreadsheet: SpreadsheetModel, title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = spreadsheet.owner;
  workbook.title = title;
  const taken = new Set<string>();
  for (const sheet of spreadsheet.sheets) writeSheet(workbook, sheet, uniqueSheetName(sheet.name, taken), spreadsheet.timeZone);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
