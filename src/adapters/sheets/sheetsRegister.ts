// The bound spreadsheet as the Register port: one SheetTable per tab, created on first use.
import type { Register, Table, TabKey } from '../../ports';
import { SheetTable } from './sheetTable';
import { getTab } from './registerLayout';

export class SheetsRegister implements Register {
  private readonly tables = new Map<TabKey, Table>();

  constructor(private readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet) {}

  table(tab: TabKey): Table {
    let table = this.tables.get(tab);
    if (!table) {
      table = new SheetTable(getTab(this.ss, tab), tab);
      this.tables.set(tab, table);
    }
    return table;
  }
}
