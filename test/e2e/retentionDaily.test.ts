// The yearly retention job inside the daily run (issue 17, item 3), end to end on build/Code.js: five years
// and a month after her withdrawn case, the daily trigger archives it and then anonymises the person
// everywhere, the register and the archive, audited once; a second run changes nothing.
import { completeAnswers, newRegister, ok, OFFICER, rows, submit } from './harness';
import { spreadsheetSlot } from '../../sandbox/services/spreadsheet/model';
import { t } from '../../src/i18n';
import { esrar } from '../../src/profiles/esrar';

const DAY_MS = 86_400_000;
const NOURA = { full_name: 'نورة فهد العتيبي', national_id: '1000000016', mobile: '0551112222', email: 'noura.otaibi@example.com' };
const traces = [NOURA.full_name, NOURA.national_id, NOURA.mobile.slice(1), NOURA.email];

describe('the yearly retention job in the daily run (esrar)', () => {
  const sb = newRegister('esrar');
  const held = () => JSON.stringify(spreadsheetSlot(sb.world).spreadsheets);
  const anonymisedAudits = () => rows(sb, t('tab.audit')).filter((r) => r[t('col.audit.action')] === t('audit.data_anonymised'));
  it('anonymises the person past anonymiseClosedAfterDays, audited, in the register and the archive', () => {
    submit(sb, completeAnswers(NOURA));
    const caseNo = String(rows(sb, t('tab.cases'))[0][t('col.cases.case_no')]);
    ok(sb.execute('withdrawCase', [caseNo, 'طلب المستفيدة'], { user: OFFICER }));
    expect(held()).toContain(NOURA.national_id);
    sb.world.nowMs += (esrar.retention.anonymiseClosedAfterDays + 30) * DAY_MS;
    ok(sb.execute('dailySweep', []));
    const all = held();
    const where = (v: string) => { const at = all.indexOf(v); return at < 0 ? null : all.slice(Math.max(0, at - 300), at + 40); };
    expect({ audits: anonymisedAudits().length, found: traces.map(where).filter(Boolean) }).toEqual({ audits: 1, found: [] });
    expect(rows(sb, t('tab.beneficiaries')).map((r) => r[t('col.beneficiaries.full_name')])).toEqual([t('privacy.erased')]);
  });
  it('changes nothing when run twice', () => {
    const before = { beneficiaries: JSON.stringify(rows(sb, t('tab.beneficiaries'))), audits: anonymisedAudits().length };
    ok(sb.execute('dailySweep', []));
    expect({ beneficiaries: JSON.stringify(rows(sb, t('tab.beneficiaries'))), audits: anonymisedAudits().length }).toEqual(before);
  });
});
