// The bound spreadsheet as the Register port: one SheetTable per tab, created on first use.
import type { Register, RegisterRows, RowLinks, SystemTabs, TableOf, TabKey } from '../../ports';
import { tabSpec } from '../../ports';
import { SheetTable } from './sheetTable';
import { ensureRegisterLayout, getTab, type DropdownLists } from './registerLayout';

export class SheetsRegister implements Register, RegisterRows, RowLinks, SystemTabs {
  private readonly tables = new Map<TabKey, SheetTable>();
  private url: string | null = null;

  constructor(private readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet) {}

  table<T extends TabKey>(tab: T): TableOf<T> {
    return this.sheetTable(tab).typed<T>();
  }

  private sheetTable(tab: TabKey): SheetTable {
    let table = this.tables.get(tab);
    if (!table) {
      table = new SheetTable(getTab(this.ss, tab), tab);
      this.tables.set(tab, table);
    }
    return table;
  }

  /** A system tab laid out again as setup lays it (it has no dropdowns); its table is made afresh on next use. */
  relayOut(tab: TabKey): void {
    const spec = tabSpec(tab);
    if (spec.columns.some((c) => c.list)) throw new Error(`relayOut: ${tab} has dropdowns; run setup`, { cause: { code: 'NOT_A_SYSTEM_TAB' } });
    ensureRegisterLayout(this.ss, {} as DropdownLists, [spec]);
    this.tables.delete(tab);
  }

  /** Through the tab's own table, so what it knows of the tab (last row, rows read) is dropped with the rows. */
  deleteRows(tab: TabKey, rowNumbers: number[]): number {
    return this.sheetTable(tab).deleteRows(rowNumbers);
  }

  /** `…/edit#gid=<sheetId>&range=A<row>`: the address and the tab's id asked once per execution. */
  rowLink(tab: TabKey, rowNumber: number): string {
    this.url ??= this.ss.getUrl().replace(/#.*$/, '');
    return `${this.url}#gid=${this.sheetTable(tab).sheetId()}&range=A${rowNumber}`;
  }
}
