// The generated year, played short: a week with transient faults at 10% on a consumer account still
// ends with every response a case, no acknowledgement sent twice, and figures inside Google's limits.
import * as fs from 'fs';
import * as path from 'path';
import { Sandbox } from '../../sandbox/core/runtime';
import { runScenario } from '../../sandbox/scenario/runner';
import { yearFigures, yearScenario } from '../../sandbox/scenario/year';
import type { Scenario } from '../../sandbox/scenario/types';
import { ROOT } from '../support/bundle';

describe('a generated week of an organisation', () => {
  const base = JSON.parse(fs.readFileSync(path.join(ROOT, 'sandbox', 'scenarios', 'default.json'), 'utf8')) as Scenario;
  const scenario = yearScenario(base, { days: 9, perDay: 6, peakPerDay: 20, peaks: 1, faultWeekFrom: 1, seed: 3 });
  const sandbox = new Sandbox({ start: scenario.start, account: scenario.account, owner: scenario.owner, boundSpreadsheet: scenario.boundSpreadsheet });
  const report = runScenario(sandbox, scenario, 'esrar');
  const figures = yearFigures(sandbox, 9);

  it('plays on a consumer account with requests, staff work and faults', () => {
    expect(sandbox.world.account).toBe('consumer');
    expect(scenario.steps.some((s) => s.type === 'fail')).toBe(true);
    expect(figures.serviceRequests.responses).toBeGreaterThan(30);
  });

  it('ends with every response a case and no acknowledgement sent twice', () => {
    expect(figures.serviceRequests.cases).toBe(figures.serviceRequests.responses);
    expect(figures.acknowledgements.sentTwice).toBe(0);
    expect(figures.acknowledgements.distinctCases + figures.acknowledgements.leftForAPerson).toBeGreaterThanOrEqual(figures.serviceRequests.cases);
  });

  it('stays inside the limits Google sets', () => {
    expect(figures.longestExecutionMs).toBeLessThan(6 * 60_000);
    expect(figures.triggerMinutesPerDay.max).toBeLessThan(figures.triggerMinutesPerDay.limit);
    expect(figures.recipientsPerDay.max).toBeLessThanOrEqual(figures.recipientsPerDay.limit);
    expect(figures.cells.register).toBeLessThan(figures.cells.limit);
  });

  it('plays every step: no submission refused by the form page, no step error (executions that failed under the faults are listed, not hidden)', () => {
    expect(report.failures.filter((f) => !/failed: /.test(f))).toEqual([]);
  });
});
