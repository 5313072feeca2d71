// The register's text look: a font that carries Arabic and Arabic-Indic digits, long text wrapped in its column.
type Range = GoogleAppsScript.Spreadsheet.Range;

/** A Google font that carries Arabic and Arabic-Indic digits (Sheets' default, Arial, prints «١٤٤٨» as boxes
 *  where the reader's machine lacks Arabic in it): offered in Sheets' font menu under "More fonts" (Google Fonts). */
export const REGISTER_FONT = 'Noto Naskh Arabic';

/** The rows of `range` in the register's font, long text wrapped within its column's width (nothing runs under
 *  the next column, on screen or printed); the hidden columns (1-based, of the sheet) clipped, so their long
 *  system text never makes a row tall. Setup lays a whole tab this way; SheetTable the rows it grows. */
export function layTextLook(range: Range, hiddenColumns: number[]): void {
  range.setFontFamily(REGISTER_FONT).setWrap(true);
  const sheet = range.getSheet();
  for (const column of hiddenColumns) sheet.getRange(range.getRow(), column, range.getNumRows(), 1).setWrap(false);
}
