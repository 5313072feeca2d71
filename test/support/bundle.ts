// Helpers for tests that inspect build/: read the bundle and list the functions it must define.
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';

export const ROOT = path.resolve(__dirname, '..', '..');
export const BUNDLE = path.join(ROOT, 'build', 'Code.js');

/** The Apps Script service globals a bare V8 runtime offers (no require, process, Buffer, module). */
export const APPS_SCRIPT_GLOBALS = [
  'SpreadsheetApp', 'FormApp', 'DocumentApp', 'DriveApp', 'MailApp', 'ScriptApp', 'LockService',
  'PropertiesService', 'CacheService', 'Utilities', 'Session', 'HtmlService', 'UrlFetchApp',
  'Logger', 'CardService', 'ContentService', 'Charts', 'console',
];

export function readBundle(): string {
  if (!fs.existsSync(BUNDLE)) throw new Error('build/Code.js is missing: run `npm run build` first');
  return fs.readFileSync(BUNDLE, 'utf8');
}

/** Loads the bundle in a fresh context holding only inert stand-ins for the Apps Script globals. */
export function loadInBareContext(code = readBundle()): vm.Context {
  const sandbox: Record<string, unknown> = {};
  for (const name of APPS_SCRIPT_GLOBALS) sandbox[name] = name === 'console' ? { log() {}, error() {}, warn() {}, info() {} } : {};
  const context = vm.createContext(sandbox);
  vm.runInContext(code, context, { filename: 'Code.js' });
  return context;
}

/** Every `runFunction`/`onTriggerFunction` named anywhere in a manifest object. */
export function manifestFunctions(manifest: unknown): string[] {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'runFunction' || key === 'onTriggerFunction') && typeof value === 'string') found.push(value);
        else walk(value);
      }
    }
  };
  walk(manifest);
  return found;
}

function listTs(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? listTs(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Function names passed as string literals to `ScriptApp.newTrigger(...)` or `.addItem(label, fn)` in src/. */
export function sourceReferencedFunctions(): string[] {
  const names = new Set<string>();
  for (const file of listTs(path.join(ROOT, 'src'))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/newTrigger\(\s*['"`](\w+)['"`]\s*\)/g)) names.add(m[1]);
    for (const m of text.matchAll(/\bfn:\s*['"`](\w+)['"`]/g)) names.add(m[1]);
    for (const m of text.matchAll(/handler:\s*['"`](\w+)['"`]/g)) names.add(m[1]);
  }
  return [...names];
}
