// Runs npm scripts in parallel lanes, each lane's scripts one after another, and fails when any script fails: npm
// test's checks use both cores of the 2-core machine (issue 14). Each script's output is printed whole when it ends.
// Usage: tsx scripts/lanes.ts "build lint" "typecheck depcheck"
import { spawn } from 'child_process';

/** Runs one npm script; resolves to whether it passed, after printing what it wrote. */
function run(script: string): Promise<boolean> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => out.push(d));
    child.on('close', (code) => {
      const text = Buffer.concat(out).toString('utf8');
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`\n── npm run ${script} (${code === 0 ? 'passed' : `failed, exit ${code}`}, ${seconds} s)\n${text}`);
      resolve(code === 0);
    });
  });
}

/** A lane stops at its first failure; the other lanes finish what they started. */
async function lane(scripts: string[]): Promise<boolean> {
  for (const script of scripts) if (!(await run(script))) return false;
  return true;
}

async function main(): Promise<void> {
  const lanes = process.argv.slice(2).map((arg) => arg.split(/\s+/).filter(Boolean));
  if (lanes.length === 0) throw new Error('usage: tsx scripts/lanes.ts "script script" "script" …');
  const passed = await Promise.all(lanes.map(lane));
  if (passed.includes(false)) process.exit(1);
}

void main();
