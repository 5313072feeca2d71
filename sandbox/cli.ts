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
import { addonTour } from './people/addonTour';
import { addonUserIfBuilt } from './core/addonProject';
import { FULL_YEAR, writeYearFigures, yearFigures, yearScenario } from './scenario/year';

const ROOT = path.resolve(__dirname, '..');
const DEFAULT_SCENARIO = path.join(ROOT, 'sandbox', 'scenarios', 'default.json');
const DEFAULT_OUT = path.join(ROOT, 'out', 'workspace');
const USAGE = `Usage:
  npm start                                   play sandbox/scenarios/default.json into out/workspace/
  npm run sandbox -- start [--out DIR] [--profile NAME]
  npm run sandbox -- run SCENARIO.json --out DIR [--profile NAME] [--continue]
  npm run sandbox -- year [--days N] [--out DIR] [--profile NAME]
      plays a generated year (or N days) of requests, complaints, programs, staff work and a week of
      transient faults on a consumer account, and writes year-figures.json beside the workspace
  npm run sandbox -- ui [--out DIR] [--as EMAIL] [--port N] [--open MENU_FUNCTION] [--select 'TAB!A1']
      serve the case panel (or the page another menu item opens, with a row selected) of a saved workspace on 127.0.0.1`;

interface Args {
  user: string;
  port: number;
  command: string;
  scenario: string;
  out: string;
  profile: string | null;
  continue: boolean;
  /** `ui`: the menu function whose page is served, and the cell selected first (`TAB!A1`). */
  open: string;
  select: string | null;
  /** `year`: how many days to play. */
  days: number;
}

function parseArgs(argv: string[]): Args {
  const [command = '', ...rest] = argv;
  const args: Args = { command, scenario: DEFAULT_SCENARIO, out: DEFAULT_OUT, profile: null, continue: false, user: 'officer.noura@gmail.com', port: 0, open: 'openCasePanel', select: null, days: FULL_YEAR.days };
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--out') args.out = path.resolve(rest[++i] ?? '');
    else if (rest[i] === '--profile') args.profile = rest[++i] ?? null;
    else if (rest[i] === '--continue') args.continue = true;
    else if (rest[i] === '--as') args.user = rest[++i] ?? args.user;
    else if (rest[i] === '--port') args.port = Number(rest[++i] ?? 0);
    else if (rest[i] === '--open') args.open = rest[++i] ?? args.open;
    else if (rest[i] === '--select') args.select = rest[++i] ?? null;
    else if (rest[i] === '--days') args.days = Number(rest[++i] ?? FULL_YEAR.days);
    else positional.push(rest[i]);
  }
  if (command === 'run') {
    if (!positional[0]) throw new Error(`run needs a scenario file\n${USAGE}`, { cause: { code: 'USAGE' } });
    args.scenario = path.resolve(positional[0]);
  } else if (command !== 'start' && command !== 'ui' && command !== 'year') throw new Error(USAGE, { cause: { code: 'USAGE' } });
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

/** `ui`: the case panel of a saved workspace (npm start writes one), or the page another menu item opens
 *  (a dialog, with a row selected first), served for a person to click through as a staff member; every
 *  google.script.run call is a sandbox execution. */
async function serveUi(args: Args): Promise<number> {
  const { MENU_ITEMS } = await import('../src/entry/menu');
  if (!MENU_ITEMS.some((item) => item.fn === args.open)) {
    throw new Error(`--open takes a menu function: ${[...new Set(MENU_ITEMS.map((item) => item.fn))].join(', ')}`, { cause: { code: 'USAGE' } });
  }
  const state = loadState(path.join(args.out, STATE_FILE));
  const sandbox = new Sandbox({ world: state.world });
  restoreExtras(sandbox, state);
  if (args.select) {
    const at = args.select.lastIndexOf('!');
    sandbox.select(args.select.slice(0, at), args.select.slice(at + 1));
  }
  const { serveSidebar } = await import('./ui/server');
  const server = await serveSidebar({ sandbox, fn: args.open, user: args.user, port: args.port || undefined });
  console.log(`${args.open} for ${args.user}: ${server.url}  (Ctrl-C to stop; changes are not saved to ${args.out})`);
  await new Promise<void>(() => undefined);
  return 0;
}

/** The first officer and manager the scenario's setup lists (the people who open the add-on after it). */
function scenarioStaff(scenario: { steps: readonly object[] }): { officer?: string; manager?: string } {
  const setup = (scenario.steps as Array<{ fn?: string; args?: unknown[] }>).find((s) => s.fn === 'setup');
  const staff = ((setup?.args?.[1] as { staff?: Array<{ email: string; role: string }> } | undefined)?.staff) ?? [];
  return { officer: staff.find((m) => m.role === 'officer')?.email, manager: staff.find((m) => m.role === 'manager')?.email };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.command === 'ui') return serveUi(args);
  const scenario = args.command === 'year' ? yearScenario(readScenario(DEFAULT_SCENARIO), { ...FULL_YEAR, days: args.days }) : readScenario(args.scenario);
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
  // The year prints a line per day played (to stderr), so a long run can be watched.
  let lastDay = '';
  const report = runScenario(sandbox, scenario, profile, args.command !== 'year' ? undefined : (outcome, so) => {
    const day = outcome.at.slice(0, 10);
    if (day === lastDay) return;
    lastDay = day;
    console.error(`${new Date().toISOString().slice(11, 19)} ${day}: ${so.steps.length} steps, ${so.failures.length} failures`);
  });
  fs.mkdirSync(args.out, { recursive: true });
  // npm start: the staff open the Workspace add-on once, so the workspace shows its cards (out/…/addon/).
  if (args.command === 'start') {
    const pages = addonTour(sandbox.world, scenarioStaff(scenario), addonUserIfBuilt(sandbox.world));
    if (pages.length) fs.mkdirSync(path.join(args.out, 'addon'), { recursive: true });
    for (const page of pages) fs.writeFileSync(path.join(args.out, 'addon', page.file), page.html);
  }
  const written = await writeWorkspaceFiles(sandbox.world, args.out);
  if (args.command === 'start' && fs.existsSync(path.join(args.out, 'addon'))) for (const f of fs.readdirSync(path.join(args.out, 'addon'))) written.push(path.join(args.out, 'addon', f));
  written.push(saveState(sandbox, args.out));
  const costFile = path.join(args.out, 'cost-report.txt');
  fs.writeFileSync(costFile, costTable(sandbox.costs));
  written.push(costFile);
  if (args.command === 'year') {
    const figures = yearFigures(sandbox, args.days);
    written.push(writeYearFigures(figures, args.out));
    console.log(JSON.stringify(figures, null, 2));
  }
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
