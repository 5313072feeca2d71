// Retention (issue 17, item 3): the yearly run anonymises people whose every case closed longer ago than the
// profile's period, leaves the rest, keeps the rows (so counts stay), audits, and does nothing the second time.
import { MemoryRegister, MemoryStore, FakeBudget } from '../schedule/fakes';
import { runRetention, retentionDue, RETENTION_YEAR_KEY } from '../../../src/app/privacy/retention';
import { AuditTrail } from '../../../src/app/audit';
import { esrar } from '../../../src/profiles/esrar';
import type { PersonalDataEraser } from '../../../src/ports';

const OLD = '1000070712';
const NEW = '1000070720';
const state = (no: string, status: string) => JSON.stringify({ caseId: no, channel: 'google_forms', serviceId: 'x', receivedAt: '2020-01-05T07:00:00.000Z', receivedBy: 'google_forms', status, completedAt: '2020-01-05T07:00:00.000Z', ...(status === 'withdrawn' ? { withdrawal: { reason: 'r', at: '2020-02-01T07:00:00.000Z', by: 'o@x' }, withdrawnFrom: 'complete' } : {}) });

function world() {
  const register = new MemoryRegister();
  register.table('beneficiaries').rows = [
    { beneficiary_id: 'B-000001', full_name: 'سلمى عادل الحربي', national_id: OLD, mobile: '+966551230000', email: 'salma@example.com', created_at: new Date('2020-01-05T07:00:00Z'), updated_at: new Date('2020-01-05T07:00:00Z') },
    { beneficiary_id: 'B-000002', full_name: 'رنا فهد العمري', national_id: NEW, mobile: '+966551239999', email: 'rana@example.com', created_at: new Date('2026-01-05T07:00:00Z'), updated_at: new Date('2026-01-05T07:00:00Z') },
  ];
  register.table('cases').rows = [
    { case_no: '1441-00001', beneficiary_id: 'B-000001', beneficiary_name: 'سلمى عادل الحربي', details: 'تفاصيل طلب قديم عن الأسرة', closed_at: null, updated_at: new Date('2020-02-01T07:00:00Z'), state: state('1441-00001', 'withdrawn') },
    { case_no: '1447-00002', beneficiary_id: 'B-000002', beneficiary_name: 'رنا فهد العمري', details: 'طلب حديث', closed_at: null, updated_at: new Date('2026-01-05T07:00:00Z'), state: state('1447-00002', 'complete') },
  ];
  register.table('audit').rows = [{ at: new Date('2020-02-01T07:00:00Z'), actor: 'o@x', action: 'سحب', case_no: '1441-00001', details: 'سحب طلب سلمى عادل الحربي' }];
  const erased: string[] = [];
  const eraser: PersonalDataEraser = { eraseFromResponseSheets: (v) => (erased.push(...v.part), 0), deleteResponse: () => false, scrubDocument: () => false };
  const store = new MemoryStore();
  const now = new Date('2026-12-01T04:00:00Z');
  const deps = { register, profile: esrar, eraser, books: { table: () => { throw new Error('no'); }, existing: () => null, url: () => null }, now, store, audit: new AuditTrail(register, { now: () => now }), budget: new FakeBudget() };
  return { register, deps, store, erased };
}

describe('the yearly retention run', () => {
  it('anonymises the person past the period everywhere in the register, keeps the rows, leaves the recent one', () => {
    const { register, deps, erased } = world();
    expect(esrar.retention.anonymiseClosedAfterDays).toBe(1825);
    expect(runRetention(deps)).toEqual({ anonymised: 1, done: true });
    const [old, recent] = register.table('beneficiaries').rows;
    expect([old.full_name, old.national_id, old.mobile, old.email]).toEqual(['[محذوف]', '[محذوف]', '[محذوف]', '[محذوف]']);
    expect(recent.full_name).toBe('رنا فهد العمري');
    expect(register.table('cases').rows).toHaveLength(2);
    expect(register.table('cases').rows[0].beneficiary_name).toBe('[محذوف]');
    expect(register.table('cases').rows[0].details).toBe('[محذوف]');
    expect(register.table('cases').rows[1].details).toBe('طلب حديث');
    expect(JSON.stringify(register.table('audit').rows)).not.toContain('سلمى');
    expect(JSON.stringify(register.table('audit').rows)).toContain('مدة الاحتفاظ');
    expect(erased).toContain(OLD);
  });

  it('is done once a year, and a second run changes nothing', () => {
    const { register, deps, store } = world();
    expect(retentionDue(store, deps.now)).toBe(true);
    runRetention(deps);
    expect(store.get(RETENTION_YEAR_KEY)).toBe('1448');
    expect(retentionDue(store, deps.now)).toBe(false);
    const before = JSON.stringify(register.table('beneficiaries').rows);
    expect(runRetention(deps).anonymised).toBe(0);
    expect(JSON.stringify(register.table('beneficiaries').rows)).toBe(before);
  });
});
