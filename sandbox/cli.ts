// The sandbox command line: `start` plays the default scenario; `run SCENARIO.json --out DIR` plays a file.
import * as fs from 'fs';
import * as path from 'path';
// Apps Script's Date methods work in the script's time zone; the vm shares the process zone.
process.env.TZ = 'Asia/Riyadh';
import { Sandbox } from './core/runtime';
import { runScenario } from './scenario/runner';
import { loadState, restoreExtras, saveState, STATE_FILE } from './scenario/state';
import { costTable, summaryLines } from './scenario/summary';
import type { Scenario } from './scenario/types';
import { writeWorkspaceFiles } from './persist/files';

const ROOT = path.resolve(__dirname, '..');
const DEFAULT_SCENARIO = path.join(ROOT, 'sandbox', 'scenarios', 'default.json');
const DEFAULT_OUT = path.join(ROOT, 'out', 'workspace');
const USAGE = `Usage:
  npm start                                   play sandbox/scenarios/default.json into out/workspace/
  npm run sandbox -- start [--out DIR] [--profile NAME]
  npm run sandbox -- run SCENARIO.json --out DIR [--profile NAME] [--continue]`;

interface Args {
  command: string;
  scenario: string;
  out: string;
  profile: string | null;
  continue: boolean;
}

function parseArgs(argv: string[]): Args {
  const [command = '', ...rest] = argv;
  const args: Args = { command, scenario: DEFAULT_SCENARIO, out: DEFAULT_OUT, profile: null, continue: false };
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--out') args.out = path.resolve(rest[++i] ?? '');
    else if (rest[i] === '--profile') args.profile = rest[++i] ?? null;
    else if (rest[i] === '--continue') args.continue = true;
    else positional.push(rest[i]);
  }
  if (command === 'run') {
    if (!positional[0]) throw new Error(`run needs a scenario file\n${USAGE}`, { cause: { code: 'USAGE' } });
    args.scenario = path.resolve(positional[0]);
  } else if (command !== 'start') throw new Error(USAGE, { cause: { code: 'USAGE' } });
  return args;
}

function readScenario(file: string): Scenario {
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Scenario | Scenario['steps'];
  return Array.isArray(parsed) ? { steps: parsed } : parsed;
}

/** The product's default profile, read from its own profile list so the sandbox never hard-codes one. */
async function defaultProfile(): Promise<string> {
  const profiles = (await import('../src/profiles')) as { DEFAULT_PROFILE_ID?: string };
  if (!profiles.DEFAULT_PROFILE_ID) throw new Error('src/profiles has no DEFAULT_PROFILE_ID', { cause: { code: 'NO_PROFILE' } });
  return profiles.DEFAULT_PROFILE_ID;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const scenario = readScenario(args.scenario);
  const profile = args.profile ?? scenario.profile ?? (await defaultProfile());
  const stateFile = path.join(args.out, STATE_FILE);
  let sandbox: Sandbox;
  if (args.continue) {
    const state = loadState(stateFile);
    sandbox = new Sandbox({ world: state.world });
    restoreExtras(sandbox, state);
  } else {
    fs.rmSync(args.out, { recursive: true, force: true });
    sandbox = new Sandbox({ start: scenario.start, account: scenario.account, owner: scenario.owner, boundSpreadsheet: scenario.boundSpreadsheet });
  }
  const report = runScenario(sandbox, scenario, profile);
  fs.mkdirSync(args.out, { recursive: true });
  const written = await writeWorkspaceFiles(sandbox.world, args.out);
  written.push(saveState(sandbox, args.out));
  const costFile = path.join(args.out, 'cost-report.txt');
  fs.writeFileSync(costFile, costTable(sandbox.costs));
  written.push(costFile);
  console.log(summaryLines(sandbox, report, path.resolve(args.out), written).join('\n'));
  return report.failures.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  },
);
