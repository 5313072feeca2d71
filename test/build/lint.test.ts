// The pure layers may not touch Apps Script: the linter refuses a service global in src/domain and src/app.
import { spawnSync } from 'child_process';
import * as path from 'path';
import { ROOT } from '../support/bundle';

/** Lints `code` as if it were the file at `relPath` (ESLint's CLI: its config loader needs real ESM). */
function restrictedGlobalErrors(relPath: string, code: string): Array<{ message: string }> {
  const bin = path.join(ROOT, 'node_modules', '.bin', 'eslint');
  const run = spawnSync(bin, ['--stdin', '--stdin-filename', relPath, '--format', 'json'], { cwd: ROOT, input: code, encoding: 'utf8' });
  const [result] = JSON.parse(run.stdout);
  return result.messages.filter((m: { ruleId: string }) => m.ruleId === 'no-restricted-globals');
}

describe('layer boundaries', () => {
  const snippet = 'export function f(): unknown { return SpreadsheetApp.getActive(); }\n';

  it.each(['src/domain/probe.ts', 'src/app/probe.ts'])('refuses an Apps Script global in %s', (p) => {
    const errors = restrictedGlobalErrors(p, snippet);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain('SpreadsheetApp');
  });

  it('allows it in src/adapters', () => {
    expect(restrictedGlobalErrors('src/adapters/probe.ts', snippet)).toHaveLength(0);
  });
});
