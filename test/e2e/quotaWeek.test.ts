// A week of 120 service requests a working day on a consumer account (100 recipients a day): what a
// beneficiary is told (acknowledgements, decisions) leaves before digests and surveys, the backlog drains
// in the days after, and no acknowledgement is lost or sent twice.
import * as fs from 'fs';
import * as path from 'path';
import { Sandbox } from '../../sandbox/core/runtime';
import { runScenario } from '../../sandbox/scenario/runner';
import { yearFigures, yearScenario } from '../../sandbox/scenario/year';
import type { Scenario } from '../../sandbox/scenario/types';
import { ROOT } from '../support/bundle';
import { rows } from './harness';
import { priorityOf } from '../../src/app/notify/outbox';
import { t } from '../../src/i18n';
import { columnHeaderKey, type ColumnOf } from '../../src/ports/registerSchema';

const DAY_MS = 86_400_000;
const col = (key: ColumnOf<'outbox'>) => t(columnHeaderKey('outbox', key));
const ms = (v: unknown): number | null => (v instanceof Date ? v.getTime() : typeof v === 'number' ? v : v ? Date.parse(String(v)) : null);

describe('a week of 120 requests a day under the consumer mail quota', () => {
  const base = JSON.parse(fs.readFileSync(path.join(ROOT, 'sandbox', 'scenarios', 'default.json'), 'utf8')) as Scenario;
  // Every working day a "peak" of 120: five working days, 600 requests, staff deciding cases each day.
  const scenario = yearScenario(base, { days: 7, perDay: 120, peakPerDay: 120, peaks: 5, faultWeekFrom: null, seed: 11 });
  const sandbox = new Sandbox({ start: scenario.start, account: scenario.account, owner: scenario.owner, boundSpreadsheet: scenario.boundSpreadsheet });
  const report = runScenario(sandbox, scenario, 'esrar');
  // Then a quiet week: the hourly sender works the backlog off.
  sandbox.advanceTo(sandbox.now().getTime() + 7 * DAY_MS);
  const figures = yearFigures(sandbox, 14);
  const outbox = rows(sandbox, t('tab.outbox')).filter((r) => r[col('channel')] === t('channel.email'));

  it('plays 600 requests, every one a case, on a consumer account, with more mail than one day\'s quota', () => {
    expect(sandbox.world.account).toBe('consumer');
    expect(figures.serviceRequests.responses).toBe(600);
    expect(figures.serviceRequests.cases).toBe(600);
    // The quota bound: acknowledgements were held back past the hour they were queued in, to a later window.
    const held = outbox.filter((r) => String(r[col('message_id')]).endsWith(':ack') && (ms(r[col('sent_at')]) ?? 0) - ms(r[col('created_at')])! > 3_600_000);
    expect(held.length).toBeGreaterThan(0);
    expect(report.failures).toEqual([]);
  });

  it('never sends more than 100 recipients in one of Google\'s 24-hour windows', () => {
    expect(figures.recipientsPerDay.maxPerQuotaWindow).toBeLessThanOrEqual(100);
    expect(figures.recipientsPerDay.maxPerQuotaWindow).toBe(100);
  });

  it('sends no digest, summary or survey while an acknowledgement or decision queued before it still waits', () => {
    const urgent = outbox.filter((r) => priorityOf(String(r[col('message_id')])) === 0);
    const bulk = outbox.filter((r) => priorityOf(String(r[col('message_id')])) === 2 && ms(r[col('sent_at')]) !== null);
    expect(urgent.length).toBeGreaterThan(600);
    expect(bulk.length).toBeGreaterThan(0);
    const overtaken = bulk.flatMap((b) => {
      const at = ms(b[col('sent_at')])!;
      return urgent
        .filter((u) => ms(u[col('created_at')])! < at && (ms(u[col('sent_at')]) ?? Infinity) > at && !u[col('next_attempt_at')])
        .map((u) => `${String(b[col('message_id')])} before ${String(u[col('message_id')])}`);
    });
    expect(overtaken).toEqual([]);
  });

  it('ends with every acknowledgement sent once and nothing left queued', () => {
    expect(figures.acknowledgements.sentTwice).toBe(0);
    expect(figures.acknowledgements.distinctCases).toBe(600);
    expect(figures.acknowledgements.leftForAPerson).toBe(0);
    expect(outbox.filter((r) => r[col('status')] === t('list.outbox.queued'))).toEqual([]);
    expect(new Set(outbox.map((r) => r[col('message_id')])).size).toBe(outbox.length);
  });
});
