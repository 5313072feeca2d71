// The built bundle is a plain Apps Script file: loads bare, defines every entry point, stays small.
import * as fs from 'fs';
import * as path from 'path';
import { BUNDLE, ROOT, loadInBareContext, manifestFunctions, readBundle, sourceReferencedFunctions } from '../support/bundle';
import { MENU_ITEMS } from '../../src/entry/menu';
import { VERSION } from '../../src/version';
import { PROFILES } from '../../src/profiles';
import { setupText } from '../../src/i18n/ar/setupText';
import { shippedData } from '../../scripts/shippedData';

const code = readBundle();
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'build', 'appsscript.json'), 'utf8'));

describe('build/Code.js', () => {
  it('has no module syntax and loads in a context holding only Apps Script globals', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(() => loadInBareContext(code)).not.toThrow();
  });

  // onOpen is the simple trigger that installs the menu; the rest are named by the manifest and the source.
  const required = [...new Set(['onOpen', ...manifestFunctions(manifest), ...MENU_ITEMS.map((i) => i.fn), ...sourceReferencedFunctions()])];

  it('names at least the menu and trigger functions', () => {
    expect(required).toEqual(expect.arrayContaining(['onOpen', 'showAbout']));
  });

  // The add-on is its own bundle (build/addon/, test/build/addonBundle.test.ts); the register keeps this card function.
  it('keeps the homepage card function, though the bound manifest names none', () => {
    expect(manifestFunctions(manifest)).toEqual([]);
    expect(typeof loadInBareContext(code).onHomepage).toBe('function');
  });

  it.each(required)('defines %s as a top-level function', (name) => {
    // A function declaration at the top level of the script (the bundle is minified onto few lines).
    expect(new RegExp(`(?:^|[;}])function ${name}\\(`, 'm').test(code)).toBe(true);
    const context = loadInBareContext(code);
    expect(typeof context[name]).toBe('function');
  });

  it('contains no sandbox-only library', () => {
    for (const lib of ['exceljs', 'docx', 'nodemailer', 'jszip', 'playwright', 'xlsx', 'mammoth', 'pdfjs-dist', '@sparticuz']) {
      expect(code).not.toContain(`node_modules/${lib}`);
    }
    expect(code).not.toMatch(/\brequire\(/);
  });

  // The budget is 500 KB (issue 14): parsing and loading the whole bundle in a fresh V8 context was
  // measured at 0.3–0.9 of one Sheets round trip, and twice the size at 1.8–2 times that, about 1% of a
  // submission. The profiles and setup's forms still live in build/data.html (docs/bundle-size.md).
  it('stays under the 500 KB cold-start budget', () => {
    expect(fs.statSync(BUNDLE).size).toBeLessThan(500_000);
  });

  it('carries no organisation profile: those are read from build/data.html', () => {
    for (const profile of Object.values(PROFILES)) {
      expect(code).not.toContain(profile.name.ar);
      expect(code).not.toContain(profile.deadline.clauseAr);
    }
  });

  it('carries none of the messages only the build uses (setup forms, default holidays)', () => {
    const keys = Object.keys(setupText);
    expect(keys.length).toBeGreaterThan(50);
    // A key used in the bundle appears as a string literal, or as its area's prefix in a template literal.
    const prefixes = [...new Set(keys.map((key) => `${key.slice(0, key.lastIndexOf('.') + 1)}\${`))];
    const found = [...keys.map((key) => JSON.stringify(key)), ...prefixes];
    expect(found.filter((needle) => code.includes(needle))).toEqual([]);
  });
});

describe('build/data.html', () => {
  const text = fs.readFileSync(path.join(ROOT, 'build', 'data.html'), 'utf8');

  it('holds what scripts/shippedData.ts computes: every profile, its forms, the default holidays', () => {
    const data = JSON.parse(text);
    expect(data).toEqual(JSON.parse(JSON.stringify(shippedData())));
    expect(Object.keys(data.profiles)).toEqual(Object.keys(PROFILES));
    expect(data.forms.esrar.map((f: { key: string }) => f.key)).toEqual(expect.arrayContaining(['service_request', 'complaint', 'satisfaction']));
    expect(data.holidays.length).toBeGreaterThan(4);
  });

  it('holds no markup an HTML file could act on', () => {
    expect(text).not.toMatch(/[<>]/);
  });
});

describe('build/appsscript.json', () => {
  it('is V8 in Riyadh time with explicit, least-privilege scopes', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Riyadh');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/script.send_mail');
    expect(manifest.oauthScopes).not.toContain('https://mail.google.com/');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/drive');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/gmail.send');
  });

  // A container-bound script serves its own spreadsheet (menu, dialogs, sidebar, installable triggers):
  // no add-on section (Google publishes Workspace add-ons from a standalone project, and a Sheets card
  // sees the open file only after a drive.file per-file grant), no web app, no API executable, no macros.
  it('holds only what a bound script uses', () => {
    expect(Object.keys(manifest).filter((key) => !['timeZone', 'dependencies', 'exceptionLogging', 'runtimeVersion', 'oauthScopes', 'webapp'].includes(key))).toEqual([]);
    expect(manifest.addOns).toBeUndefined();
  });

  // The status page (issue 16): anyone with the link, run as the owner, so the page itself checks the
  // request number and the mobile's last four digits; UrlFetchApp for the SMS and WhatsApp gateways.
  it('deploys the status page as its owner for anyone, and declares the gateways\' scope', () => {
    expect(manifest.webapp).toEqual({ executeAs: 'USER_DEPLOYING', access: 'ANYONE_ANONYMOUS' });
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/script.external_request');
  });

  it('keeps the version in step with package.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(VERSION).toBe(pkg.version);
  });
});
