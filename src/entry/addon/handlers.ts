// The add-on's triggers and card actions (named by appsscript.addon.json and by the cards' actions). Each reads
// the register afresh as the user running it: a role the staff tab took away is gone at the next click.
import { describeError, errorCode } from '../errors';
import { roleLabel } from '../../app/access';
import { AuditTrail } from '../../app/audit';
import { casePanel } from '../../app/sidebar/casePanel';
import { myWork } from '../../app/sidebar/myWork';
import { tabTitle } from '../../adapters/sheets/registerLayout';
import { cleanText, toLatinDigits } from '../../domain/text';
import type { HomepageView } from '../homepage';
import type { Viewer } from '../../ui/contract';
import { t } from '../../i18n';
import { chooseRegister, chosenRegisterId, readRegister, registerIdOf, type AddonServices } from './register';
import { caseCard, fileAccessSection, FIELD, homeCard, noteSection, settingsCard } from './cards';

type Event = GoogleAppsScript.Addons.EventObject;
type Card = GoogleAppsScript.Card_Service.Card;
type Section = GoogleAppsScript.Card_Service.CardSection;

const viewerOf = (s: AddonServices): Viewer => ({ email: s.member.email, name: s.member.name, roleLabel: roleLabel(s.member.role) });

function casesSheetId(s: AddonServices): number {
  const sheet = s.spreadsheet.getSheetByName(tabTitle('cases'));
  return sheet ? sheet.getSheetId() : 0;
}

function workView(s: AddonServices): HomepageView {
  const work = myWork({ register: s.register, clock: s.clock, config: s.config }, s.member);
  return { kind: 'work', viewer: viewerOf(s), work, registerUrl: s.spreadsheet.getUrl(), casesSheetId: casesSheetId(s) };
}

/** A homepage's work and the register it is of. */
interface Home {
  view: HomepageView;
  registerId: string;
}

/** The chosen register's work, or what stands in its way (none chosen, gone, no longer on the staff tab). */
function chosenHome(): Home {
  const id = chosenRegisterId();
  if (!id) return { view: { kind: 'message', text: t('addon.home.choose') }, registerId: '' };
  try {
    return { view: workView(readRegister(id)), registerId: id };
  } catch (err) {
    return { view: { kind: 'message', text: errorCode(err) === 'CANNOT_OPEN' ? t('addon.error.registerGone') : describeError(err) }, registerId: '' };
  }
}

/** A text the person typed in a card field (commonEventObject.formInputs, V8 shape), or ''. */
function formInput(e: Event | undefined, field: string): string {
  const value = e?.commonEventObject?.formInputs?.[field]?.stringInputs?.value?.[0];
  return typeof value === 'string' ? value : '';
}

function parameter(e: Event | undefined, name: string): string {
  const value = e?.commonEventObject?.parameters?.[name];
  return typeof value === 'string' ? value : '';
}

const notify = (text: string) => CardService.newActionResponseBuilder().setNotification(CardService.newNotification().setText(text)).build();

/** Runs an action; a refusal reaches the person as an Arabic notification and the card stays as it was. */
function answer(work: () => GoogleAppsScript.Card_Service.ActionResponse): GoogleAppsScript.Card_Service.ActionResponse {
  try {
    return work();
  } catch (err) {
    console.error(`addon: ${errorCode(err)}: ${err instanceof Error ? err.message : String(err)}`);
    return notify(describeError(err));
  }
}

/** The homepage in Gmail (and any host without its own): the chosen register's work. */
export function onAddonHomepage(): Card {
  const home = chosenHome();
  return homeCard(home.view, [], home.registerId);
}

/** The open spreadsheet's part of the Sheets homepage, given the drive.file grant's event fields. */
function sheetsHome(e: Event | undefined): Home & { before: Section[] } {
  const sheets = e?.sheets;
  // Without the per-file grant Google sends only addonHasFileScopePermission: ask for it (Google's flow).
  if (!sheets?.addonHasFileScopePermission || !sheets.id) return { before: [fileAccessSection()], ...chosenHome() };
  const chosen = chosenRegisterId();
  try {
    const open = readRegister(sheets.id);
    const name = open.config.profile.name.ar;
    return { before: [noteSection(t('addon.sheets.thisRegister', { name }), chosen === sheets.id ? undefined : { registerId: sheets.id })], view: workView(open), registerId: sheets.id };
  } catch (err) {
    // Another spreadsheet, or a register this person does not work in: say so, and show the chosen register.
    const note = errorCode(err) === 'NOT_STAFF' ? describeError(err) : t('addon.sheets.notRegister', { title: sheets.title ?? '' });
    return { before: [noteSection(note)], ...chosenHome() };
  }
}

/** The homepage in Sheets: the per-file access request until it is granted, then the open register. */
export function onSheetsHomepage(e: Event): Card {
  const home = sheetsHome(e);
  return homeCard(home.view, home.before, home.registerId);
}

/** sheets.onFileScopeGrantedTrigger: Google fires it once the person granted drive.file for the open file. */
export function onSheetsFileScopeGranted(e: Event): Card {
  return onSheetsHomepage(e);
}

/** The grant button: asks Google to show its per-file access dialog for the open spreadsheet. */
export function requestSheetsFileScope(): GoogleAppsScript.Card_Service.EditorFileScopeActionResponse {
  return CardService.newEditorFileScopeActionResponseBuilder().requestFileScopeForActiveDocument().build();
}

/** The card menu's "choose the register". */
export function openRegisterSettings(): GoogleAppsScript.Card_Service.ActionResponse {
  return answer(() => {
    const id = chosenRegisterId();
    let card: Card;
    try {
      card = settingsCard(id ? readRegister(id).config.profile.name.ar : null);
    } catch (err) {
      // The register chosen before no longer opens for this person: say why, and let them choose again.
      card = settingsCard(null, describeError(err));
    }
    return CardService.newActionResponseBuilder().setNavigation(CardService.newNavigation().pushCard(card)).build();
  });
}

/** Keeps a register as the person's choice, then shows its work on the homepage. */
function saved(registerId: string): GoogleAppsScript.Card_Service.ActionResponse {
  const s = chooseRegister(registerId);
  return CardService.newActionResponseBuilder()
    .setNavigation(CardService.newNavigation().popToRoot().updateCard(homeCard(workView(s), [], registerId)))
    .setNotification(CardService.newNotification().setText(t('addon.settings.saved', { name: s.config.profile.name.ar })))
    .build();
}

/** The choice card's save: the link or id typed, checked before it is kept. */
export function saveRegisterChoice(e: Event): GoogleAppsScript.Card_Service.ActionResponse {
  return answer(() => saved(registerIdOf(formInput(e, FIELD.register))));
}

/** "Work in this register", offered in Sheets on a register the person works in. */
export function useOpenRegister(e: Event): GoogleAppsScript.Card_Service.ActionResponse {
  return answer(() => saved(registerIdOf(parameter(e, 'registerId'))));
}

/** The case card pushed, the look written to the audit tab as the case panel writes it; Arabic when not found. */
function caseResponse(e: Event, typed: string): GoogleAppsScript.Card_Service.ActionResponse {
  // A number copied from a mail may carry Arabic-Indic digits and direction marks: the same number.
  const caseNo = toLatinDigits(cleanText(typed)).trim();
  if (!caseNo) return notify(t('addon.case.blank'));
  // The register the card showed (in Sheets, perhaps the open one); readRegister checks access and staff again.
  const id = parameter(e, 'registerId') || chosenRegisterId();
  if (!id) return notify(t('addon.home.choose'));
  const s = readRegister(id);
  const found = s.register.table('cases').findBy('case_no', caseNo);
  if (!found) return notify(t('addon.case.notFound', { caseNo }));
  const audit = new AuditTrail(s.register, s.clock);
  const panel = casePanel({ register: s.register, clock: s.clock, config: s.config }, audit, s.member, caseNo);
  audit.flush();
  const url = `${s.spreadsheet.getUrl()}#gid=${casesSheetId(s)}&range=A${found.rowNumber}`;
  return CardService.newActionResponseBuilder().setNavigation(CardService.newNavigation().pushCard(caseCard(viewerOf(s), panel, url))).build();
}

/** "A case by number": the number typed in the homepage's field. */
export function showCaseByNumber(e: Event): GoogleAppsScript.Card_Service.ActionResponse {
  return answer(() => caseResponse(e, formInput(e, FIELD.caseNo)));
}

/** A case tapped in the homepage's lists. */
export function showCase(e: Event): GoogleAppsScript.Card_Service.ActionResponse {
  return answer(() => caseResponse(e, parameter(e, 'caseNo')));
}
