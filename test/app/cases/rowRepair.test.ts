// A case row half written by a faulted step (issue 13): its status cell shows what its state does not say. A step on
// the case (the panel's, a typed cell) repairs it first, audited, and a refusal says so in Arabic; the daily sweep
// repairs such rows from its own read, and the health note counts them.
import { transition } from '../../../src/app/cases/caseActions';
import { applyRegisterEdit } from '../../../src/app/cases/registerEdit';
import { parseState, statusLabel } from '../../../src/app/register/caseRecord';
import { runDailySweep, type SweepDeps } from '../../../src/app/schedule';
import { AuditTrail } from '../../../src/app/audit';
import { healthMail, repairLines } from '../../../src/app/health/healthNote';
import { t } from '../../../src/i18n';
import { esrar } from '../../../src/profiles/esrar';
import { OFFICER, type Organisation } from '../../fakes/ports';
import { wordsThrown } from '../../fakes/words';
import { withCases } from './withCases';
import { FakeBudget, FakeClock, FakeContinuations, MemoryRegister, MemoryStore } from '../schedule/fakes';
import { config, requestRow } from '../schedule/builders';
import { sentence, wording } from '../../../src/domain/codedError';
import type { IsoDate } from '../../../src/domain/time';

const REPAIRED = t('audit.case_row_repaired');
const repairs = (org: Organisation) => org.rows('audit').filter((a) => a.action === REPAIRED);
const transitions = (org: Organisation) => org.rows('audit').filter((a) => a.action === t('audit.case_transition'));

/** A complete case whose «start study» wrote its status run and failed on the run holding the state. */
function halfWritten() {
  const { org, deps, caseNos } = withCases();
  const table = org.register.table('cases');
  table.rows[0] = { ...table.rows[0], status: statusLabel('under_study'), unit: 'لجنة البحث' };
  return { org, deps, caseNo: caseNos[0] };
}

describe('a panel step on a half-written row', () => {
  const { org, deps, caseNo } = halfWritten();
  // The officer reads «قيد الدراسة» and records a verification; the case is in truth still complete.
  const words = wordsThrown(() => transition(deps, caseNo, OFFICER, () => [{ type: 'Decide', data: { decision: 'accepted', reasons: ['x'], committee: 'لجنة البحث', verificationRequired: false, actor: OFFICER, at: org.clock.now().toISOString() } }]));
  const [row] = org.rows('cases');

  it('writes the state\'s projection again: the status cell shows the true status', () => {
    expect(parseState(row).status).toBe('complete');
    expect(row.status).toBe(statusLabel('complete'));
  });

  it('records one audit line naming what the row showed and what is true, even though the step is refused', () => {
    expect(repairs(org)).toHaveLength(1);
    expect(repairs(org)[0]).toMatchObject({ case_no: caseNo, actor: OFFICER });
    expect(String(repairs(org)[0].details)).toContain(statusLabel('under_study'));
    expect(String(repairs(org)[0].details)).toContain(statusLabel('complete'));
    expect(transitions(org)).toHaveLength(0);
  });

  it('tells the person first that the row was repaired and its true status, then why the step was refused', () => {
    const notice = sentence(wording('register.repair.notice', { caseNo, shown: statusLabel('under_study'), status: statusLabel('complete') }));
    expect(words).not.toBeNull();
    expect(words!.startsWith(notice)).toBe(true);
    expect(words!.length).toBeGreaterThan(notice.length + 1);
  });
});

describe('a step the true status allows, on a half-written row', () => {
  const { org, deps, caseNo } = halfWritten();
  const done = transition(deps, caseNo, OFFICER, () => [{ type: 'StartStudy', data: { unit: 'لجنة البحث', actor: OFFICER, at: org.clock.now().toISOString() } }]);

  it('repairs, then runs on the truth: the step recorded after its repair', () => {
    expect(done.state.status).toBe('under_study');
    expect(org.rows('audit').map((a) => a.action)).toEqual([REPAIRED, t('audit.case_transition')]);
    expect(org.rows('cases')[0].status).toBe(statusLabel('under_study'));
  });

  it('returns what the panel says first: the row was repaired, and its true status before the step', () => {
    expect(done.repaired).toBe(sentence(wording('register.repair.notice', { caseNo, shown: statusLabel('under_study'), status: statusLabel('complete') })));
  });
});

describe('a step on a row that agrees with its state', () => {
  const { org, deps, caseNos } = withCases();
  const done = transition(deps, caseNos[0], OFFICER, () => [{ type: 'StartStudy', data: { unit: 'لجنة البحث', actor: OFFICER, at: org.clock.now().toISOString() } }]);

  it('repairs nothing and writes the row once', () => {
    expect(repairs(org)).toHaveLength(0);
    expect(done.repaired).toBeUndefined();
    expect(org.register.table('cases').ops.filter((op) => op === 'updateBlock')).toHaveLength(1);
  });
});

describe('a status typed into a half-written row', () => {
  const { org } = halfWritten();
  const table = org.register.table('cases');
  // The cell showed «قيد الدراسة» (stale); the officer types «مغلق».
  const oldValue = table.rows[0].status;
  table.rows[0] = { ...table.rows[0], status: statusLabel('closed') };
  const outcome = applyRegisterEdit(org, { rowNumber: 2, column: 'status', oldValue, newValue: statusLabel('closed'), actor: OFFICER });

  it('is refused with the repair said first, and the cell is to show the true status, not the stale one', () => {
    expect(outcome.kind).toBe('refused');
    if (outcome.kind !== 'refused') throw new Error('refused expected');
    expect(outcome.restore).toBe(statusLabel('complete'));
    expect(outcome.reason).toContain(statusLabel('complete'));
    expect(outcome.reason).toContain(sentence(wording('register.repair.notice', { caseNo: String(table.rows[0].case_no), shown: statusLabel('under_study'), status: statusLabel('complete') })));
    expect(repairs(org)).toHaveLength(1);
  });
});

describe('a status typed into a row that agrees with its state', () => {
  const { org } = withCases();
  const table = org.register.table('cases');
  const oldValue = table.rows[0].status;
  table.rows[0] = { ...table.rows[0], status: statusLabel('closed') };
  const outcome = applyRegisterEdit(org, { rowNumber: 2, column: 'status', oldValue, newValue: statusLabel('closed'), actor: OFFICER });

  it('is refused as before, the old value put back, nothing repaired', () => {
    expect(outcome).toMatchObject({ kind: 'refused' });
    expect('restore' in outcome).toBe(false);
    expect(repairs(org)).toHaveLength(0);
  });
});

describe('the daily sweep', () => {
  const register = new MemoryRegister();
  const good = requestRow('1448-00001', '2026-03-01');
  const bad = { ...requestRow('1448-00002', '2026-03-01', { notifiedOn: '2026-03-10' }), status: statusLabel('delivered'), delivered_at: new Date('2026-03-12T09:00:00Z') };
  register.table('cases').rows = [good, bad];
  const clock = FakeClock.at('2026-03-17');
  const deps = {
    register, clock, audit: new AuditTrail(register, clock), store: new MemoryStore(), continuations: new FakeContinuations(), budget: new FakeBudget(), config: config(),
    links: { rowLink: (_tab: string, row: number) => `https://docs.google.com/spreadsheets/d/register/edit#gid=7&range=A${row}` },
  } satisfies SweepDeps;
  const first = runDailySweep(deps);
  const rowsAfter = register.table('cases').rows.map((r) => ({ ...r }));
  clock.setDay('2026-03-18');
  const second = runDailySweep(deps);

  it('writes the projection of the row whose status cell is not its state\'s, and only that row', () => {
    expect(first.repairedRows).toBe(1);
    expect(rowsAfter[1].status).toBe(statusLabel('notified'));
    expect(rowsAfter[1].delivered_at).toBeNull();
    const { schedule_marks: _marks, ...goodAfter } = rowsAfter[0];
    expect(goodAfter).toEqual(good);
  });

  it('audits each repair as the system, by case number', () => {
    const lines = register.table('audit').rows.filter((a) => a.action === REPAIRED);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ case_no: '1448-00002' });
    expect(String(lines[0].details)).toContain(statusLabel('delivered'));
  });

  it('finds nothing the next day', () => {
    expect(second.repairedRows).toBe(0);
    expect(register.table('audit').rows.filter((a) => a.action === REPAIRED)).toHaveLength(1);
  });
});

describe('the health note on repaired rows', () => {
  const noteOf = (repairedRows: number) => {
    const deps = {
      register: new MemoryRegister(), store: new MemoryStore(), clock: FakeClock.at('2026-03-17'), profile: esrar, to: 'manager@example.org',
      quotaLeft: 100, dailyLimit: 100, cells: 1000, catchUp: { replayed: 0, failed: 0 }, repairedRows,
    };
    const forecast = { waiting: [0, 0, 0] as [number, number, number], tasks: 0, failed: 0, dailyRate: 0, clearsOn: 'never' as const, runsOutOn: 'never' as const };
    return healthMail(deps, forecast, { count: 0, recent: [] }, '2026-03-17' as IsoDate).text ?? '';
  };

  it('says nothing when no row was repaired', () => {
    expect(repairLines(0)).toEqual([]);
    expect(noteOf(0)).not.toContain(t('health.rows.repaired', { count: 1 }));
  });

  it('counts the rows repaired in the CLDR plural form of the count', () => {
    expect(noteOf(1)).toContain('أصلحت المتابعة اليومية صف حالة واحدًا');
    expect(noteOf(2)).toContain('صفَّي حالتين');
    expect(repairLines(3)[0]).toContain('صفوف حالات');
    expect(repairLines(11)[0]).toContain('صفًّا');
  });
});
