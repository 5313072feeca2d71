// Setup and committee minutes under the manifest's scopes only (drive.file, no drive): documents and
// folders go through the Drive advanced service on files the script created, never through DriveApp.
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_BUILD_DIR } from '../../sandbox/core/runtime';
import { completeAnswers, newRegister, ok, rows, submit, CHAIR, OFFICER } from './harness';

const AUTH = 'https://www.googleapis.com/auth/';
const CASES = 'الحالات';

describe('the bundle under its own manifest', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(DEFAULT_BUILD_DIR, 'appsscript.json'), 'utf8'));
  const sb = newRegister();
  const setupCalls = sb.executions[0];
  submit(sb, completeAnswers());
  const [caseNo] = rows(sb, CASES).map((c) => String(c['رقم الحالة']));
  ok(sb.execute('startStudy', [caseNo, 'اللجنة المختصة'], { user: OFFICER }));
  ok(sb.execute('recordVerification', [caseNo, 'personal_interview', 'confirmed', 'مقابلة في المقر'], { user: OFFICER }));
  ok(sb.execute('recordDecision', [caseNo, 'accepted', 'استوفت الشروط', 'competent_committee'], { user: CHAIR }));
  const minutesRun = sb.execute('prepareCommitteeMinutes', ['competent_committee'], { user: CHAIR });

  it('runs with the shipped manifest: drive.file and no restricted drive scope, the Drive service v3 enabled', () => {
    expect(sb.manifest).toEqual(manifest);
    expect(manifest.oauthScopes).toContain(`${AUTH}drive.file`);
    expect(manifest.oauthScopes.filter((s: string) => /\/auth\/drive($|\.readonly$)/.test(s))).toEqual([]);
    expect(manifest.dependencies.enabledAdvancedServices).toEqual([{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }]);
  });

  it('setup makes the documents folder and templates, and the minutes are a copy in that folder', () => {
    expect(setupCalls.error).toBeNull();
    expect(minutesRun.error).toBeNull();
    const { url } = minutesRun.result as { url: string };
    const id = /\/d\/([-\w]+)/.exec(url)?.[1] as string;
    const files = (sb.world.services.drive as { files: Record<string, { name: string; parents: string[]; mimeType: string }> }).files;
    const folder = files[files[id].parents[0]];
    expect(folder.mimeType).toBe('application/vnd.google-apps.folder');
    const inFolder = Object.values(files).filter((f) => f.parents.includes(files[id].parents[0]));
    expect(inFolder.length).toBeGreaterThan(1); // the templates and the minutes
    expect(JSON.stringify((sb.world.services.docs as { documents: Record<string, unknown> }).documents[id])).toContain(caseNo);
  });

  it('calls no DriveApp method from setup to minutes: every Drive call is the advanced service', () => {
    const methods = sb.costs.byMethod.map((m) => m.method);
    expect(methods.filter((m) => /^(DriveApp|File|Folder)\./.test(m))).toEqual([]);
    expect(methods).toContain('Drive.Files.copy');
    expect(methods).toContain('Drive.Files.create');
  });

  it('setup run again finds its folder and templates through drive.file and duplicates nothing', () => {
    const count = () => Object.keys((sb.world.services.drive as { files: object }).files).length;
    const before = count();
    ok(sb.execute('setup', ['esrar']));
    expect(count()).toBe(before);
  });

  it('setup repairs a documents folder someone put in the trash: a new folder with new templates', () => {
    const files = (sb.world.services.drive as { files: Record<string, { name: string; parents: string[]; mimeType: string; trashed: boolean }> }).files;
    const folders = () => Object.values(files).filter((f) => f.mimeType === 'application/vnd.google-apps.folder' && !f.trashed);
    const [old] = folders();
    old.trashed = true;
    ok(sb.execute('setup', ['esrar']));
    const [fresh] = folders();
    expect(fresh).toBeDefined();
    expect(fresh).not.toBe(old);
    const again = sb.execute('prepareCommitteeMinutes', ['competent_committee'], { user: CHAIR });
    expect(again.error).toBeNull();
  });
});
