// The add-on's bundle (build/addon/): a plain Apps Script file of its own, defining every function its manifest
// and its cards name, small, and shipping the data file the register's configuration is read with.
import * as fs from 'fs';
import * as path from 'path';
import { ROOT, loadInBareContext, manifestFunctions } from '../support/bundle';
import { ACTIONS } from '../../src/entry/addon/cards';
import { PROFILES } from '../../src/profiles';

const DIR = path.join(ROOT, 'build', 'addon');
const code = fs.readFileSync(path.join(DIR, 'Code.js'), 'utf8');
const manifest = JSON.parse(fs.readFileSync(path.join(DIR, 'appsscript.json'), 'utf8'));

describe('build/addon/Code.js', () => {
  it('has no module syntax and loads in a context holding only Apps Script globals', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(() => loadInBareContext(code)).not.toThrow();
  });

  const required = [...new Set([...manifestFunctions(manifest), ...Object.values(ACTIONS)])];

  it.each(required)('defines %s as a top-level function', (name) => {
    expect(new RegExp(`(?:^|[;}])function ${name}\\(`, 'm').test(code)).toBe(true);
    expect(typeof loadInBareContext(code)[name]).toBe('function');
  });

  it('stays under the 500 KB cold-start budget, carrying no profile and no sandbox library', () => {
    expect(fs.statSync(path.join(DIR, 'Code.js')).size).toBeLessThan(500_000);
    for (const profile of Object.values(PROFILES)) expect(code).not.toContain(profile.name.ar);
    for (const lib of ['exceljs', 'docx', 'nodemailer', 'jszip', 'playwright', 'xlsx']) expect(code).not.toContain(`node_modules/${lib}`);
  });

  it('ships the data file it reads the register\'s profile from, the same as the register\'s', () => {
    expect(fs.readFileSync(path.join(DIR, 'data.html'), 'utf8')).toBe(fs.readFileSync(path.join(ROOT, 'build', 'data.html'), 'utf8'));
  });

  it('has no bound-script section (menu triggers, web app, advanced services) in its manifest', () => {
    expect(Object.keys(manifest).sort()).toEqual(['addOns', 'exceptionLogging', 'oauthScopes', 'runtimeVersion', 'timeZone']);
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/drive');
  });
});
