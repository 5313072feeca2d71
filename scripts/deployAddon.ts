// npm run deploy:addon: the Workspace add-on's own standalone project (build/addon/), with its own clasp project
// file (.clasp.addon.json): created the first time, pushed afterwards. The register's .clasp.json is never touched.
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { fill, t } from '../src/i18n';
import { fail, say } from './say';

const ROOT = process.cwd();
export const ADDON_CLASP_FILE = '.clasp.addon.json';
const CLASP_JSON = path.join(ROOT, ADDON_CLASP_FILE);
const BUILD = path.join(ROOT, 'build', 'addon');


/** clasp with the add-on's project file (-P), never the register's .clasp.json. */
function clasp(args: string[], capture = false): string {
  const run = spawnSync('clasp', ['-P', CLASP_JSON, ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['inherit', capture ? 'pipe' : 'inherit', 'inherit'] });
  if (run.error || run.status !== 0) fail('deploy.failed', { command: args[0], code: run.status ?? String(run.error?.message) });
  return run.stdout ?? '';
}

function scriptId(): string | null {
  if (!fs.existsSync(CLASP_JSON)) return null;
  const id = (JSON.parse(fs.readFileSync(CLASP_JSON, 'utf8')) as { scriptId?: string }).scriptId;
  return id && !id.startsWith('REPLACE_') && /^[\w-]{20,}$/.test(id) ? id : null;
}

/** clasp create pulls the new project's default Code.js and appsscript.json into rootDir: keep the build's. */
function keepingBuild<T>(action: () => T): T {
  const saved = new Map(fs.readdirSync(BUILD).map((name) => [name, fs.readFileSync(path.join(BUILD, name))]));
  try {
    return action();
  } finally {
    for (const name of fs.readdirSync(BUILD)) if (!saved.has(name)) fs.rmSync(path.join(BUILD, name), { recursive: true, force: true });
    for (const [name, bytes] of saved) fs.writeFileSync(path.join(BUILD, name), bytes);
  }
}

function main(): void {
  if (!fs.existsSync(path.join(BUILD, 'Code.js'))) throw new Error('build/addon/Code.js is missing: run npm run build first');
  let id = scriptId();
  if (!id) {
    // clasp 3 refuses a -P file that does not exist, and creates into the one it is given when it names no
    // scriptId yet (core/clasp.js findProjectRootDir, commands/create-script.js): start it with the rootDir.
    fs.writeFileSync(CLASP_JSON, `${JSON.stringify({ rootDir: path.relative(ROOT, BUILD) }, null, 2)}\n`);
    const status = JSON.parse(clasp(['show-authorized-user', '--json'], true) || '{}') as { loggedIn?: boolean };
    if (!status.loggedIn) fail('deploy.notLoggedIn', {});
    const title = t('deploy.addon.title');
    say('deploy.addon.creating', { file: ADDON_CLASP_FILE, title });
    keepingBuild(() => clasp(['create', '--type', 'standalone', '--title', title, '--rootDir', path.relative(ROOT, BUILD), '--json'], true));
    id = scriptId();
    if (!id) fail('deploy.addon.noScriptId', { file: ADDON_CLASP_FILE });
  }
  clasp(['push', '--force']);
  say('deploy.addon.pushed', { scriptId: id });
  console.log('');
  for (const lang of ['ar', 'en'] as const) {
    console.log(fill('deploy.addon.steps', {}, lang));
    console.log(fill('deploy.addon.step.install', { url: `https://script.google.com/d/${id}/edit` }, lang));
    console.log(fill('deploy.addon.step.share', {}, lang));
    console.log(fill('deploy.addon.step.choose', {}, lang));
  }
}

main();
