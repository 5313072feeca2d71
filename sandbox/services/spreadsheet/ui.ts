// SpreadsheetApp.getUi(): menus are recorded, alerts and prompts answered from a scripted queue
// (OK when empty), sidebars and dialogs keep their HtmlOutput for tests and the run summary.
import type { ExecutionContext, MenuEntry, MenuModel, UiAnswer } from '../../core/execution';

export const ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;
export const Button = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const;

interface HtmlLike {
  getContent(): string;
  getTitle?(): string;
  getWidth?(): number | null;
  getHeight?(): number | null;
}

function menuBuilder(ctx: ExecutionContext, name: string) {
  const model: MenuModel = { name, items: [] };
  const menu = {
    addItem: (caption: string, fn: string) => (model.items.push({ kind: 'item', caption, fn } as MenuEntry), menu),
    addSeparator: () => (model.items.push({ kind: 'separator' }), menu),
    addSubMenu: (sub: { __menu: MenuModel }) => (model.items.push({ kind: 'subMenu', menu: sub.__menu }), menu),
    addToUi() {
      ctx.call('Menu.addToUi');
      const menus = ctx.hooks.ui.menus;
      // Opening the spreadsheet again replaces a menu of the same name rather than adding a second.
      const at = menus.findIndex((m) => m.name === name);
      if (at >= 0) menus[at] = model;
      else menus.push(model);
    },
    __menu: model,
  };
  return menu;
}

export function createUi(ctx: ExecutionContext) {
  const ui = ctx.hooks.ui;
  const nextAnswer = (): UiAnswer => ui.answers.shift() ?? { button: 'OK', text: '' };
  /** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons). */
  const args = (a: string, b?: string, c?: string): { title: string; prompt: string } =>
    c !== undefined || (b !== undefined && !(b in ButtonSet)) ? { title: a, prompt: b ?? '' } : { title: '', prompt: a };
  const dialog = (kind: 'sidebar' | 'modal' | 'modeless', html: HtmlLike, title?: string) => {
    ctx.call(`Ui.show${kind === 'sidebar' ? 'Sidebar' : kind === 'modal' ? 'ModalDialog' : 'ModelessDialog'}`);
    ui.dialogs.push({
      kind, title: title ?? html.getTitle?.() ?? '', html: html.getContent(),
      width: html.getWidth?.() ?? null, height: html.getHeight?.() ?? null, atMs: ctx.now().getTime(),
    });
  };
  return {
    ButtonSet,
    Button,
    createMenu: (name: string) => menuBuilder(ctx, name),
    createAddonMenu: () => menuBuilder(ctx, 'Add-ons'),
    alert(a: string, b?: string, c?: string) {
      ctx.call('Ui.alert');
      const answer = nextAnswer();
      ui.alerts.push({ kind: 'alert', ...args(a, b, c), answer, atMs: ctx.now().getTime() });
      return answer.button;
    },
    prompt(a: string, b?: string, c?: string) {
      ctx.call('Ui.prompt');
      const answer = nextAnswer();
      ui.alerts.push({ kind: 'prompt', ...args(a, b, c), answer, atMs: ctx.now().getTime() });
      return { getResponseText: () => answer.text ?? '', getSelectedButton: () => answer.button };
    },
    showSidebar: (html: HtmlLike) => dialog('sidebar', html),
    showModalDialog: (html: HtmlLike, title: string) => dialog('modal', html, title),
    showModelessDialog: (html: HtmlLike, title: string) => dialog('modeless', html, title),
  };
}
