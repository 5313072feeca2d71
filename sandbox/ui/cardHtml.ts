// Renders a built add-on card as right-to-left Arabic HTML, so a person can look at it and tests can read
// it; script-supplied text is escaped except the few formatting tags Cards themselves honour.
import { escapeHtml } from '../services/html';
import { cardModelOf } from '../services/card';
import type { CardModel, ClickModel, SectionModel, TextButtonModel, WidgetModel } from '../services/card';
import type { CardHeaderModel } from '../services/card/model';

/** Cards show <b>, <i>, <u>, <s>, <strike>, <br>, <font color> and <a href> in text; anything else is shown as typed. */
const FORMAT_TAGS = new Set(['b', 'i', 'u', 's', 'strike', 'br', 'font', 'a']);
const SAFE_COLOR = /^(#[0-9a-f]{3,8}|[a-z]{3,20})$/i;
const SAFE_URL = /^(https?:|mailto:)/i;

function attribute(attrs: string, name: string): string | null {
  const m = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
  return m ? (m[2] ?? m[3] ?? m[4] ?? '') : null;
}

/** Card "formatted text": the allowed tags survive (balanced, with only safe attributes); the rest is escaped. */
export function formattedText(text: string): string {
  const out: string[] = [];
  const open: string[] = [];
  const tag = /<(\/?)([a-zA-Z]+)([^<>]*)>/g;
  let last = 0;
  for (let m = tag.exec(text); m; m = tag.exec(text)) {
    const [raw, closing, rawName, attrs] = m;
    const name = rawName.toLowerCase();
    out.push(escapeHtml(text.slice(last, m.index)));
    last = tag.lastIndex;
    if (!FORMAT_TAGS.has(name)) {
      out.push(escapeHtml(raw));
    } else if (name === 'br') {
      out.push('<br>');
    } else if (closing) {
      const at = open.lastIndexOf(name);
      if (at >= 0) out.push(...open.splice(at).reverse().map((n) => `</${n}>`));
    } else if (name === 'font') {
      const color = attribute(attrs, 'color');
      out.push(color && SAFE_COLOR.test(color) ? `<font color="${escapeHtml(color)}">` : '<font>');
      open.push(name);
    } else if (name === 'a') {
      const href = attribute(attrs, 'href');
      out.push(href && SAFE_URL.test(href.trim()) ? `<a href="${escapeHtml(href.trim())}" target="_blank" rel="noopener">` : '<a>');
      open.push(name);
    } else {
      out.push(`<${name}>`);
      open.push(name);
    }
  }
  out.push(escapeHtml(text.slice(last)));
  out.push(...open.reverse().map((n) => `</${n}>`));
  return out.join('');
}

const plain = (text: string | null) => escapeHtml(text ?? '');

/** Data attributes that say what a click does; the card server reads them to run the action. */
function clickAttributes(click: ClickModel | null): string {
  if (!click) return '';
  if (click.kind === 'openLink') return ` data-open-link="${plain(click.openLink.url)}"`;
  return ` data-function="${plain(click.action.functionName)}" data-parameters="${escapeHtml(JSON.stringify(click.action.parameters))}"`;
}

function button(model: TextButtonModel): string {
  const classes = ['card-button', `style-${model.style.toLowerCase()}`].join(' ');
  const color = model.backgroundColor && SAFE_COLOR.test(model.backgroundColor) ? ` style="background:${escapeHtml(model.backgroundColor)}"` : '';
  const label = model.altText ? ` aria-label="${plain(model.altText)}"` : '';
  if (model.onClick?.kind === 'openLink') {
    const href = model.onClick.openLink.url ?? '';
    return `<a class="${classes}" role="button"${label}${color} href="${SAFE_URL.test(href) ? escapeHtml(href) : '#'}" target="_blank" rel="noopener">${plain(model.text)}</a>`;
  }
  return `<button type="button" class="${classes}"${label}${color}${model.disabled ? ' disabled' : ''}${clickAttributes(model.onClick)}>${plain(model.text)}</button>`;
}

function labelled(top: string | null, body: string, bottom: string | null, icon: string | null, extra: TextButtonModel | null, click: ClickModel | null, kind: string): string {
  return [
    `<div class="widget ${kind}${click ? ' clickable' : ''}"${clickAttributes(click)}>`,
    icon && icon !== 'NONE' ? `<span class="icon" data-icon="${plain(icon)}" aria-hidden="true"></span>` : '',
    '<div class="lines">',
    top ? `<div class="top-label">${plain(top)}</div>` : '',
    `<div class="text">${body}</div>`,
    bottom ? `<div class="bottom-label">${plain(bottom)}</div>` : '',
    '</div>',
    extra ? button(extra) : '',
    '</div>',
  ].join('');
}

function widget(model: WidgetModel): string {
  switch (model.kind) {
    case 'textParagraph':
      return `<p class="widget text-paragraph">${formattedText(model.text ?? '')}</p>`;
    case 'decoratedText':
      return labelled(model.topLabel, formattedText(model.text ?? ''), model.bottomLabel, model.icon, model.button, model.onClick, 'decorated-text');
    case 'keyValue':
      return labelled(model.topLabel, formattedText(model.content ?? ''), model.bottomLabel, model.icon, model.button, model.onClick, 'key-value');
    case 'textButton':
      return `<div class="widget button-set">${button(model)}</div>`;
    case 'buttonSet':
      return `<div class="widget button-set">${model.buttons.map(button).join('')}</div>`;
    case 'divider':
      return '<hr class="widget divider">';
    case 'grid':
      return [
        `<div class="widget grid"${clickAttributes(model.onClick)}>`,
        model.title ? `<div class="grid-title">${plain(model.title)}</div>` : '',
        `<div class="grid-items" style="grid-template-columns:repeat(${model.numColumns},1fr)">`,
        ...model.items.map((i) => `<div class="grid-item" data-identifier="${plain(i.identifier)}"><div class="grid-item-title">${plain(i.title)}</div>${i.subtitle ? `<div class="grid-item-subtitle">${plain(i.subtitle)}</div>` : ''}</div>`),
        '</div></div>',
      ].join('');
    case 'image':
      return `<img class="widget image" src="${SAFE_URL.test(model.imageUrl ?? '') ? plain(model.imageUrl) : ''}" alt="${plain(model.altText)}"${clickAttributes(model.onClick)}>`;
    case 'textInput': {
      const id = `field-${plain(model.fieldName)}`;
      const input = model.multiline
        ? `<textarea id="${id}" name="${plain(model.fieldName)}">${plain(model.value)}</textarea>`
        : `<input id="${id}" name="${plain(model.fieldName)}" value="${plain(model.value)}">`;
      return `<div class="widget text-input"><label for="${id}">${plain(model.title)}</label>${input}${model.hint ? `<div class="bottom-label">${plain(model.hint)}</div>` : ''}</div>`;
    }
    default: {
      const _exhaustive: never = model;
      return _exhaustive;
    }
  }
}

function section(model: SectionModel): string {
  return [
    '<section class="card-section">',
    model.header ? `<h2 class="section-header">${plain(model.header)}</h2>` : '',
    ...model.widgets.map(widget),
    '</section>',
  ].join('');
}

function header(model: CardHeaderModel | null): string {
  if (!model) return '';
  const image = model.imageUrl && SAFE_URL.test(model.imageUrl)
    ? `<img class="header-image ${model.imageStyle.toLowerCase()}" src="${plain(model.imageUrl)}" alt="${plain(model.imageAltText)}">`
    : '';
  return `<header class="card-header">${image}<div><h1 class="card-title">${plain(model.title)}</h1>${model.subtitle ? `<div class="card-subtitle">${plain(model.subtitle)}</div>` : ''}</div></header>`;
}

/** One card as an HTML fragment (an <article>). */
export function cardFragment(card: CardModel): string {
  const actions = card.cardActions.length
    ? `<nav class="card-actions">${card.cardActions.map((a) => `<button type="button" class="card-action"${clickAttributes(a.onClick)}>${plain(a.text)}</button>`).join('')}</nav>`
    : '';
  const footer = card.fixedFooter
    ? `<footer class="fixed-footer">${[card.fixedFooter.primary, card.fixedFooter.secondary].filter((b): b is TextButtonModel => b !== null).map(button).join('')}</footer>`
    : '';
  return `<article class="card"${card.name ? ` data-card-name="${plain(card.name)}"` : ''}>${header(card.header)}${actions}${card.sections.map(section).join('')}${footer}</article>`;
}

export const CARD_STYLE = `
  body { margin: 0; font-family: 'Noto Sans Arabic', 'Noto Naskh Arabic', Tahoma, Arial, sans-serif; font-size: 14px; color: #202124; background: #f1f3f4; }
  .card { background: #fff; margin: 0 0 8px; padding: 0 0 8px; box-shadow: 0 1px 2px rgba(60,64,67,.3); }
  .card-header { display: flex; gap: 8px; align-items: center; padding: 12px 16px 4px; }
  .card-title { font-size: 16px; margin: 0; font-weight: 600; }
  .card-subtitle, .top-label, .bottom-label, .grid-item-subtitle { color: #5f6368; font-size: 12px; }
  .header-image { width: 32px; height: 32px; } .header-image.circle { border-radius: 50%; }
  .card-section { padding: 4px 16px; border-top: 1px solid #e8eaed; }
  .card-section:first-of-type { border-top: 0; }
  .section-header { font-size: 13px; color: #5f6368; font-weight: 600; margin: 8px 0 4px; }
  .widget { margin: 6px 0; }
  .decorated-text, .key-value { display: flex; gap: 8px; align-items: center; }
  .lines { flex: 1; min-width: 0; overflow-wrap: anywhere; }
  .clickable { cursor: pointer; }
  .button-set { display: flex; flex-wrap: wrap; gap: 8px; }
  .card-button, .card-action { font: inherit; padding: 6px 14px; border-radius: 4px; border: 1px solid #dadce0; background: #fff; color: #1a73e8; cursor: pointer; text-decoration: none; }
  .style-filled { background: #1a73e8; color: #fff; border-color: #1a73e8; }
  .style-filled_tonal { background: #e8f0fe; border-color: #e8f0fe; }
  .style-borderless { border-color: transparent; }
  .card-button[disabled] { opacity: .5; cursor: default; }
  .card-actions { display: flex; gap: 8px; padding: 0 16px; }
  .divider { border: 0; border-top: 1px solid #e8eaed; }
  .grid-items { display: grid; gap: 8px; }
  .grid-item { border: 1px solid #e8eaed; border-radius: 4px; padding: 6px; }
  .text-input input, .text-input textarea { width: 100%; box-sizing: border-box; font: inherit; padding: 6px; }
  .fixed-footer { display: flex; gap: 8px; padding: 8px 16px 0; border-top: 1px solid #e8eaed; }
  .notification { position: sticky; bottom: 0; background: #323232; color: #fff; padding: 10px 16px; }
`;

/** A card, a card list (a homepage may return several) or a card model, as a full right-to-left page. */
export function renderCardToHtml(card: unknown, options: { title?: string; extraHead?: string } = {}): string {
  const list = Array.isArray(card) ? card : [card];
  const models = list.map((c) => cardModelOf(c) ?? (isCardModel(c) ? c : null));
  if (models.some((m) => m === null)) {
    throw new Error('renderCardToHtml: not a built card (call CardBuilder.build())', { cause: { code: 'NOT_A_CARD' } });
  }
  return [
    '<!DOCTYPE html>',
    '<html lang="ar" dir="rtl"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${plain(options.title ?? (models[0] as CardModel).header?.title ?? null)}</title>`,
    `<style>${CARD_STYLE}</style>`,
    options.extraHead ?? '',
    '</head><body>',
    ...(models as CardModel[]).map(cardFragment),
    '</body></html>',
  ].join('\n');
}

function isCardModel(value: unknown): value is CardModel {
  return !!value && typeof value === 'object' && Array.isArray((value as CardModel).sections) && 'displayStyle' in value;
}
