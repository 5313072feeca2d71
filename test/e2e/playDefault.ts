// The default scenario (sandbox/scenarios/default.json) played for one profile, as the tests that read what it
// leaves behind (mail, documents, the register printed) need it; fails the test when any step fails.
import * as fs from 'fs';
import * as path from 'path';
import { Sandbox } from '../../sandbox/core/runtime';
import { runScenario } from '../../sandbox/scenario/runner';
import type { Scenario } from '../../sandbox/scenario/types';

export const DEFAULT_SCENARIO = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'sandbox', 'scenarios', 'default.json'), 'utf8')) as Scenario & {
  start: string;
  account: 'consumer' | 'workspace';
  owner: string;
  boundSpreadsheet: string;
};

export function playDefault(profileId: string): Sandbox {
  const s = DEFAULT_SCENARIO;
  const sb = new Sandbox({ start: s.start, account: s.account, owner: s.owner, boundSpreadsheet: s.boundSpreadsheet });
  const report = runScenario(sb, s, profileId);
  if (report.failures.length > 0) throw new Error(`the default scenario failed on ${profileId}: ${JSON.stringify(report.failures)}`);
  return sb;
}
