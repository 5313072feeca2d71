// The pure layers may not touch Apps Script, and no layer imports one above it: the linter refuses both.
import { spawnSync } from 'child_process';
import * as path from 'path';
import { ROOT } from '../support/bundle';

/** Lints `code` as if it were the file at `relPath` (ESLint's CLI: its config loader needs real ESM). */
function lintErrors(rule: string, relPath: string, code: string): Array<{ message: string }> {
  const bin = path.join(ROOT, 'node_modules', '.bin', 'eslint');
  const run = spawnSync(bin, ['--stdin', '--stdin-filename', relPath, '--format', 'json'], { cwd: ROOT, input: code, encoding: 'utf8' });
  const [result] = JSON.parse(run.stdout);
  return result.messages.filter((m: { ruleId: string }) => m.ruleId === rule);
}
const restrictedGlobalErrors = (relPath: string, code: string) => lintErrors('no-restricted-globals', relPath, code);
const importErrors = (relPath: string, specifier: string) =>
  lintErrors('no-restricted-imports', relPath, `import * as m from '${specifier}';\nexport const x = m;\n`);

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

describe('layer imports (no-restricted-imports, mirroring .dependency-cruiser.cjs)', () => {
  it.each([
    ['src/domain/case/probe.ts', '../../ports'],
    ['src/domain/case/probe.ts', '../../app/config'],
    ['src/domain/probe.ts', '../adapters/sheets/sheetTable'],
    ['src/ports/probe.ts', '../app/config'],
    ['src/ports/probe.ts', '../adapters/script/lock'],
    ['src/app/cases/probe.ts', '../../adapters/sheets/sheetTable'],
    ['src/app/cases/probe.ts', '../../entry/context'],
    ['src/app/cases/probe.ts', '../../ui/sidebar/client'],
    ['src/adapters/sheets/probe.ts', '../../app/register/caseRecord'],
    ['src/adapters/sheets/probe.ts', '../../entry/context'],
    ['src/i18n/probe.ts', '../app/config'],
    ['src/entry/probe.ts', '../../sandbox/core/runtime'],
  ])('refuses %s importing %s', (file, specifier) => {
    expect(importErrors(file, specifier)).toHaveLength(1);
  });

  it.each([
    ['src/domain/case/probe.ts', '../time'],
    ['src/domain/case/probe.ts', '../../i18n'],
    ['src/ports/probe.ts', '../domain/docModel'],
    ['src/app/cases/probe.ts', '../../ports'],
    ['src/app/cases/probe.ts', '../../ui/contract'],
    ['src/adapters/sheets/probe.ts', '../../ports'],
    ['src/adapters/sheets/probe.ts', '../../domain/safeText'],
    ['src/entry/probe.ts', '../adapters/sheets/sheetTable'],
    ['src/entry/probe.ts', '../app/config'],
  ])('allows %s importing %s', (file, specifier) => {
    expect(importErrors(file, specifier)).toEqual([]);
  });
});
