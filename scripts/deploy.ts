// npm run deploy: the first time, creates the register (a new Google Sheet with its bound project) with
// clasp and pushes build/; afterwards pushes. Prints the sheet's address and the first steps, Arabic first.
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { t } from '../src/i18n';
import { fail, say } from './say';

const ROOT = process.cwd();
const CLASP_JSON = path.join(ROOT, '.clasp.json');
const BUILD = path.join(ROOT, 'build');
/** What the repository shipped in .clasp.json before deploy created projects itself. */
const PLACEHOLDER = 'REPLACE_WITH_YOUR_SCRIPT_ID';

interface ClaspSettings {
  scriptId?: string;
  parentId?: string | string[];
}


/** Runs clasp from PATH (npm puts node_modules/.bin there); stdout is captured when asked. */
function clasp(args: string[], capture = false): string {
  const run = spawnSync('clasp', args, { cwd: ROOT, encoding: 'utf8', stdio: ['inherit', capture ? 'pipe' : 'inherit', 'inherit'] });
  if (run.error || run.status !== 0) fail('deploy.failed', { command: args[0], code: run.status ?? String(run.error?.message) });
  return run.stdout ?? '';
}

function readSettings(): ClaspSettings | null {
  if (!fs.existsSync(CLASP_JSON)) return null;
  const settings = JSON.parse(fs.readFileSync(CLASP_JSON, 'utf8')) as ClaspSettings;
  return settings.scriptId && settings.scriptId !== PLACEHOLDER ? settings : null;
}

const first = (id: string | string[] | undefined): string | undefined => (Array.isArray(id) ? id[0] : id);
const sheetUrl = (id: string) => `https://docs.google.com/spreadsheets/d/${id}/edit`;

/** clasp create pulls the new project's default files (Code.js, appsscript.json) into rootDir,
 *  over what the build wrote: keep build/ as it was. */
function keepingBuild<T>(action: () => T): T {
  const saved = new Map(fs.readdirSync(BUILD).map((name) => [name, fs.readFileSync(path.join(BUILD, name))]));
  try {
    return action();
  } finally {
    for (const name of fs.readdirSync(BUILD)) if (!saved.has(name)) fs.rmSync(path.join(BUILD, name), { recursive: true, force: true });
    for (const [name, bytes] of saved) fs.writeFileSync(path.join(BUILD, name), bytes);
  }
}

function titleArgument(): string {
  const at = process.argv.indexOf('--title');
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1] : t('deploy.title');
}

function main(): void {
  if (!fs.existsSync(path.join(BUILD, 'Code.js'))) throw new Error('build/Code.js is missing: run npm run build first');
  const menu = { menu: t('menu.title'), setup: t('menu.setup') };
  const menuEn = { menu: t('menu.title', {}, 'en'), setup: t('menu.setup', {}, 'en') };
  let settings = readSettings();

  if (settings) {
    clasp(['push', '--force']);
    say('deploy.pushed', { scriptId: settings.scriptId as string });
    const parent = first(settings.parentId);
    if (parent) say('deploy.sheet', { url: sheetUrl(parent) });
    console.log(t('deploy.again', menu, 'ar'));
    console.log(t('deploy.again', menuEn, 'en'));
    return;
  }

  const status = JSON.parse(clasp(['show-authorized-user', '--json'], true) || '{}') as { loggedIn?: boolean };
  if (!status.loggedIn) fail('deploy.notLoggedIn', {});
  const title = titleArgument();
  say('deploy.creating', { title });
  // A placeholder .clasp.json would make clasp refuse ("Project file already exists").
  if (fs.existsSync(CLASP_JSON)) fs.rmSync(CLASP_JSON);
  const created = keepingBuild(() => clasp(['create', '--type', 'sheets', '--title', title, '--rootDir', 'build', '--json'], true));
  settings = readSettings();
  if (!settings) fail('deploy.noScriptId', {});
  const parent = first(settings.parentId) ?? (JSON.parse(created) as { parentId?: string }).parentId;
  clasp(['push', '--force']);
  say('deploy.pushed', { scriptId: settings.scriptId as string });
  if (parent) say('deploy.sheet', { url: sheetUrl(parent) });
  console.log('');
  for (const [lang, params] of [['ar', menu], ['en', menuEn]] as const) {
    console.log(t('deploy.firstSteps', {}, lang));
    for (const key of ['deploy.step.open', 'deploy.step.reload', 'deploy.step.setup'] as const) console.log(t(key, params, lang));
  }
}

main();
