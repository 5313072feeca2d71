// The archive spreadsheets, one per Hijri year (SpreadsheetApp.create under the spreadsheets scope): their
// tabs carry the register's headers; their ids are kept in a script property.
import type { ArchiveBooks, ArchivedTab, KeyValueStore, TableOf } from '../../ports';
import { tabSpec } from '../../ports/registerSchema';
import { withDigits, type Digits } from '../../domain/time';
import { t } from '../../i18n';
import { SheetTable, headerLabel } from './sheetTable';
import { LAID_OUT_ROWS, tabTitle } from './registerLayout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Script property: {"1447": "<spreadsheet id>", …}. */
export const ARCHIVES_KEY = 'MUSTAFID_ARCHIVES';

/** Lays one archive tab: the register's headers, right to left, frozen header, only its columns and a few rows. */
function layTab(sheet: Sheet, tab: ArchivedTab): void {
  const labels = tabSpec(tab).columns.map((c) => headerLabel(tab, c.key));
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns > labels.length) sheet.deleteColumns(labels.length + 1, maxColumns - labels.length);
  else if (maxColumns < labels.length) sheet.insertColumnsAfter(maxColumns, labels.length - maxColumns);
  sheet.getRange(1, 1, 1, labels.length).setValues([labels]).setFontWeight('bold');
  const maxRows = sheet.getMaxRows();
  if (maxRows > LAID_OUT_ROWS) sheet.deleteRows(LAID_OUT_ROWS + 1, maxRows - LAID_OUT_ROWS);
  sheet.setFrozenRows(1);
  sheet.setRightToLeft(true);
  // The archive is for reading: a person who edits it is warned.
  sheet.protect().setDescription('mustafid:archive').setWarningOnly(true);
}

export class SheetsArchiveBooks implements ArchiveBooks {
  private readonly books = new Map<number, Spreadsheet>();
  private readonly tables = new Map<string, SheetTable>();

  constructor(private readonly store: KeyValueStore, private readonly digits: Digits) {}

  private ids(): Record<string, string> {
    try {
      return JSON.parse(this.store.get(ARCHIVES_KEY) ?? '{}') as Record<string, string>;
    } catch {
      return {};
    }
  }

  private book(year: number, create: boolean): Spreadsheet | null {
    const open = this.books.get(year);
    if (open) return open;
    const id = this.ids()[String(year)];
    let book: Spreadsheet | null = null;
    if (id) book = SpreadsheetApp.openById(id);
    else if (create) {
      book = SpreadsheetApp.create(t('archive.bookName', { year: withDigits(String(year), this.digits) }));
      this.store.set(ARCHIVES_KEY, JSON.stringify({ ...this.ids(), [String(year)]: book.getId() }));
    }
    if (book) this.books.set(year, book);
    return book;
  }

  private sheet(book: Spreadsheet, tab: ArchivedTab, create: boolean): Sheet | null {
    const found = book.getSheetByName(tabTitle(tab));
    if (found || !create) return found;
    // A new archive's one blank sheet becomes its first tab; later tabs are inserted.
    const first = book.getSheets()[0];
    const blank = book.getSheets().length === 1 && first.getLastRow() === 0;
    const sheet = blank ? first.setName(tabTitle(tab)) : book.insertSheet(tabTitle(tab));
    layTab(sheet, tab);
    return sheet;
  }

  private get<T extends ArchivedTab>(year: number, tab: T, create: boolean): TableOf<T> | null {
    const key = `${year}:${tab}`;
    const cached = this.tables.get(key);
    if (cached) return cached.typed<T>();
    const book = this.book(year, create);
    const sheet = book ? this.sheet(book, tab, create) : null;
    if (!sheet) return null;
    const table = new SheetTable(sheet, tab, { bulk: true });
    this.tables.set(key, table);
    return table.typed<T>();
  }

  table<T extends ArchivedTab>(year: number, tab: T): TableOf<T> {
    return this.get(year, tab, true)!;
  }

  existing<T extends ArchivedTab>(year: number, tab: T): TableOf<T> | null {
    return this.get(year, tab, false);
  }

  url(year: number): string | null {
    return this.book(year, false)?.getUrl() ?? null;
  }
}
