// The pure layers may not touch Apps Script, and no layer imports one above it: the linter refuses both.
import { spawnSync } from 'child_process';
import { ROOT } from '../support/bundle';

interface Probe { file: string; code: string }

/** Lints every probe as if it were the file at its path, in one ESLint process (its config loader needs real
 *  ESM, so through its Node API in a child), and returns each probe's messages of `rule`. */
function lintAll(rule: string, probes: Probe[]): Array<Array<{ message: string }>> {
  const script = `
    import { ESLint } from 'eslint';
    const probes = JSON.parse(process.argv[1]);
    const eslint = new ESLint({ cwd: process.cwd() });
    const out = [];
    for (const p of probes) out.push((await eslint.lintText(p.code, { filePath: p.file }))[0].messages);
    process.stdout.write(JSON.stringify(out));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(probes)], { cwd: ROOT, encoding: 'utf8' });
  if (!run.stdout) throw new Error(`eslint printed nothing: ${run.stderr}`);
  const results = JSON.parse(run.stdout) as Array<Array<{ ruleId: string; message: string }>>;
  return results.map((messages) => messages.filter((m) => m.ruleId === rule));
}
const restrictedGlobalErrors = (file: string, code: string) => lintAll('no-restricted-globals', [{ file, code }])[0];
const importProbe = ([file, specifier]: [string, string]): Probe => ({ file, code: `import * as m from '${specifier}';\nexport const x = m;\n` });

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
  const refused: Array<[string, string]> = [
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
  ];
  const allowed: Array<[string, string]> = [
    ['src/domain/case/probe.ts', '../time'],
    ['src/domain/case/probe.ts', '../../i18n'],
    ['src/ports/probe.ts', '../domain/docModel'],
    ['src/app/cases/probe.ts', '../../ports'],
    ['src/app/cases/probe.ts', '../../ui/contract'],
    ['src/adapters/sheets/probe.ts', '../../ports'],
    ['src/adapters/sheets/probe.ts', '../../domain/safeText'],
    ['src/entry/probe.ts', '../adapters/sheets/sheetTable'],
    ['src/entry/probe.ts', '../app/config'],
  ];
  const results = lintAll('no-restricted-imports', [...refused, ...allowed].map(importProbe));
  const label = ([file, specifier]: [string, string]) => `${file} → ${specifier}`;

  it('refuses an import that climbs to a layer above', () => {
    const counts = refused.map((probe, i) => [label(probe), results[i].length]);
    expect(counts).toEqual(refused.map((probe) => [label(probe), 1]));
  });

  it('allows the arrows down the layers', () => {
    const counts = allowed.map((probe, i) => [label(probe), results[refused.length + i].length]);
    expect(counts).toEqual(allowed.map((probe) => [label(probe), 0]));
  });
});

describe('the decide/evolve loop only in the one command handler (issue 14, item 5)', () => {
  const loop = (file: string, from: string): Probe => ({ file, code: `import { runCommands } from '${from}';\nexport const run = runCommands;\n` });
  const refused: Probe[] = [
    loop('src/app/intake/submitRequest.ts', '../../domain/decider'),
    loop('src/app/cases/probe.ts', '../../domain/decider'),
    loop('src/app/probe.ts', '../domain/decider'),
    loop('src/entry/probe.ts', '../domain/decider'),
    loop('src/adapters/sheets/probe.ts', '../../domain/decider'),
    { file: 'src/app/intake/probe.ts', code: "import * as deciders from '../../domain/decider';\nexport const d = deciders;\n" },
  ];
  const allowed: Probe[] = [
    loop('src/app/commandHandler.ts', '../domain/decider'),
    loop('src/domain/intake/probe.ts', '../decider'),
    { file: 'src/app/complaints/probe.ts', code: "import type { Decider } from '../../domain/decider';\nexport type D = Decider<string, string, string>;\n" },
  ];
  const results = lintAll('no-restricted-imports', [...refused, ...allowed]);

  it('refuses runCommands imported anywhere else in src (a use case running a decider itself)', () => {
    expect(results.slice(0, refused.length).map((messages) => messages.map((m) => m.message.includes('handleCommand')))).toEqual(refused.map(() => [true]));
  });

  it('lets the handler and the domain import it, and anyone the Decider shape', () => {
    expect(results.slice(refused.length)).toEqual(allowed.map(() => []));
  });
});
