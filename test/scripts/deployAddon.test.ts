// npm run deploy:addon's script against a stand-in `clasp` on PATH that records its arguments and, like clasp
// 3.4.1, refuses a -P file that does not exist and writes the new scriptId into the -P file it was given.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { t } from '../../src/i18n';

const ROOT = path.resolve(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const SCRIPT = path.join(ROOT, 'scripts', 'deployAddon.ts');

const STUB = `#!/usr/bin/env node
const fs = require('fs');
let args = process.argv.slice(2);
let project = '.clasp.json';
if (args[0] === '-P') { project = args[1]; args = args.slice(2); if (!fs.existsSync(project)) { console.error('Invalid --project path'); process.exit(1); } }
fs.appendFileSync(process.env.STUB_LOG, JSON.stringify({ args, project }) + '\\n');
const settings = fs.existsSync(project) ? JSON.parse(fs.readFileSync(project, 'utf8')) : {};
if (args[0] === 'show-authorized-user') {
  console.log(JSON.stringify({ loggedIn: true, email: 'officer@gmail.com' }));
} else if (args[0] === 'create') {
  if (settings.scriptId) { console.error('Project file already exists.'); process.exit(1); }
  const rootDir = args[args.indexOf('--rootDir') + 1];
  fs.writeFileSync(project, JSON.stringify({ ...settings, scriptId: 'ADDON_SCRIPT_0123456789abcdef', rootDir }, null, 2));
  fs.writeFileSync(rootDir + '/Code.js', 'function myFunction() {}');
  fs.writeFileSync(rootDir + '/appsscript.json', '{"timeZone":"America/New_York"}');
  console.log(JSON.stringify({ scriptId: 'ADDON_SCRIPT_0123456789abcdef', files: [] }));
} else if (args[0] !== 'push') { process.exit(2); }
`;

const made: string[] = [];
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function project() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deploy-addon-'));
  made.push(dir);
  fs.mkdirSync(path.join(dir, 'bin'));
  fs.writeFileSync(path.join(dir, 'bin', 'clasp'), STUB, { mode: 0o755 });
  fs.mkdirSync(path.join(dir, 'build', 'addon'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'build', 'addon', 'Code.js'), 'function onAddonHomepage() {}');
  fs.writeFileSync(path.join(dir, 'build', 'addon', 'appsscript.json'), '{"timeZone":"Asia/Riyadh","addOns":{}}');
  // The register's own project file, which the add-on's deploy must leave alone.
  fs.writeFileSync(path.join(dir, '.clasp.json'), '{"scriptId":"REGISTER_SCRIPT_ID_0123456789","rootDir":"build"}');
  return dir;
}

function deploy(dir: string) {
  const log = path.join(dir, 'calls.log');
  const run = spawnSync(TSX, [SCRIPT], { cwd: dir, encoding: 'utf8', env: { ...process.env, PATH: `${path.join(dir, 'bin')}:${process.env.PATH}`, STUB_LOG: log } });
  const calls = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { args: string[]; project: string }) : [];
  return { run, calls };
}

describe('npm run deploy:addon', () => {
  it('creates the add-on\'s standalone project the first time into .clasp.addon.json, keeps the build, then pushes', () => {
    const dir = project();
    const { run, calls } = deploy(dir);
    expect(run.status).toBe(0);
    expect(calls.map((c) => c.args[0])).toEqual(['show-authorized-user', 'create', 'push']);
    expect(calls.every((c) => c.project.endsWith('.clasp.addon.json'))).toBe(true);
    expect(calls[1].args).toEqual(expect.arrayContaining(['--type', 'standalone', '--rootDir', path.join('build', 'addon')]));
    expect(JSON.parse(fs.readFileSync(path.join(dir, '.clasp.addon.json'), 'utf8')).scriptId).toBe('ADDON_SCRIPT_0123456789abcdef');
    expect(fs.readFileSync(path.join(dir, 'build', 'addon', 'Code.js'), 'utf8')).toBe('function onAddonHomepage() {}');
    expect(fs.readFileSync(path.join(dir, '.clasp.json'), 'utf8')).toContain('REGISTER_SCRIPT_ID');
    expect(run.stdout).toContain(t('deploy.addon.pushed', { scriptId: 'ADDON_SCRIPT_0123456789abcdef' }, 'ar'));
  });

  it('afterwards only pushes to the same project', () => {
    const dir = project();
    deploy(dir);
    const again = deploy(dir);
    expect(again.run.status).toBe(0);
    expect(again.calls.slice(3).map((c) => c.args[0])).toEqual(['push']);
  });
});
