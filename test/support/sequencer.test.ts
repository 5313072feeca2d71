// The test order on a clean clone (no jest cache): the files measured slowest first, the small files that share a
// long play not last; test/durations.json names only files that exist.
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from './bundle';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const SlowestFirst = require('./sequencer.js') as new (options: unknown) => { sort(tests: unknown[]): Array<{ path: string }> };
const measured = (JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'durations.json'), 'utf8')) as { seconds: Record<string, number> }).seconds;

/** A test as jest hands it to the sequencer, in a context with no cache (as on a clean clone). */
const testAt = (file: string) => ({
  path: path.join(ROOT, file),
  context: { config: { cache: false, id: 'clean-clone' }, hasteFS: { getSize: (p: string) => fs.statSync(p).size } },
});
const order = (files: string[]) => new SlowestFirst({}).sort(files.map(testAt)).map((t) => path.relative(ROOT, t.path));

describe('the order of test files with no cached durations', () => {
  it('runs the slowest measured files first, whatever their size', () => {
    const files = ['test/domain/text/normalize.test.ts', 'test/e2e/default/esrar.test.ts', 'test/e2e/archive.test.ts', 'test/e2e/quotaWeek.test.ts'];
    // By size alone (jest's fallback) the one-line profile file would run after the larger archive file.
    expect(fs.statSync(path.join(ROOT, 'test/e2e/default/esrar.test.ts')).size).toBeLessThan(fs.statSync(path.join(ROOT, 'test/e2e/archive.test.ts')).size);
    expect(order(files)).toEqual(['test/e2e/quotaWeek.test.ts', 'test/e2e/default/esrar.test.ts', 'test/e2e/archive.test.ts', 'test/domain/text/normalize.test.ts']);
  });

  it('lists only test files that exist, each with a positive duration', () => {
    const missing = Object.keys(measured).filter((file) => !fs.existsSync(path.join(ROOT, file)));
    expect(missing).toEqual([]);
    expect(Object.values(measured).every((s) => s > 0)).toBe(true);
  });
});
