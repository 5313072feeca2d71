// The short account of a run printed at the end, and the cost report written next to state.json.
import type { Sandbox } from '../core/runtime';
import type { CostReport } from '../core/costs';
import { spreadsheetSlot, lastRowWithContent } from '../services/spreadsheet/model';
import { mailSlot } from '../services/mail';
import { docsSlot } from '../services/document/model';
import type { ScenarioReport } from './runner';
import { MAX_EXECUTION_MS } from '../core/runtime';

const seconds = (ms: number) => (ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`);

export function costTable(costs: CostReport): string {
  const lines = [
    `Projected Apps Script time: ${seconds(costs.projectedMs)} over ${costs.executions} executions and ${costs.calls} calls`,
    `Longest execution: ${seconds(costs.longestExecutionMs)} (limit ${seconds(MAX_EXECUTION_MS)})`,
    '',
    `${'method'.padEnd(40)} ${'calls'.padStart(8)} ${'cells read'.padStart(12)} ${'cells written'.padStart(14)} ${'ms'.padStart(10)}`,
    ...costs.byMethod.map((m) => `${m.method.padEnd(40)} ${String(m.calls).padStart(8)} ${String(m.cellsRead ?? 0).padStart(12)} ${String(m.cellsWritten ?? 0).padStart(14)} ${String(m.ms).padStart(10)}`),
  ];
  return `${lines.join('\n')}\n`;
}

export function summaryLines(sandbox: Sandbox, report: ScenarioReport, outDir: string, written: string[]): string[] {
  const failedExecutions = sandbox.executions.filter((x) => x.error).length;
  const sheets = Object.values(spreadsheetSlot(sandbox.world).spreadsheets).flatMap((ss) =>
    ss.sheets.map((s) => `    ${ss.name} / ${s.name}: ${Math.max(0, lastRowWithContent(s) - 1)} rows below the header`));
  return [
    `Workspace: ${outDir}`,
    `  virtual time now: ${sandbox.now().toISOString()}`,
    `  executions: ${sandbox.executions.length} (${failedExecutions} failed), triggers fired this run: ${report.triggersFired}`,
    '  sheets:',
    ...sheets,
    `  mails sent: ${mailSlot(sandbox.world).messages.length}, documents created: ${Object.keys(docsSlot(sandbox.world).documents).length}`,
    `  projected Apps Script time: ${seconds(sandbox.costs.projectedMs)} (longest execution ${seconds(sandbox.costs.longestExecutionMs)})`,
    `  files written: ${written.length}`,
    report.failures.length ? `  failures (${report.failures.length}):` : '  failures: none',
    ...report.failures.map((f) => `    - ${f}`),
  ];
}
