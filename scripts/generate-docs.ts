// Writes docs/register-and-forms.md from the code: every register tab with its Arabic headers, and
// every form with its question keys (for the Esrar profile and for each profile's switches).
// Run: npx tsx scripts/generate-docs.ts   (test/build/docs.test.ts fails when the file is stale).
import * as fs from 'fs';
import * as path from 'path';
import { REGISTER_TABS, columnHeaderKey, tabTitleKey } from '../src/ports/registerSchema';
import { FORM_CATALOG } from '../src/app/forms/catalog';
import { PROFILES, DEFAULT_PROFILE_ID } from '../src/profiles';
import { knownLabel, t } from '../src/i18n';

export const DOC_PATH = path.join(__dirname, '..', 'docs', 'register-and-forms.md');

export function renderDocs(): string {
  const lines: string[] = [
    '# The register and the forms',
    '',
    'Generated from the code by `npx tsx scripts/generate-docs.ts`; a test fails when it is out of date.',
    'Columns are found by their Arabic header, never by letter; setup adds a missing column at the end.',
    '`text` columns are formatted as plain text (IDs keep their digits, phones their `+`, and nothing',
    'typed or submitted becomes a formula); `system` columns are written by the product and warn on a',
    'hand edit; `hidden` columns hold machine data (the case state as JSON, response ids).',
    '',
    '## Register tabs',
  ];
  for (const tab of REGISTER_TABS) {
    lines.push('', `### ${t(tabTitleKey(tab.key))} (\`${tab.key}\`)`, '', '| key | header (ar) | header (en) | kind |', '|---|---|---|---|');
    for (const c of tab.columns) {
      const kind = [c.text && 'text', c.date && 'date', c.list && `dropdown: ${c.list}`, c.system && 'system', c.hidden && 'hidden'].filter(Boolean).join(', ');
      const key = columnHeaderKey(tab.key, c.key);
      lines.push(`| \`${c.key}\` | ${t(key)} | ${t(key, {}, 'en')} | ${kind} |`);
    }
  }
  lines.push('', '## Forms', '', 'Scenario `submit` steps and tests answer by these question keys (see docs/sandbox.md).');
  for (const entry of FORM_CATALOG) {
    const enabledFor = Object.values(PROFILES).filter((p) => entry.enabled(p)).map((p) => p.id);
    const profile = PROFILES[enabledFor.includes(DEFAULT_PROFILE_ID) ? DEFAULT_PROFILE_ID : enabledFor[0]];
    lines.push('', `### ${t(knownLabel(`form.name.${entry.key}`))} (\`${entry.key}\`)`, '', `Published for: ${enabledFor.join(', ') || 'none'}. Questions as built for \`${profile?.id}\`:`, '');
    if (!profile) continue;
    lines.push('| key | kind | required | title |', '|---|---|---|---|');
    for (const item of entry.build(profile).items) {
      const required = 'required' in item && item.required ? 'yes' : '';
      lines.push(`| \`${item.key}\` | ${item.kind} | ${required} | ${item.title.replace(/\|/g, '\\|')} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

if (require.main === module) {
  fs.writeFileSync(DOC_PATH, renderDocs());
  console.log(`wrote ${path.relative(process.cwd(), DOC_PATH)}`);
}
