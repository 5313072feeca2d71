// The register's Arabic menu (installed on open) and the small dialogs it opens directly.
import { t, type LabelKey } from '../i18n';
import { VERSION } from '../version';

/** Every menu item: its label key and the top-level function it runs (checked by the build test). */
export const MENU_ITEMS: ReadonlyArray<{ label: LabelKey; fn: string }> = [
  { label: 'menu.newCase', fn: 'openNewCaseDialog' },
  { label: 'menu.newComplaint', fn: 'openComplaintDialog' },
  { label: 'menu.casePanel', fn: 'openCasePanel' },
  // The decision form is in the case panel, on the selected row.
  { label: 'menu.decision', fn: 'openCasePanel' },
  { label: 'menu.myWork', fn: 'openMyWork' },
  { label: 'menu.rowActions', fn: 'openRowActions' },
  { label: 'menu.newProgram', fn: 'openProgramDialog' },
  { label: 'menu.fieldActivity', fn: 'openFieldActivityDialog' },
  { label: 'menu.minutes', fn: 'prepareMinutesFromMenu' },
  { label: 'menu.summaryNow', fn: 'sendSummaryFromMenu' },
  { label: 'menu.acknowledge', fn: 'acknowledgePolicyFromMenu' },
  // Personal data (issue 17): any staff member records a suspected breach; a manager records notifying the authority.
  { label: 'menu.breach', fn: 'openBreachDialog' },
  { label: 'menu.breachNotified', fn: 'breachNotifiedFromMenu' },
  // Channels (issue 16): a beneficiary asked to stop messages.
  { label: 'menu.optOut', fn: 'optOutFromMenu' },
  { label: 'menu.resumeMessages', fn: 'resumeMessagesFromMenu' },
  // Requests from data subjects (issue 17): recorded by any staff member, answered or extended by officers.
  { label: 'menu.dataRequest', fn: 'openDataRequestDialog' },
  { label: 'menu.dataRequestAnswer', fn: 'answerDataRequestFromMenu' },
  { label: 'menu.dataRequestExtend', fn: 'extendDataRequestFromMenu' },
  // The board's evidence pack of a quarter or a year (issue 17).
  { label: 'menu.evidence', fn: 'evidenceReportFromMenu' },
  { label: 'menu.settings', fn: 'openSettings' },
  { label: 'menu.archive', fn: 'archiveFromMenu' },
  { label: 'menu.setup', fn: 'setupFromMenu' },
  { label: 'menu.about', fn: 'showAbout' },
];

export function onOpen(): void {
  const ui = SpreadsheetApp.getUi();
  const menu = ui.createMenu(t('menu.title'));
  for (const item of MENU_ITEMS) menu.addItem(t(item.label), item.fn);
  menu.addToUi();
}

/** Menu item: the settings tab, where tool links, the manager's address and the sender name are edited. */
export function openSettings(): void {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(t('tab.settings'));
  if (sheet) sheet.activate();
  else SpreadsheetApp.getUi().alert(t('register.error.notSetUp'));
}

export function showAbout(): void {
  SpreadsheetApp.getUi().alert(t('about.body', { version: VERSION }));
}
