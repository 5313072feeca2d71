// The sandbox command line: `run` writes a workspace, and `ui --open FN --select TAB!A1` serves the page a menu
// item opens on it (a dialog with a row selected), refusing anything that is not a menu function.
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../support/bundle';

const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = path.join(ROOT, 'sandbox', 'cli.ts');
const MANAGER = 'manager@mustafid.org.sa';
const OFFICER = 'officer@mustafid.org.sa';

const scenario = {
  start: '2026-11-22T05:00:00Z',
  account: 'workspace',
  boundSpreadsheet: 'سجل المستفيدين',
  steps: [
    { at: '2026-11-22T05:00:00Z', type: 'run', fn: 'setup', args: ['${profile}', { managerEmail: MANAGER, staff: [{ email: OFFICER, name: 'نورة', role: 'officer' }, { email: MANAGER, name: 'عبدالله', role: 'manager' }] }] },
    { at: '2026-11-22T06:00:00Z', type: 'run', fn: 'registerComplaint', args: [{ channel: 'fax', complainant: 'ليلى', replyChannel: 'email', email: 'layla@example.com', summary: 'تأخر صرف المساعدة' }], as: OFFICER },
  ],
};

describe('sandbox CLI', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mustafid-cli-'));
  const out = path.join(dir, 'workspace');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  beforeAll(() => {
    fs.writeFileSync(path.join(dir, 'scenario.json'), JSON.stringify(scenario));
    const run = spawnSync(TSX, [CLI, 'run', path.join(dir, 'scenario.json'), '--out', out, '--profile', 'esrar'], { cwd: ROOT, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`run failed: ${run.stdout}\n${run.stderr}`);
  }, 120_000);

  it('serves the selected-record dialog of a saved workspace, with the chosen row', async () => {
    const ui = spawn(TSX, [CLI, 'ui', '--out', out, '--open', 'openRowActions', '--select', 'الشكاوى!A2', '--as', MANAGER], { cwd: ROOT });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let seen = '';
        ui.stdout.on('data', (chunk: Buffer) => {
          seen += chunk.toString();
          const m = /openRowActions for manager@mustafid\.org\.sa: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(seen);
          if (m) resolve(m[1]);
        });
        ui.on('exit', (code) => reject(new Error(`ui exited with ${code}: ${seen}`)));
      });
      const html = await (await fetch(url)).text();
      expect(html).toContain('id="record"');
      expect(html).toContain('dir="rtl"');
      // The page's first server call sees the row chosen with --select: the complaint, for the manager.
      const reply = await (await fetch(new URL('/__gas/run', url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fn: 'rowActionsView', args: [] }) })).json();
      expect(reply.ok).toBe(true);
      expect(reply.value.ok).toBe(true);
      expect(reply.value.value.no).toMatch(/^C-1448-\d{5}$/);
      expect(reply.value.value.actions.map((a: { id: string }) => a.id)).toContain('AssignToCommittee');
    } finally {
      ui.kill();
    }
  }, 60_000);

  it('refuses to serve a function that is not a menu item, naming those that are', () => {
    const ui = spawnSync(TSX, [CLI, 'ui', '--out', out, '--open', 'grantCompensation'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(ui.status).not.toBe(0);
    expect(ui.stderr).toContain('--open takes a menu function');
    expect(ui.stderr).toContain('openRowActions');
  }, 60_000);
});
