// What the health note asks of the spreadsheet: the laid-out cells, and its owner (the note's recipient of last resort).
import { withRetry } from '../script/retry';

/** Every laid-out cell counts against Google's 10 million per spreadsheet: rows × columns of each tab
 *  (two cheap calls a tab, no values read). */
export function laidOutCells(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): number {
  return withRetry(() => ss.getSheets()).reduce((sum, sheet) => sum + withRetry(() => sheet.getMaxRows() * sheet.getMaxColumns()), 0);
}

/** The spreadsheet's owner (Spreadsheet.getOwner: null for a file in a shared drive), whoever runs the script. */
export function spreadsheetOwnerEmail(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string | null {
  const owner = withRetry(() => ss.getOwner());
  return owner ? owner.getEmail() : null;
}
