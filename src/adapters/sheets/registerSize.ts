// What the health note asks of the spreadsheet and the session: the laid-out cells, and whom the script runs as.
import { withRetry } from '../script/retry';

/** Every laid-out cell counts against Google's 10 million per spreadsheet: rows × columns of each tab
 *  (two cheap calls a tab, no values read). */
export function laidOutCells(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): number {
  return withRetry(() => ss.getSheets()).reduce((sum, sheet) => sum + withRetry(() => sheet.getMaxRows() * sheet.getMaxColumns()), 0);
}

/** The owner in a time-driven trigger (the effective user), as the administrator of last resort. */
export function scriptOwnerEmail(): string {
  return Session.getEffectiveUser().getEmail().trim();
}
