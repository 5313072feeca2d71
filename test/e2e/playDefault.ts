// The default scenario (sandbox/scenarios/default.json) played for one profile, as the tests that read what it
// leaves behind (mail, documents, the register printed) need it.
import * as fs from 'fs';
import * as path from 'path';
import { Sandbox } from '../../sandbox/core/runtime';
import { runScenario, type ScenarioReport } from '../../sandbox/scenario/runner';
import type { Scenario } from '../../sandbox/scenario/types';

export const DEFAULT_SCENARIO = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'sandbox', 'scenarios', 'default.json'), 'utf8')) as Scenario & {
  start: string;
  account: 'consumer' | 'workspace';
  owner: string;
  boundSpreadsheet: string;
};

/** A played default scenario: the sandbox it leaves and the runner's report (its failures, each step's executions). */
export interface DefaultPlay {
  sb: Sandbox;
  report: ScenarioReport;
}

/** Plays the default scenario for a profile; the caller checks the report. */
export function playDefaultReport(profileId: string): DefaultPlay {
  const s = DEFAULT_SCENARIO;
  const sb = new Sandbox({ start: s.start, account: s.account, owner: s.owner, boundSpreadsheet: s.boundSpreadsheet });
  return { sb, report: runScenario(sb, s, profileId) };
}

/** Plays the default scenario for a profile; fails the test when any step fails. */
export function playDefault(profileId: string): Sandbox {
  const { sb, report } = playDefaultReport(profileId);
  if (report.failures.length > 0) throw new Error(`the default scenario failed on ${profileId}: ${JSON.stringify(report.failures)}`);
  return sb;
}
