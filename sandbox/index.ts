// The sandbox's public surface for tests, benchmarks and the CLI.
export { Sandbox, MAX_EXECUTION_MS, TIME_LIMIT_MESSAGE, type ExecuteOptions, type ExecutionResult, type ExecutionSummary, type SandboxOptions } from './core/runtime';
export type { World, ServiceContext, CallRecord } from './core/context';
export type { ExecutionContext, LogEntry, MenuModel, UiAnswer, UiDialog } from './core/execution';
export { LATENCY_MS, latencyOf, type CostReport } from './core/costs';
export { TRANSIENT_ERRORS, type FaultRule } from './core/faults';
export { LOCK_TIMEOUT_MESSAGE } from './core/locks';
export { MAX_TRIGGERS_PER_USER, TOO_MANY_TRIGGERS } from './core/triggers';
export { runScenario, type ScenarioReport } from './scenario/runner';
export { saveState, loadState, restoreExtras, type SavedState } from './scenario/state';
export { FORMS_PROPERTY, type Scenario, type Step, type PublishedForms } from './scenario/types';
export type { SpreadsheetModel, SheetModel, CellModel, CellValue } from './services/spreadsheet/model';
