// The status page's HTML: Arabic, right to left, for a phone; every value escaped, left-to-right tokens
// (numbers, e-mail) in <bdi>. One form, and one of: the case, the refusal, the limit.
import { escapeHtml } from '../../domain/html';
import { isolatesToHtml } from '../../domain/text/bidi';
import { withDigits, type Digits } from '../../domain/time';
import type { StatusAnswer } from './statusLookup';
import { t } from '../../i18n';

const STYLE = `body{font-family:'Noto Naskh Arabic','Noto Sans Arabic',Tahoma,sans-serif;margin:0;padding:16px;background:#f6f7f9;color:#1d2430;font-size:17px;line-height:1.7}
main{max-width:560px;margin:0 auto;background:#fff;border-radius:12px;padding:16px;box-shadow:0 1px 3px rgba(0,0,0,.08)}
h1{font-size:1.3em;margin:0 0 8px}label{display:block;margin:12px 0 4px;font-weight:bold}
input{box-sizing:border-box;width:100%;font-size:1.1em;padding:10px;border:1px solid #b8c0cc;border-radius:8px}
button{margin-top:16px;width:100%;font-size:1.1em;padding:12px;border:0;border-radius:8px;background:#0b6e4f;color:#fff}
dl{margin:16px 0 0}dt{font-weight:bold;margin-top:10px}dd{margin:0;overflow-wrap:anywhere}
.note{padding:10px;border-radius:8px;background:#fff4e5;margin-top:16px}`;

export function renderStatusPage(answer: StatusAnswer, opts: { org: string; action: string; digits: Digits }): string {
  const text = (s: string) => isolatesToHtml(escapeHtml(withDigits(s, opts.digits)));
  const parts: string[] = [];
  if (answer.kind === 'found') {
    const v = answer.view;
    const item = (label: string, value: string) => (value ? `<dt>${text(label)}</dt><dd>${text(value)}</dd>` : '');
    parts.push(`<dl>${[
      item(t('status.field.caseNo'), `\u2068${v.caseNo}\u2069`),
      item(t('status.field.status'), v.status),
      item(t('status.field.missing'), v.missing),
      item(t('status.field.next'), v.nextStep),
      item(t('status.field.due'), v.due),
      item(t('status.field.officer'), [v.officerName, v.officerEmail ? `\u2068${v.officerEmail}\u2069` : ''].filter(Boolean).join(' — ')),
    ].join('')}</dl>`);
  } else if (answer.kind === 'refused') parts.push(`<p class="note" role="alert">${text(t('status.refused'))}</p>`);
  else if (answer.kind === 'limited') parts.push(`<p class="note" role="alert">${text(t('status.limited'))}</p>`);
  return `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${text(t('status.title', { org: opts.org }))}</title><style>${STYLE}</style></head>
<body><main><h1>${text(t('status.title', { org: opts.org }))}</h1><p>${text(t('status.intro'))}</p>
<form method="get" action="${escapeHtml(opts.action)}" target="_top">
<label for="case">${text(t('status.field.caseNo'))}</label><input id="case" name="case" inputmode="numeric" autocomplete="off" dir="ltr" required>
<label for="code">${text(t('status.field.code'))}</label><input id="code" name="code" inputmode="numeric" maxlength="4" autocomplete="off" dir="ltr" required>
<button type="submit">${text(t('status.submit'))}</button></form>${parts.join('')}</main></body></html>`;
}
