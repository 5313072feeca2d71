// The add-on's cards: the homepage (my open cases with days left, a case by number), a case with the steps the
// person's role may take, the register choice, and the per-file access request in Sheets.
import { workHeader, workSections, type HomepageView } from '../homepage';
import { escapeHtml } from '../../domain/html';
import { isolateRuns } from '../../domain/text/bidi';
import type { CasePanel, Viewer } from '../../ui/contract';
import { t } from '../../i18n';

type Card = GoogleAppsScript.Card_Service.Card;
type Section = GoogleAppsScript.Card_Service.CardSection;

/** The functions the cards' buttons run (src/addon.ts assigns each; a test holds the bundle to this list). */
export const ACTIONS = {
  requestFileScope: 'requestSheetsFileScope',
  openSettings: 'openRegisterSettings',
  saveChoice: 'saveRegisterChoice',
  useOpenRegister: 'useOpenRegister',
  showCaseByNumber: 'showCaseByNumber',
  showCase: 'showCase',
} as const;

/** The form field names the actions read from commonEventObject.formInputs. */
export const FIELD = { caseNo: 'case_no', register: 'register_ref' } as const;

const action = (fn: string, parameters?: Record<string, string>) => {
  const a = CardService.newAction().setFunctionName(fn);
  return parameters ? a.setParameters(parameters) : a;
};
const paragraph = (text: string) => CardService.newTextParagraph().setText(escapeHtml(text));
const button = (text: string, fn: string, parameters?: Record<string, string>) => CardService.newTextButton().setText(text).setOnClickAction(action(fn, parameters));
const linkButton = (text: string, url: string) => CardService.newTextButton().setText(text).setOpenLink(CardService.newOpenLink().setUrl(url));

/** The card's menu item that opens the register choice, on every card but the choice itself. */
function settingsAction(): GoogleAppsScript.Card_Service.CardAction {
  return CardService.newCardAction().setText(t('addon.settings.open')).setOnClickAction(action(ACTIONS.openSettings));
}

function brandHeader(subtitle?: string) {
  const header = CardService.newCardHeader().setTitle(t('addon.name'));
  return subtitle ? header.setSubtitle(escapeHtml(subtitle)) : header.setSubtitle(t('card.home.subtitle'));
}

/** "A case by number": the field and its button, for the register the card shows. */
export function caseSearchSection(registerId: string): Section {
  return CardService.newCardSection()
    .setHeader(t('addon.case.find'))
    .addWidget(CardService.newTextInput().setFieldName(FIELD.caseNo).setTitle(t('addon.case.field')).setHint(t('addon.case.hint')))
    .addWidget(CardService.newButtonSet().addButton(button(t('addon.case.show'), ACTIONS.showCaseByNumber, { registerId })));
}

/** What a homepage shows: sections from before (a file-access request, a note) then the work of the register
 *  `registerId` (its cases' actions name it: in Sheets it may be the open register, not the chosen one). */
export function homeCard(view: HomepageView, before: Section[] = [], registerId = ''): Card {
  const builder = CardService.newCardBuilder().setName('home').addCardAction(settingsAction());
  for (const section of before) builder.addSection(section);
  if (view.kind === 'message') {
    builder.setHeader(brandHeader());
    builder.addSection(CardService.newCardSection().addWidget(paragraph(view.text)).addWidget(CardService.newButtonSet().addButton(button(t('addon.settings.open'), ACTIONS.openSettings))));
    return builder.build();
  }
  builder.setHeader(workHeader(CardService, view.viewer));
  builder.addSection(caseSearchSection(registerId));
  // Tapping a listed case shows its card (and its steps) here; the card links to its row in the register.
  for (const section of workSections(CardService, view, (caseNo) => action(ACTIONS.showCase, { caseNo, registerId }))) builder.addSection(section);
  return builder.build();
}

/** A note above the work, e.g. which register the open spreadsheet is. */
export function noteSection(text: string, choose?: { registerId: string }): Section {
  const section = CardService.newCardSection().addWidget(paragraph(text));
  if (choose) section.addWidget(CardService.newButtonSet().addButton(button(t('addon.settings.useThis'), ACTIONS.useOpenRegister, { registerId: choose.registerId })));
  return section;
}

/** Sheets without the drive.file grant for the open file: why, and the button that asks Google for it. */
export function fileAccessSection(): Section {
  return CardService.newCardSection()
    .addWidget(paragraph(t('addon.sheets.needAccess')))
    .addWidget(CardService.newButtonSet().addButton(button(t('addon.sheets.grant'), ACTIONS.requestFileScope).setTextButtonStyle(CardService.TextButtonStyle.FILLED)));
}

/** The register choice: the current one, the field for a link or id, and save. */
export function settingsCard(current: string | null, error?: string): Card {
  const section = CardService.newCardSection()
    .addWidget(paragraph(current ? t('addon.settings.current', { name: current }) : t('addon.settings.none')))
    .addWidget(CardService.newTextInput().setFieldName(FIELD.register).setTitle(t('addon.settings.field')).setHint(t('addon.settings.hint')))
    .addWidget(CardService.newButtonSet().addButton(button(t('addon.settings.save'), ACTIONS.saveChoice)));
  const builder = CardService.newCardBuilder().setName('settings').setHeader(brandHeader(t('addon.settings.title')));
  if (error) builder.addSection(CardService.newCardSection().addWidget(paragraph(error)));
  return builder.addSection(section).build();
}

// Values among Arabic labels (an officer's address, a Latin name) read in their own direction.
const labelled = (label: string, text: string) => CardService.newDecoratedText().setTopLabel(label).setText(escapeHtml(isolateRuns(text)) || '—').setWrapText(true);

/** One case as the person's role may see it, with the steps their role may take now and the link to take them. */
export function caseCard(viewer: Viewer, panel: CasePanel, caseUrl: string): Card {
  const facts = CardService.newCardSection()
    .addWidget(labelled(t('addon.case.status'), panel.statusLabel))
    .addWidget(labelled(t('addon.case.service'), panel.service))
    .addWidget(labelled(t('addon.case.officer'), panel.officer))
    .addWidget(labelled(t('addon.case.beneficiary'), panel.beneficiary.name));
  if (panel.deadline) facts.addWidget(labelled(t('addon.case.deadline'), `${panel.deadline.dueDual} — ${panel.deadline.label}`));
  const steps = CardService.newCardSection().setHeader(t('addon.case.steps'));
  if (panel.steps.length === 0) steps.addWidget(paragraph(t('addon.case.noSteps')));
  for (const step of panel.steps) steps.addWidget(CardService.newDecoratedText().setText(escapeHtml(step.label)).setWrapText(true));
  steps.addWidget(paragraph(t('addon.case.stepsWhere')));
  steps.addWidget(CardService.newButtonSet().addButton(linkButton(t('addon.case.openInRegister'), caseUrl)));
  return CardService.newCardBuilder()
    .setName(`case:${panel.caseNo}`)
    .setHeader(CardService.newCardHeader().setTitle(escapeHtml(panel.caseNoLabel ?? panel.caseNo)).setSubtitle(escapeHtml(`${viewer.name || viewer.email} — ${viewer.roleLabel}`)))
    .addSection(facts)
    .addSection(steps)
    .addCardAction(settingsAction())
    .build();
}
