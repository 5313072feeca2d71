// Setup's half of the register: creates or repairs every tab (headers, RTL, frozen header, formats,
// dropdowns, hidden and protected columns) without ever touching data rows' values.
import type { TabKey } from '../../ports';
import { REGISTER_TABS, type ColumnSpec, type TabSpec } from '../../ports/registerSchema';
import { t } from '../../i18n';
import { headerLabel } from './sheetTable';
import { layTextLook } from './textLook';
import { failure } from '../../domain/codedError';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type DropdownLists = Record<NonNullable<ColumnSpec['list']>, string[]>;

const PROTECTION_MARK = 'mustafid:system-columns';
/** Rows a new tab is laid out with (header included). Every laid-out cell counts against Google's 10 million
 *  per spreadsheet, used or not, and full tabs grow on append (SheetTable.makeRoomFor), which lays the
 *  formats and dropdowns on the rows it adds: a small start costs nothing later. */
export const LAID_OUT_ROWS = 100;
/** Room for 'yyyy-mm-dd hh:mm' in REGISTER_FONT at Sheets' 10 pt: the default 100 px would show ###### in print. */
const DATE_COLUMN_WIDTH = 130;

export function tabTitle(tab: TabKey): string {
  return t(`tab.${tab}`);
}

/** Finds a tab by its title; a coded error tells the admin to run setup when it is missing. */
export function getTab(ss: Spreadsheet, tab: TabKey): Sheet {
  const sheet = ss.getSheetByName(tabTitle(tab));
  if (!sheet) throw failure('MISSING_TAB', 'register.error.missingTab', { tab: tabTitle(tab) });
  return sheet;
}

function ensureHeaders(sheet: Sheet, spec: TabSpec): Map<string, number> {
  const lastCol = sheet.getLastColumn();
  const header = lastCol > 0 ? sheet.getRange(1, 1, 1, lastCol).getValues()[0].map((v) => String(v).trim()) : [];
  const missing = spec.columns.filter((c) => !header.includes(headerLabel(spec.key, c.key)));
  if (missing.length > 0) {
    const labels = missing.map((c) => headerLabel(spec.key, c.key));
    const needed = header.length + labels.length;
    if (sheet.getMaxColumns() < needed) sheet.insertColumnsAfter(sheet.getMaxColumns(), needed - sheet.getMaxColumns());
    sheet.getRange(1, header.length + 1, 1, labels.length).setValues([labels]);
    header.push(...labels);
  }
  return new Map(spec.columns.map((c) => [c.key, header.indexOf(headerLabel(spec.key, c.key)) + 1]));
}

/** Only what the tab uses stays laid out: blank columns past the last one holding anything (a header
 *  or data, ours or not) and blank rows past the last used row (or the first LAID_OUT_ROWS, or the tab's own `rows`) are deleted.
 *  Returns the rows left. */
function trimToUse(sheet: Sheet, laidOut: number): number {
  const lastColumn = sheet.getLastColumn();
  const maxColumns = sheet.getMaxColumns();
  if (lastColumn > 0 && maxColumns > lastColumn) sheet.deleteColumns(lastColumn + 1, maxColumns - lastColumn);
  const keep = Math.max(laidOut, sheet.getLastRow());
  const maxRows = sheet.getMaxRows();
  if (maxRows > keep) sheet.deleteRows(keep + 1, maxRows - keep);
  else if (maxRows < keep) sheet.insertRowsAfter(maxRows, keep - maxRows);
  return keep;
}

function ensureColumnLooks(sheet: Sheet, spec: TabSpec, columns: Map<string, number>, lists: DropdownLists): void {
  const rows = trimToUse(sheet, spec.rows ?? LAID_OUT_ROWS) - 1;
  for (const col of spec.columns) {
    const at = columns.get(col.key)!;
    const body = sheet.getRange(2, at, rows, 1);
    if (col.text) body.setNumberFormat('@');
    else if (col.date) body.setNumberFormat('yyyy-mm-dd hh:mm');
    if (col.list) {
      body.setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(lists[col.list], true).setAllowInvalid(false).build());
    }
    const width = col.width ?? (col.date ? DATE_COLUMN_WIDTH : null);
    if (width) sheet.setColumnWidth(at, width);
    if (col.hidden) sheet.hideColumns(at);
  }
  layTextLook(sheet.getRange(1, 1, rows + 1, sheet.getLastColumn()), spec.columns.filter((c) => c.hidden).map((c) => columns.get(c.key)!));
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn());
  header.setFontWeight('bold').setBackground('#e6f2ee');
  sheet.setFrozenRows(1);
  // The first column (the case's or the row's reference) stays in view while staff scroll across, and is the
  // column Google's print repeats on every page of a wide tab ("Repeat frozen columns").
  sheet.setFrozenColumns(1);
  sheet.setRightToLeft(true);
  // A tab only the product reads (the lookup index) is out of staff's way; its columns are protected as system ones.
  if (spec.hiddenTab && !sheet.isSheetHidden()) sheet.hideSheet();
}

/** System columns warn whoever edits them by hand. A warning rather than a lock: staff menu actions
 *  run as the staff member and must still write these columns through the product. */
function ensureProtection(sheet: Sheet, spec: TabSpec, columns: Map<string, number>): void {
  const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).filter((p) => p.getDescription().startsWith(PROTECTION_MARK));
  const wanted = spec.columns.filter((c) => c.system);
  if (existing.length === wanted.length) return;
  existing.forEach((p) => p.remove());
  for (const col of wanted) {
    const at = columns.get(col.key)!;
    sheet.getRange(1, at, sheet.getMaxRows(), 1).protect().setDescription(`${PROTECTION_MARK}:${col.key}`).setWarningOnly(true);
  }
}

/** Creates or repairs every tab; returns the tabs it created (for setup's report). */
export function ensureRegisterLayout(ss: Spreadsheet, lists: DropdownLists, tabs: readonly TabSpec[] = REGISTER_TABS): TabKey[] {
  // Sheets shows a date in the spreadsheet's time zone, which a new spreadsheet takes from its creator's
  // account: the register shows dates on the script's clock (Asia/Riyadh, appsscript.json) whoever made it.
  const zone = Session.getScriptTimeZone();
  if (ss.getSpreadsheetTimeZone() !== zone) ss.setSpreadsheetTimeZone(zone);
  const created: TabKey[] = [];
  for (const spec of tabs) {
    let sheet = ss.getSheetByName(tabTitle(spec.key));
    if (!sheet) {
      sheet = ss.insertSheet(tabTitle(spec.key));
      created.push(spec.key);
    }
    const columns = ensureHeaders(sheet, spec);
    ensureColumnLooks(sheet, spec, columns, lists);
    ensureProtection(sheet, spec, columns);
  }
  removeBlankDefaultSheet(ss);
  return created;
}

/** Linking a form puts its response sheet first; staff open the register on the cases tab instead. */
export function putRegisterTabsFirst(ss: Spreadsheet, all: readonly TabSpec[]): void {
  // A hidden tab stays where it is: activating it would show it.
  const tabs = all.filter((spec) => !spec.hiddenTab);
  const order = ss.getSheets().map((s) => s.getName());
  tabs.forEach((spec, i) => {
    if (order[i] === tabTitle(spec.key)) return;
    const sheet = ss.getSheetByName(tabTitle(spec.key));
    if (!sheet) return;
    ss.setActiveSheet(sheet);
    ss.moveActiveSheet(i + 1);
    order.splice(order.indexOf(tabTitle(spec.key)), 1);
    order.splice(i, 0, tabTitle(spec.key));
  });
  const first = ss.getSheetByName(tabTitle(tabs[0].key));
  if (first) ss.setActiveSheet(first);
}

/** A new spreadsheet's empty first sheet ("Sheet1"/"ورقة1") goes once the register's tabs exist. */
function removeBlankDefaultSheet(ss: Spreadsheet): void {
  const ours = new Set(REGISTER_TABS.map((s) => tabTitle(s.key)));
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    if (!ours.has(name) && /^(Sheet|ورقة)\s?1$/.test(name) && sheet.getLastRow() === 0 && ss.getSheets().length > 1) ss.deleteSheet(sheet);
  }
}
