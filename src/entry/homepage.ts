// The Workspace add-on homepage card: the caller's "my work" (overdue, due today, open) with links to each
// case's row in the register, read with the caller's role from the staff tab.
import { services } from './context';
import { describeError, technicalDetail } from './errors';
import { loadConfig } from '../app/config';
import { roleLabel, staffMemberOf } from '../app/access';
import { myWork, type RowWork, type RowWorkItem } from '../app/sidebar/myWork';
import { tabTitle } from '../adapters/sheets/registerLayout';
import { escapeHtml } from '../domain/html';
import type { Viewer } from '../ui/contract';
import { t, type LabelKey } from '../i18n';

export type CardApi = Pick<
  GoogleAppsScript.Card_Service.CardService,
  'newCardBuilder' | 'newCardHeader' | 'newCardSection' | 'newDecoratedText' | 'newTextParagraph' | 'newTextButton' | 'newButtonSet' | 'newOpenLink'
>;

/** What the card shows: either the work of a staff member in a register, or why there is none. */
export type HomepageView =
  | { kind: 'work'; viewer: Viewer; work: RowWork; registerUrl: string; casesSheetId: number }
  | { kind: 'message'; text: string };

/** A card stays short: the most urgent cases of each group, then a count of the rest. */
export const CARD_ITEMS_PER_SECTION = 8;

/** What tapping a listed case does instead of opening its row: the add-on shows its case card. */
export type CaseClick = (caseNo: string) => GoogleAppsScript.Card_Service.Action;

function caseWidget(cards: CardApi, view: Extract<HomepageView, { kind: 'work' }>, item: RowWorkItem, onCase?: CaseClick) {
  const widget = cards
    .newDecoratedText()
    .setTopLabel(item.caseNoLabel ?? item.caseNo)
    // Beneficiary text is escaped: cards honour some tags, and a name must never format or link.
    .setText(escapeHtml(item.name) || '—')
    // Labels are plain text on cards: the urgency is already in the words («متأخر بيومي عمل»).
    .setBottomLabel(`${item.statusLabel} — ${item.deadlineLabel}`)
    .setWrapText(true);
  return onCase ? widget.setOnClickAction(onCase(item.caseNo)) : widget.setOpenLink(cards.newOpenLink().setUrl(`${view.registerUrl}#gid=${view.casesSheetId}&range=A${item.rowNumber}`));
}

/** The work sections of the card: overdue, due today, open (each capped), then the register's button. Shared
 *  with the add-on's homepage (src/entry/addon/cards.ts). */
export function workSections(cards: CardApi, view: Extract<HomepageView, { kind: 'work' }>, onCase?: CaseClick): GoogleAppsScript.Card_Service.CardSection[] {
  const groups: Array<[LabelKey, RowWorkItem[]]> = [
    ['sidebar.myWork.overdue', view.work.overdue],
    ['sidebar.myWork.dueToday', view.work.dueToday],
    ['sidebar.myWork.open', view.work.open],
  ];
  const sections: GoogleAppsScript.Card_Service.CardSection[] = [];
  for (const [title, items] of groups) {
    const section = cards.newCardSection().setHeader(t(title));
    if (items.length === 0) section.addWidget(cards.newTextParagraph().setText(t('sidebar.myWork.empty')));
    for (const item of items.slice(0, CARD_ITEMS_PER_SECTION)) section.addWidget(caseWidget(cards, view, item, onCase));
    if (items.length > CARD_ITEMS_PER_SECTION) section.addWidget(cards.newTextParagraph().setText(t('card.myWork.more', { count: items.length - CARD_ITEMS_PER_SECTION })));
    sections.push(section);
  }
  const open = cards.newTextButton().setText(t('card.myWork.openRegister')).setOpenLink(cards.newOpenLink().setUrl(view.registerUrl));
  sections.push(cards.newCardSection().addWidget(cards.newButtonSet().addButton(open)));
  return sections;
}

/** The header naming whose work it is. */
export function workHeader(cards: CardApi, viewer: Viewer): GoogleAppsScript.Card_Service.CardHeader {
  return cards.newCardHeader().setTitle(t('card.myWork.title')).setSubtitle(escapeHtml(t('card.myWork.subtitle', { name: viewer.name || viewer.email, role: viewer.roleLabel })));
}

export function buildHomepageCard(cards: CardApi, view: HomepageView): GoogleAppsScript.Card_Service.Card {
  const builder = cards.newCardBuilder();
  if (view.kind === 'message') {
    return builder
      .setHeader(cards.newCardHeader().setTitle(t('card.home.title')).setSubtitle(t('card.home.subtitle')))
      .addSection(cards.newCardSection().addWidget(cards.newTextParagraph().setText(escapeHtml(view.text))))
      .build();
  }
  builder.setHeader(workHeader(cards, view.viewer));
  for (const section of workSections(cards, view)) builder.addSection(section);
  return builder.build();
}

/** The caller's work in the open register, or the reason the card cannot show it (no register, not staff). */
function homepageView(): HomepageView {
  if (!SpreadsheetApp.getActiveSpreadsheet()) return { kind: 'message', text: t('card.myWork.noRegister') };
  try {
    const s = services();
    const config = loadConfig(s);
    const member = staffMemberOf(config.staff, s.identity.currentUserEmail());
    const cases = s.spreadsheet.getSheetByName(tabTitle('cases'));
    return {
      kind: 'work',
      viewer: { email: member.email, name: member.name, roleLabel: roleLabel(member.role) },
      work: myWork({ register: s.register, clock: s.clock, config }, member),
      registerUrl: s.spreadsheet.getUrl(),
      casesSheetId: cases ? cases.getSheetId() : 0,
    };
  } catch (err) {
    console.error(technicalDetail(err));
    return { kind: 'message', text: describeError(err) };
  }
}

export function onHomepage(): GoogleAppsScript.Card_Service.Card {
  return buildHomepageCard(CardService, homepageView());
}
