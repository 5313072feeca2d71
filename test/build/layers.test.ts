// The import graph holds the layers (docs/architecture.md): dependency-cruiser, with the project's own rules,
// refuses every arrow that breaks a layer in a miniature tree made to break them, and finds none in the real one.
import { spawnSync } from 'child_process';
import * as path from 'path';
import { ROOT } from '../support/bundle';

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

/** Runs dependency-cruiser's CLI (an ES module, so not loadable in jest) over src/ and sandbox/ of `dir`. */
function cruise(dir: string): { violations: Violation[]; cruised: number } {
  const bin = path.join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
  const config = path.join(ROOT, '.dependency-cruiser.cjs');
  const run = spawnSync(process.execPath, [bin, '--config', config, '--output-type', 'json', 'src', 'sandbox'], {
    cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  if (!run.stdout) throw new Error(`dependency-cruiser printed nothing: ${run.stderr}`);
  const result = JSON.parse(run.stdout) as { summary: { violations: Violation[]; totalCruised: number } };
  return { violations: result.summary.violations, cruised: result.summary.totalCruised };
}

const pairs = (vs: Violation[]) => vs.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();

describe('the layer rule (dependency-cruiser)', () => {
  const fixture = cruise(path.join(__dirname, 'fixtures', 'layers'));

  it('refuses each arrow that breaks a layer, and only those', () => {
    expect(pairs(fixture.violations)).toEqual([
      'adapters-see-ports: src/adapters/busy.ts → src/app/useCase.ts',
      'app-sees-ports: src/app/wired.ts → src/adapters/sheetStore.ts',
      'domain-is-pure: src/domain/leaky.ts → src/ports/store.ts',
      'kernel-is-pure: src/i18n/catalog.ts → src/app/useCase.ts',
      'no-circular: sandbox/host.ts → sandbox/person.ts',
      'people-see-the-host: sandbox/people/usesSecondSandbox.ts → sandbox/core/runtime.ts',
      'ports-see-the-kernel: src/ports/wide.ts → src/app/useCase.ts',
      'src-never-imports-the-bench: src/entry/main.ts → sandbox/person.ts',
      'ui-sees-the-contract: src/ui/page.ts → src/adapters/sheetStore.ts',
    ]);
  });

  it('lets the allowed arrows through (ports → domain, app → ports and domain, adapters → ports, entry → all, people → host)', () => {
    const allowed = ['src/ports/store.ts', 'src/app/useCase.ts', 'src/adapters/sheetStore.ts', 'sandbox/core/runtime.ts', 'sandbox/people/submits.ts'];
    for (const file of allowed) expect(fixture.violations.filter((v) => v.from === file)).toEqual([]);
    expect(fixture.violations.filter((v) => v.from === 'src/entry/main.ts').map((v) => v.to)).toEqual(['sandbox/person.ts']);
  });

  it('finds no circle and no arrow against the layers in the real tree', () => {
    const real = cruise(ROOT);
    expect(real.cruised).toBeGreaterThan(200);
    expect(pairs(real.violations)).toEqual([]);
  });
});
