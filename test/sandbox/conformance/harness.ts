// Runs gas-fakes' live-validated assertions, restated as tables of cases, inside the sandbox and prints the pass rate.
import type { FetchResponse } from '../../../sandbox/core/execution';
import { Sandbox, type ExecuteOptions, type SandboxOptions } from '../../../sandbox/core/runtime';

/** One assertion of gas-fakes, restated: a script body whose value (or error) Google gave. */
export interface ConformanceCase {
  /** gas-fakes file and test section the assertion comes from, e.g. 'testlock.js › Lock timeout failures'. */
  source: string;
  /** What is asserted, in our words. */
  what: string;
  /** Body of a function run inside one execution; its `return` value is compared. */
  script: string;
  /** The value Google returns (compared after a JSON round trip; undefined means nothing returned). */
  expected?: unknown;
  /** Instead of a value: the error Google throws. */
  throws?: RegExp;
  /** Sandbox options (a standalone script, a time zone...). */
  options?: SandboxOptions;
  /** How the execution runs (who runs it, in which context); default: the owner, from a menu. */
  run?: ExecuteOptions;
  /** Canned UrlFetchApp answers by URL (the sandbox never reaches the network). */
  fetchResponses?: Record<string, FetchResponse>;
}

const tallies = new Map<string, { pass: number; total: number }>();

function runCase(c: ConformanceCase): { value?: unknown; error?: string } {
  const code = `function conformanceCase() { return JSON.stringify({ v: (function () {\n${c.script}\n})() }); }`;
  const sandbox = new Sandbox({ start: '2025-01-05T05:00:00Z', ...c.options, code });
  Object.assign(sandbox.urlFetch.responses, c.fetchResponses ?? {});
  const run = sandbox.execute('conformanceCase', [], c.run);
  if (run.error) return { error: `${run.error.name ?? 'Error'}: ${run.error.message}` };
  const parsed = JSON.parse(String(run.result)) as { v?: unknown };
  return 'v' in parsed ? { value: parsed.v } : {};
}

/** Declares every case as a jest test of `service`, and logs the service's pass rate after them. */
export function conformance(service: string, cases: ConformanceCase[]): void {
  const tally = { pass: 0, total: cases.length };
  tallies.set(service, tally);
  describe(`conformance with gas-fakes: ${service}`, () => {
    it.each(cases.map((c) => [`${c.source}: ${c.what}`, c] as const))('%s', (_name, c) => {
      const outcome = runCase(c);
      if (c.throws) {
        expect(outcome.error).toMatch(c.throws);
      } else {
        expect(outcome.error).toBeUndefined();
        expect(outcome.value).toEqual(c.expected);
      }
      tally.pass += 1;
    });
    afterAll(() => {
      const pct = tally.total ? Math.round((tally.pass / tally.total) * 1000) / 10 : 100;
      // The suite's pass rate, one line per service (the lead's summary greps for "conformance:").
      console.log(`conformance: ${service}: ${tally.pass} of ${tally.total} gas-fakes assertions pass (${pct}%)`);
    });
  });
}
