// Renders a notification as a right-to-left Arabic email: plain text and escaped HTML from one model.
import type { OutgoingMail } from '../../ports';
import { escapeHtml } from '../../domain/html';
import { isolateIfLtr, isolateRuns, isolatesToHtml } from '../../domain/text/bidi';
import { withDigits, type Digits } from '../../domain/time';

export interface MailModel {
  to: string;
  cc?: string;
  subject: string;
  greeting: string;
  paragraphs: string[];
  /** Label/value lines shown as a small table (case number, due date…). */
  facts?: Array<[string, string]>;
  /** Bulleted list (what is missing, the cases in a digest…). */
  list?: string[];
  /** A link for each list item (same order; null where an item has none): in HTML after the item's text, in the
   *  plain text on the line after it. Addresses are kept as written (no digits changed). */
  listLinks?: Array<{ url: string; label: string } | null>;
  /** Paragraphs after the list (what to do about it). */
  after?: string[];
  footer: string;
  /** The organisation's digits (profile.digits): subject, text and HTML then use that one system. */
  digits?: Digits;
}

/** The model as a reader sees it: the organisation's digits, and every left-to-right token isolated. */
function forReader(model: MailModel): MailModel {
  const d = (s: string) => withDigits(s, model.digits ?? 'latn');
  // The catalog isolates what it fills in; free text (a footer, a clause) and fact values are isolated here.
  const line = (s: string) => d(isolateRuns(s));
  return {
    ...model,
    subject: line(model.subject),
    greeting: line(model.greeting),
    paragraphs: model.paragraphs.map(line),
    facts: model.facts?.map(([k, v]) => [line(k), d(isolateIfLtr(v))]),
    list: model.list?.map(line),
    after: model.after?.map(line),
    footer: line(model.footer),
  };
}

/** The opening of every mail's HTML block: right to left, and set against the right edge of a wide window
 *  (an LTR mail client at desktop width would otherwise leave the right-aligned text in a block at the left). */
export function mailBlockOpen(maxWidthPx: number): string {
  return `<div dir="rtl" lang="ar" style="font-family:Tahoma,'Noto Naskh Arabic',Arial,sans-serif;font-size:15px;line-height:1.7;text-align:right;max-width:${maxWidthPx}px;margin:0 0 0 auto">`;
}

/** Escaped for HTML, each isolated token as <bdi dir="ltr">. */
const e = (s: string) => isolatesToHtml(escapeHtml(s)).replace(/\n/g, '<br>');

/** A list item's link: its address escaped into the attribute, its label in the organisation's words. */
function linkHtml(link: { url: string; label: string } | null | undefined): string {
  return link ? ` — <a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a>` : '';
}

export function renderMail(original: MailModel): OutgoingMail {
  const model = forReader(original);
  const facts = model.facts ?? [];
  const list = model.list ?? [];
  const after = model.after ?? [];
  const links = original.listLinks ?? [];
  // Order: what happened, the list it refers to, what to do, then the reference facts.
  const text = [
    model.greeting,
    '',
    ...model.paragraphs,
    ...(list.length ? ['', ...list.flatMap((item, i) => [`• ${item}`, ...(links[i] ? [`  ${links[i]!.url}`] : [])])] : []),
    ...(after.length ? ['', ...after] : []),
    ...(facts.length ? ['', ...facts.map(([k, v]) => `${k}: ${v}`)] : []),
    '',
    model.footer,
  ].join('\n');
  const html =
    mailBlockOpen(600) +
    `<p>${e(model.greeting)}</p>` +
    model.paragraphs.map((p) => `<p>${e(p)}</p>`).join('') +
    (list.length ? `<ul>${list.map((item, i) => `<li>${e(item)}${linkHtml(links[i])}</li>`).join('')}</ul>` : '') +
    after.map((p) => `<p>${e(p)}</p>`).join('') +
    (facts.length
      ? `<table dir="rtl" style="border-collapse:collapse;margin:8px 0">` +
        facts.map(([k, v]) => `<tr><th style="text-align:right;padding:4px 8px;background:#e6f2ee">${e(k)}</th><td style="padding:4px 8px">${e(v)}</td></tr>`).join('') +
        `</table>`
      : '') +
    `<p dir="rtl" style="color:#555;font-size:13px;border-top:1px solid #ddd;padding-top:6px">${e(model.footer)}</p></div>`;
  return { to: model.to, cc: model.cc, subject: model.subject, text, html };
}
