// Benchmark: one service request submission on the built bundle in the sandbox: service calls,
// Sheets round trips and projected Apps Script time (target: at most 8 round trips, under 2 s with mail).
import { completeAnswers, nationalId, newRegister, submit } from '../test/e2e/harness';
import { countCalls, type CallCounts } from './roundTrips';

export function benchIntake(submissions = 20): { first: CallCounts; median: CallCounts; cpuMsPerSubmission: number } {
  const sb = newRegister();
  const counts: CallCounts[] = [];
  const start = process.hrtime.bigint();
  for (let i = 0; i < submissions; i++) {
    const run = submit(sb, completeAnswers({ national_id: nationalId(1000 + i), full_name: `مستفيد ${i}`, email: `b${i}@example.com` }));
    const execution = run.executions[0];
    if (execution.error) throw execution.error;
    counts.push(countCalls(execution.calls));
  }
  const cpuMs = Number(process.hrtime.bigint() - start) / 1e6;
  const sorted = [...counts].sort((a, b) => a.projectedMs - b.projectedMs);
  return { first: counts[0], median: sorted[Math.floor(sorted.length / 2)], cpuMsPerSubmission: cpuMs / submissions };
}

export function printIntake(): void {
  const r = benchIntake();
  const line = (label: string, c: CallCounts) =>
    `${label}: ${c.calls} service calls, ${c.sheetsRoundTrips} Sheets round trips (${c.sheetsReads} reads, ${c.sheetsWrites} buffered writes), projected ${(c.projectedMs / 1000).toFixed(2)} s`;
  console.log('intake (one form submission, mail included; target ≤ 8 round trips, < 2 s):');
  console.log(`  ${line('first (cold config cache)', r.first)}`);
  console.log(`  ${line('median of 20', r.median)}`);
  console.log(`  local CPU ${r.cpuMsPerSubmission.toFixed(1)} ms per submission`);
}
