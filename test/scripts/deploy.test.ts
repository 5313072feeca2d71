// npm run deploy's script against a stand-in `clasp` on PATH that records its arguments and writes
// .clasp.json (and pulls default files into rootDir) as clasp 3.4.1 does: no network, no login.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { t } from '../../src/i18n';

const ROOT = path.resolve(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const SCRIPT = path.join(ROOT, 'scripts', 'deploy.ts');

// What clasp create does: .clasp.json with scriptId, rootDir and parentId (a string in clasp 3), and
// the new project's files pulled into rootDir over what was there.
const STUB = `#!/usr/bin/env node
const fs = require('fs');
const args = process.argv.slice(2);
fs.appendFileSync(process.env.STUB_LOG, JSON.stringify({ args, code: fs.existsSync('build/Code.js') ? fs.readFileSync('build/Code.js', 'utf8') : null }) + '\\n');
if (args[0] === 'show-authorized-user') {
  console.log(JSON.stringify({ loggedIn: process.env.STUB_LOGGED_IN === '1', email: 'owner@gmail.com' }));
} else if (args[0] === 'create') {
  if (fs.existsSync('.clasp.json') && JSON.parse(fs.readFileSync('.clasp.json', 'utf8')).scriptId) { console.error('Project file already exists.'); process.exit(1); }
  const rootDir = args[args.indexOf('--rootDir') + 1];
  fs.writeFileSync('.clasp.json', JSON.stringify({ scriptId: 'SCRIPT123', rootDir, parentId: 'SHEET456', scriptExtensions: ['.js', '.gs'], htmlExtensions: ['.html'], jsonExtensions: ['.json'], filePushOrder: [] }, null, 2));
  fs.writeFileSync(rootDir + '/Code.js', 'function myFunction() {}');
  fs.writeFileSync(rootDir + '/appsscript.json', '{"timeZone":"America/New_York"}');
  console.log(JSON.stringify({ scriptId: 'SCRIPT123', parentId: 'SHEET456', files: [rootDir + '/Code.js', rootDir + '/appsscript.json'] }));
} else if (args[0] !== 'push') { process.exit(2); }
`;

const made: string[] = [];
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function project(claspJson?: object) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deploy-'));
  made.push(dir);
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(bin);
  fs.writeFileSync(path.join(bin, 'clasp'), STUB, { mode: 0o755 });
  fs.mkdirSync(path.join(dir, 'build'));
  fs.writeFileSync(path.join(dir, 'build', 'Code.js'), '// the built bundle');
  fs.writeFileSync(path.join(dir, 'build', 'appsscript.json'), '{"timeZone":"Asia/Riyadh"}');
  if (claspJson) fs.writeFileSync(path.join(dir, '.clasp.json'), JSON.stringify(claspJson));
  const log = path.join(dir, 'clasp.log');
  const run = (loggedIn = true) => {
    const result = spawnSync(TSX, [SCRIPT], {
      cwd: dir, encoding: 'utf8',
      env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, STUB_LOG: log, STUB_LOGGED_IN: loggedIn ? '1' : '0' },
    });
    const calls = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { args: string[]; code: string | null }) : [];
    return { status: result.status, stdout: result.stdout, stderr: result.stderr, calls };
  };
  return { dir, run };
}

describe('npm run deploy', () => {
  it('with no script id, creates the register as a new sheet, pushes the build, and prints the sheet and first steps in Arabic and English', () => {
    const { dir, run } = project({ scriptId: 'REPLACE_WITH_YOUR_SCRIPT_ID', rootDir: 'build' });
    const { status, stdout, stderr, calls } = run();
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(calls.map((c) => c.args)).toEqual([
      ['show-authorized-user', '--json'],
      ['create', '--type', 'sheets', '--title', t('deploy.title'), '--rootDir', 'build', '--json'],
      ['push', '--force'],
    ]);
    // What was pushed is the build, not the default files clasp pulled at create.
    expect(calls[2].code).toBe('// the built bundle');
    expect(fs.readFileSync(path.join(dir, 'build', 'appsscript.json'), 'utf8')).toBe('{"timeZone":"Asia/Riyadh"}');
    expect(JSON.parse(fs.readFileSync(path.join(dir, '.clasp.json'), 'utf8')).scriptId).toBe('SCRIPT123');
    expect(stdout).toContain('https://docs.google.com/spreadsheets/d/SHEET456/edit');
    const setupAr = t('deploy.step.setup', { menu: t('menu.title'), setup: t('menu.setup') });
    const setupEn = t('deploy.step.setup', { menu: t('menu.title', {}, 'en'), setup: t('menu.setup', {}, 'en') }, 'en');
    expect(stdout).toContain(setupAr);
    expect(stdout).toContain(setupEn);
    expect(stdout).toContain('مستفيد');
    expect(stdout.indexOf(setupAr)).toBeLessThan(stdout.indexOf(setupEn));
    expect(stdout).toContain(t('deploy.step.reload', { menu: t('menu.title') }));
  });

  it('with a script id, only pushes, and names the sheet from .clasp.json', () => {
    const { run } = project({ scriptId: 'EXISTING789', rootDir: 'build', parentId: ['SHEETABC'] });
    const { status, stdout, calls } = run();
    expect(status).toBe(0);
    expect(calls.map((c) => c.args)).toEqual([['push', '--force']]);
    expect(stdout).toContain(t('deploy.pushed', { scriptId: 'EXISTING789' }, 'en'));
    expect(stdout).toContain('https://docs.google.com/spreadsheets/d/SHEETABC/edit');
  });

  it('when clasp is not logged in, creates nothing and says how to log in', () => {
    const { dir, run } = project();
    const { status, stdout, calls } = run(false);
    expect(status).toBe(1);
    expect(calls.map((c) => c.args[0])).toEqual(['show-authorized-user']);
    expect(stdout).toContain('npx clasp login');
    expect(fs.existsSync(path.join(dir, '.clasp.json'))).toBe(false);
  });
});
