// The register's Arabic menu (installed on open) and the small dialogs it opens directly.
import { t, type MessageKey } from '../i18n';
import { VERSION } from '../version';

/** Every menu item: its label key and the top-level function it runs (checked by the build test). */
export const MENU_ITEMS: ReadonlyArray<{ label: MessageKey; fn: string }> = [
  { label: 'menu.newCase', fn: 'openNewCaseDialog' },
  { label: 'menu.casePanel', fn: 'openCasePanel' },
  { label: 'menu.myWork', fn: 'openMyWork' },
  { label: 'menu.minutes', fn: 'prepareMinutesFromMenu' },
  { label: 'menu.setup', fn: 'setupFromMenu' },
  { label: 'menu.about', fn: 'showAbout' },
];

export function onOpen(): void {
  const ui = SpreadsheetApp.getUi();
  const menu = ui.createMenu(t('menu.title'));
  for (const item of MENU_ITEMS) menu.addItem(t(item.label), item.fn);
  menu.addToUi();
}

export function showAbout(): void {
  SpreadsheetApp.getUi().alert(t('about.body', { version: VERSION }));
}
