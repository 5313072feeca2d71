// Renders a notification as a right-to-left Arabic email: plain text and escaped HTML from one model.
import type { OutgoingMail } from '../../ports';
import { escapeHtml } from '../../domain/html';

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
  /** Paragraphs after the list (what to do about it). */
  after?: string[];
  footer: string;
}

export function renderMail(model: MailModel): OutgoingMail {
  const facts = model.facts ?? [];
  const list = model.list ?? [];
  const after = model.after ?? [];
  // Order: what happened, the list it refers to, what to do, then the reference facts.
  const text = [
    model.greeting,
    '',
    ...model.paragraphs,
    ...(list.length ? ['', ...list.map((item) => `• ${item}`)] : []),
    ...(after.length ? ['', ...after] : []),
    ...(facts.length ? ['', ...facts.map(([k, v]) => `${k}: ${v}`)] : []),
    '',
    model.footer,
  ].join('\n');
  const e = escapeHtml;
  const html =
    `<div dir="rtl" lang="ar" style="font-family:Tahoma,'Noto Naskh Arabic',Arial,sans-serif;font-size:15px;line-height:1.7;text-align:right;max-width:600px">` +
    `<p>${e(model.greeting)}</p>` +
    model.paragraphs.map((p) => `<p>${e(p)}</p>`).join('') +
    (list.length ? `<ul>${list.map((item) => `<li>${e(item)}</li>`).join('')}</ul>` : '') +
    after.map((p) => `<p>${e(p)}</p>`).join('') +
    (facts.length
      ? `<table dir="rtl" style="border-collapse:collapse;margin:8px 0">` +
        facts.map(([k, v]) => `<tr><th style="text-align:right;padding:4px 8px;background:#e6f2ee">${e(k)}</th><td style="padding:4px 8px">${e(v)}</td></tr>`).join('') +
        `</table>`
      : '') +
    `<p style="color:#555;font-size:13px">${e(model.footer)}</p></div>`;
  return { to: model.to, cc: model.cc, subject: model.subject, text, html };
}
