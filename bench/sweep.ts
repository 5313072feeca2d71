// Benchmark: the daily sweep and the weekly summary on 1,000 / 10,000 / 100,000 cases with in-memory ports that
// count Sheets round trips and price them with the sandbox's cost table; and the same sweep done row by row.
import { latencyOf } from '../sandbox/core/costs';
import { runDailySweep, sendWeeklySummary, scheduledCaseFromRow, MARKS_COLUMN } from '../src/app/schedule';
import { entryToRow } from '../src/app/notify/outbox';
import { planMarks, scheduleRules, serializeMarks, sweepMessages } from '../src/domain/schedule';
import { riyadhDate } from '../src/domain/time';
import type { Row } from '../src/ports';
import { FakeBudget, FakeClock, FakeContinuations, MemoryRegister, MemoryStore, type TableOp } from '../test/app/schedule/fakes';
import { config, requestRow } from '../test/app/schedule/builders';

/** The Apps Script calls SheetTable makes for each Table operation (src/adapters/sheets/sheetTable.ts). */
const CALLS: Record<TableOp, string[]> = {
  readAll: ['Sheet.getDataRange', 'Range.getValues'],
  findBy: ['Sheet.getLastRow', 'Sheet.getRange', 'Range.createTextFinder', 'TextFinder.findNext', 'Sheet.getRange', 'Range.getValues'],
  readRow: ['Sheet.getRange', 'Range.getValues'],
  readColumn: ['Sheet.getLastRow', 'Sheet.getRange', 'Range.getValues'],
  append: ['Sheet.getLastRow', 'Sheet.getMaxRows', 'Sheet.getRange', 'Range.setNumberFormats', 'Range.setValues'],
  updateBlock: ['Sheet.getRange', 'Range.setValues'],
};

/** Config loading (settings, staff and holidays tabs) that every scheduled entry does first. */
const CONFIG_READS = 3;

class CountingStore extends MemoryStore {
  gets = 0;
  sets = 0;
  override get(key: string): string | null {
    this.gets += 1;
    return super.get(key);
  }
  override set(key: string, value: string): void {
    this.sets += 1;
    super.set(key, value);
  }
}

export interface BenchLine {
  job: string;
  cases: number;
  roundTrips: number;
  projectedMs: number;
  cpuMs: number;
}

function priced(register: MemoryRegister, store: CountingStore, extraReads = CONFIG_READS): { roundTrips: number; serviceMs: number } {
  const ops: TableOp[] = [...register.tables.values()].flatMap((t) => t.ops);
  for (let i = 0; i < extraReads; i++) ops.push('readAll');
  const sheetsMs = ops.flatMap((op) => CALLS[op]).reduce((ms, method) => ms + latencyOf(method), 0);
  const propsMs = store.gets * latencyOf('Properties.getProperty') + store.sets * latencyOf('Properties.setProperty');
  return { roundTrips: ops.length, serviceMs: sheetsMs + propsMs };
}

/** A register in arrival order: old cases answered, the last few weeks' open, 50 officers. */
function register(cases: number): MemoryRegister {
  const reg = new MemoryRegister();
  const rows: Row[] = [];
  const openFrom = Math.floor(cases * 0.9);
  for (let i = 0; i < cases; i++) {
    const officer = `officer${i % 50}@org.sa`;
    rows.push(i < openFrom ? requestRow(`SR-${i}`, '2026-01-04', { officer, notifiedOn: '2026-01-15' }) : requestRow(`SR-${i}`, ['2026-02-22', '2026-03-01', '2026-03-08'][i % 3], { officer }));
  }
  reg.table('cases').rows = rows;
  return reg;
}

function cpu<T>(work: () => T): { result: T; ms: number } {
  const start = process.hrtime.bigint();
  const result = work();
  return { result, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

/** The tutorial way: the same decisions, but each row read on its own, each change and each message written on its own. */
function naiveSweep(reg: MemoryRegister, clock: FakeClock): void {
  const cfg = config();
  const cases = reg.table('cases');
  const outbox = reg.table('outbox');
  const today = riyadhDate(clock.now());
  const rules = scheduleRules(cfg.profile);
  const items = [];
  for (let n = 2; n < cases.rows.length + 2; n++) {
    const item = scheduledCaseFromRow(cases.readRow(n));
    if (!item) continue;
    const marks = planMarks([item], rules, cfg.calendar, today).get(item.caseNo);
    if (marks) {
      cases.update([{ rowNumber: n, row: { [MARKS_COLUMN]: serializeMarks(marks) } }]);
      item.marks = marks;
    }
    items.push({ item, marks: item.marks });
  }
  for (const digest of sweepMessages(items, cfg.calendar, today, ['manager@org.sa']).digests) {
    outbox.append([entryToRow({ messageId: `digest:${today}:${digest.recipient}`, caseNo: '', channel: 'email', recipient: digest.recipient, mail: { to: digest.recipient, subject: '', text: '', html: '' } }, clock.now(), 'queued')]);
  }
}

export function benchSweep(sizes: readonly number[] = [1_000, 10_000, 100_000]): BenchLine[] {
  const lines: BenchLine[] = [];
  for (const n of sizes) {
    const line = (job: string, reg: MemoryRegister, store: CountingStore, ms: number, extraReads = CONFIG_READS) => {
      const { roundTrips, serviceMs } = priced(reg, store, extraReads);
      lines.push({ job, cases: n, roundTrips, projectedMs: Math.round(serviceMs + ms), cpuMs: Math.round(ms) });
    };
    {
      const reg = register(n);
      const store = new CountingStore();
      const deps = { register: reg, clock: FakeClock.at('2026-03-17'), store, continuations: new FakeContinuations(), budget: new FakeBudget(), config: config() };
      const { ms } = cpu(() => runDailySweep(deps));
      line('daily sweep', reg, store, ms);
    }
    {
      const reg = register(n);
      const store = new CountingStore();
      const { ms } = cpu(() => sendWeeklySummary({ register: reg, clock: FakeClock.at('2026-03-29'), store, config: config() }));
      line('weekly summary', reg, store, ms);
    }
    {
      const reg = register(n);
      const store = new CountingStore();
      const { ms } = cpu(() => naiveSweep(reg, FakeClock.at('2026-03-17')));
      // The naive script finds its rows with one getLastRow, not a data-range read.
      line('daily sweep, row by row', reg, store, ms, 0);
    }
  }
  return lines;
}

export function printSweepBench(lines: readonly BenchLine[]): void {
  for (const l of lines) {
    const naive = lines.find((x) => x.cases === l.cases && x.job === 'daily sweep, row by row');
    const ratio = l.job === 'daily sweep' && naive ? `; row by row is ${(naive.projectedMs / l.projectedMs).toFixed(0)}× slower, ${(naive.roundTrips / l.roundTrips).toFixed(0)}× the round trips` : '';
    console.log(`${l.job} on ${l.cases.toLocaleString('en')} cases: ${l.roundTrips} Sheets round trips, projected ${(l.projectedMs / 1000).toFixed(1)} s (Apps Script limit 360 s), local CPU ${l.cpuMs} ms${ratio}`);
  }
}

if (require.main === module) printSweepBench(benchSweep());
