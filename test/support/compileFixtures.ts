// Runs tsc on small files written for a test (some breaking a type rule on purpose) and reports each file's errors.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from './bundle';

/** One error tsc reported: its code (TS2345) and its first line of text. */
export interface TscError {
  code: string;
  message: string;
}

/** Each file, and the errors tsc reports in it (none for a file that keeps the rules). An error outside the
 *  fixtures (in src/, say) fails the call: a fixture must break only what it means to. */
export function compileFixtures(files: Record<string, string>): Record<string, TscError[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'type-fixtures-'));
  try {
    for (const [name, source] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), source);
    const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const run = spawnSync(process.execPath, [
      tsc, '--noEmit', '--pretty', 'false', '--strict', '--skipLibCheck', '--target', 'ES2022', '--module', 'commonjs',
      '--moduleResolution', 'node', '--types', 'node,google-apps-script', ...Object.keys(files).map((name) => path.join(dir, name)),
    ], { encoding: 'utf8', cwd: ROOT });
    const found: Record<string, TscError[]> = Object.fromEntries(Object.keys(files).map((name) => [name, []]));
    for (const line of run.stdout.split('\n')) {
      const m = /([^/\\]+\.ts)\(\d+,\d+\): error (TS\d+): (.*)$/.exec(line);
      if (m && m[1] in found) found[m[1]].push({ code: m[2], message: m[3] });
      else if (/error TS/.test(line)) throw new Error(`tsc failed outside the fixtures: ${line}`);
    }
    return found;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The error codes alone. */
export const codes = (errors: TscError[]): string[] => errors.map((e) => e.code);

/** A path as an import specifier a fixture can use. */
export const importPath = (...parts: string[]): string => JSON.stringify(path.join(ROOT, ...parts));
