// A staff member using the Workspace add-on: the add-on's own project (build/addon/) runs in the register's world
// as that person, called with the event objects Google sends (commonEventObject, and `sheets` in Sheets), and
// the card actions' answers (navigation, notifications, the per-file access dialog) are followed as Google does.
//
// Google's reference (docs/sandbox.md, "The Workspace add-on"):
// - developers.google.com/workspace/add-ons/concepts/event-objects: commonEventObject carries hostApp and platform;
//   parameters and formInputs only for widget actions (formInputs[field].stringInputs.value, V8); userLocale and
//   timeZone only when the add-on asks for them (script.locale and addOns.common.useLocaleFromApp).
// - developers.google.com/workspace/add-ons/editors/gsao/building-editor-interfaces: "If the add-on doesn't have
//   drive.file scope authorization for the current user or document, the event object only contains the
//   sheets.addonHasFileScopePermission field"; with it, also id and title; sheets.onFileScopeGrantedTrigger fires
//   once the user grants it.
// - .../editors/gsao/editor-actions: the grant is asked with an EditorFileScopeActionResponse.
import * as path from 'path';
import * as fs from 'fs';
import type { ExecutionResult } from '../core/execution';
import { AUTH_PREFIX } from '../core/auth';
import type { World } from '../core/context';
import { actionResponseModelOf, cardModelOf, editorFileScopeModelOf, type ActionResponseModel, type CardModel } from '../services/card';
import type { ActionModel, ClickModel, WidgetModel } from '../services/card/model';
import { findSpreadsheet } from '../services/spreadsheet/store';
import { driveAppSlot } from '../services/drive';
import type { Host } from './host';

/** The add-on's project name, as its own sandbox is composed (sandbox/core/addonProject.ts). */
export const ADDON_PROJECT = 'addon';

export type AddonHost = 'GMAIL' | 'SHEETS';

/** What the add-on user needs of the add-on's own sandbox: its world and clock's zone, and running its functions. */
export type AddonProject = Pick<Host, 'world' | 'execute' | 'timeZone'>;

export interface AddonManifest {
  oauthScopes?: string[];
  addOns?: {
    common?: { homepageTrigger?: { runFunction?: string }; useLocaleFromApp?: boolean };
    gmail?: { homepageTrigger?: { runFunction?: string } };
    sheets?: { homepageTrigger?: { runFunction?: string }; onFileScopeGrantedTrigger?: { runFunction?: string } };
  };
}

/** Where the person is: the host app, and in Sheets the spreadsheet open beside the add-on. */
export interface AddonPlace {
  host: AddonHost;
  spreadsheetId?: string;
}

/** What one interaction left: the execution, and what the person now sees. */
export interface AddonStep {
  run: ExecutionResult;
  /** The card shown after it (a homepage, a pushed or updated card), if the answer showed one. */
  card: CardModel | null;
  response: ActionResponseModel | null;
  /** True when the answer asked Google to show the per-file access dialog. */
  askedFileScope: boolean;
}

interface GrantsSlot {
  /** user → ids of the files they granted the add-on drive.file on (the per-file dialog in Sheets). */
  files: Record<string, string[]>;
}

function grants(world: World): GrantsSlot {
  return ((world.services.addonFileGrants as GrantsSlot | undefined) ??= { files: {} }) as GrantsSlot;
}

/** The owner shares a file from Drive's Share dialog (the register with its staff, as editors or viewers). */
export function shareFile(world: World, fileId: string, emails: string[], role: 'editors' | 'viewers' = 'editors'): void {
  const sharing = (driveAppSlot(world).sharing[fileId] ??= { editors: [], viewers: [], access: 'PRIVATE', permission: 'EDIT' });
  for (const email of emails) if (!sharing[role].includes(email)) sharing[role].push(email);
}

/** The add-on's project beside a register: the same world (files, people, clock), its own bundle and manifest. */
/** The add-on's manifest as its build wrote it. */
export function readAddonManifest(buildDir: string): AddonManifest {
  return JSON.parse(fs.readFileSync(path.join(buildDir, 'appsscript.json'), 'utf8')) as AddonManifest;
}

/** A staff member using the add-on, over the add-on's own sandbox (composed in sandbox/core/addonProject.ts). */
export class AddonUser {
  constructor(readonly sandbox: AddonProject, readonly manifest: AddonManifest) {}

  private holds(scope: string): boolean {
    return (this.manifest.oauthScopes ?? []).includes(AUTH_PREFIX + scope);
  }

  /** The event object Google builds for this place (and, for a widget action, its parameters and inputs). */
  event(person: string, place: AddonPlace, action?: { parameters: Record<string, string>; formInputs: Record<string, string> }): Record<string, unknown> {
    const common: Record<string, unknown> = { hostApp: place.host, platform: 'WEB' };
    if (this.manifest.addOns?.common?.useLocaleFromApp && this.holds('script.locale')) {
      common.userLocale = 'ar';
      common.timeZone = { id: this.sandbox.timeZone, offset: '10800000' };
    }
    if (action) {
      common.parameters = { ...action.parameters };
      common.formInputs = Object.fromEntries(Object.entries(action.formInputs).map(([k, v]) => [k, { stringInputs: { value: [v] } }]));
    }
    const event: Record<string, unknown> = { commonEventObject: common };
    if (place.host === 'SHEETS') {
      const id = place.spreadsheetId ?? '';
      const granted = (grants(this.sandbox.world).files[person] ?? []).includes(id);
      const file = granted ? findSpreadsheet(this.sandbox.world, id) : undefined;
      event.sheets = file ? { addonHasFileScopePermission: true, id: file.id, title: file.name } : { addonHasFileScopePermission: false };
    }
    return event;
  }

  private homepageFunction(host: AddonHost): string {
    const own = host === 'SHEETS' ? this.manifest.addOns?.sheets?.homepageTrigger?.runFunction : this.manifest.addOns?.gmail?.homepageTrigger?.runFunction;
    const fn = own ?? this.manifest.addOns?.common?.homepageTrigger?.runFunction;
    const extended = host === 'SHEETS' ? this.manifest.addOns?.sheets : this.manifest.addOns?.gmail;
    if (!extended) throw new Error(`The add-on's manifest does not extend ${host}`, { cause: { code: 'ADDON_HOST_NOT_EXTENDED' } });
    if (!fn) throw new Error('The add-on has no homepage trigger', { cause: { code: 'ADDON_NO_HOMEPAGE' } });
    return fn;
  }

  private run(fn: string, person: string, event: unknown, cause: string): ExecutionResult {
    return this.sandbox.execute(fn, [], { user: person, context: 'person', event, cause });
  }

  /** The person opens the add-on from the side panel: its homepage trigger runs. */
  openHomepage(person: string, place: AddonPlace): AddonStep {
    const run = this.run(this.homepageFunction(place.host), person, this.event(person, place), `addon:homepage:${place.host}`);
    return { run, card: run.error ? null : firstCard(run.result), response: null, askedFileScope: false };
  }

  /** The person clicks the button (or card menu item) labelled `text` on `card`, with these fields typed. When the
   *  answer asks for per-file access, they answer Google's dialog (`grant`) and, if granted, the manifest's
   *  sheets.onFileScopeGrantedTrigger runs and its card is what they see. */
  click(person: string, place: AddonPlace, card: CardModel, text: string, formInputs: Record<string, string> = {}, grant = true): AddonStep {
    const action = findAction(card, text);
    const run = this.run(action.functionName ?? '', person, this.event(person, place, { parameters: action.parameters, formInputs }), `addon:action:${action.functionName}`);
    if (run.error) return { run, card: null, response: null, askedFileScope: false };
    const fileScope = editorFileScopeModelOf(run.result);
    if (fileScope) {
      if (place.host !== 'SHEETS' || !place.spreadsheetId) throw new Error('A file-scope request outside an editor', { cause: { code: 'ADDON_FILE_SCOPE_OUTSIDE_EDITOR' } });
      if (!grant) return { run, card: null, response: null, askedFileScope: true };
      const files = (grants(this.sandbox.world).files[person] ??= []);
      if (!files.includes(place.spreadsheetId)) files.push(place.spreadsheetId);
      const fn = this.manifest.addOns?.sheets?.onFileScopeGrantedTrigger?.runFunction;
      if (!fn) return { run, card: null, response: null, askedFileScope: true };
      const granted = this.run(fn, person, this.event(person, place), 'addon:onFileScopeGranted');
      return { run: granted, card: granted.error ? null : firstCard(granted.result), response: null, askedFileScope: true };
    }
    const response = actionResponseModelOf(run.result);
    if (!response) throw new Error(`${action.functionName} returned neither an ActionResponse nor a file-scope response`, { cause: { code: 'ADDON_BAD_RESPONSE' } });
    const shown = [...(response.navigation ?? [])].reverse().find((step) => step.op === 'pushCard' || step.op === 'updateCard');
    return { run, card: shown && 'card' in shown ? shown.card : null, response, askedFileScope: false };
  }
}

/** A homepage or file-scope trigger returns a Card or an array of them; the first is shown. */
function firstCard(result: unknown): CardModel | null {
  const first = Array.isArray(result) ? result[0] : result;
  return cardModelOf(first);
}

function actionOf(click: ClickModel | null): ActionModel | null {
  return click && click.kind === 'action' ? click.action : null;
}

/** What a person can tap on a widget, by the words they read on it: buttons by their text, a clickable
 *  decorated text by its text or its top label (a listed case by its number). */
function buttonsOf(widget: WidgetModel): Array<{ text: string | null; onClick: ClickModel | null }> {
  if (widget.kind === 'textButton') return [widget];
  if (widget.kind === 'buttonSet') return widget.buttons;
  const own = (widget.kind === 'decoratedText' || widget.kind === 'keyValue') && widget.button ? [widget.button] : [];
  if (widget.kind === 'decoratedText' && widget.onClick) return [...own, { text: widget.text, onClick: widget.onClick }, { text: widget.topLabel, onClick: widget.onClick }];
  return own;
}

/** The action behind the button or card menu item a person reads as `text`. */
export function findAction(card: CardModel, text: string): ActionModel {
  const candidates = [
    ...card.cardActions,
    ...card.sections.flatMap((s) => s.widgets.flatMap(buttonsOf)),
    ...(card.fixedFooter ? [card.fixedFooter.primary, card.fixedFooter.secondary].filter((b) => b !== null) : []),
  ];
  const found = candidates.find((c) => c.text === text);
  const action = found ? actionOf(found.onClick) : null;
  if (!action) throw new Error(`No button "${text}" that runs an action on the card (${candidates.map((c) => c.text).join(' | ')})`, { cause: { code: 'ADDON_NO_SUCH_BUTTON' } });
  return action;
}
