// The record of processing lists every personal column of the organisation's register, its retention, and the manifest's scopes.
import * as fs from 'node:fs';
import { recordOfProcessing, GRANTED_SCOPES } from '../../../src/app/privacy/recordOfProcessing';
import { tabsFor, columnHeaderKey, tabTitleKey } from '../../../src/ports/registerSchema';
import { auditableQuery, dueReminder, unusualLooks } from '../../../src/domain/privacy';
import { esrar } from '../../../src/profiles/esrar';
import { t } from '../../../src/i18n';

describe('record of processing', () => {
  const doc = recordOfProcessing({ ...esrar, retention: { archiveClosedAfterDays: 731, archiveSentMailAfterDays: 183, archiveAuditAfterDays: 1462, anonymiseClosedAfterDays: 1830 } }, new Date('2026-11-22T06:00:00Z'));
  const table = doc.blocks.find((b) => b.kind === 'table' && b.header.includes(t('privacy.ropa.col.category')));

  it('given the register schema, then every column marked personal is a row with its tab and header', () => {
    const personal = tabsFor(esrar).flatMap((tab) => tab.columns.filter((c) => c.personal).map((c) => [t(tabTitleKey(tab.key)), t(columnHeaderKey(tab.key, c.key))]));
    expect(personal.length).toBeGreaterThan(30);
    expect(table?.kind === 'table' && table.rows.map((r) => [r[0], r[1]])).toEqual(personal);
    expect(personal).toContainEqual([t('tab.beneficiaries'), t('col.beneficiaries.national_id')]);
  });

  it('given the profile retention, then each period is listed', () => {
    const text = JSON.stringify(doc.blocks);
    for (const days of ['731', '183', '1462']) expect(text).toContain(`"${days}"`);
  });

  it('lists exactly the scopes the manifest grants', () => {
    const manifest = JSON.parse(fs.readFileSync('appsscript.json', 'utf8')) as { oauthScopes: string[] };
    expect([...GRANTED_SCOPES].sort()).toEqual([...manifest.oauthScopes].sort());
  });
});

describe('privacy rules', () => {
  it('masks IDs and mobiles in a search query, keeps case numbers and names', () => {
    expect(auditableQuery('0501234567')).not.toContain('1234567');
    expect(auditableQuery('1000000008')).not.toContain('00000');
    expect(auditableQuery('1448-00002')).toBe('1448-00002');
    expect(auditableQuery('فاطمة')).toBe('فاطمة');
  });

  it('counts distinct cases not theirs and names only those past the threshold', () => {
    const looks = Array.from({ length: 21 }, (_, i) => ({ actor: 'a@x.sa', caseNo: `C${i}`, theirs: false }));
    expect(unusualLooks([...looks, ...looks, { actor: 'b@x.sa', caseNo: 'C1', theirs: false }])).toEqual([{ actor: 'a@x.sa', count: 21 }]);
    expect(unusualLooks(looks.slice(1))).toEqual([]);
  });

  it('a missed run sends only the latest reminder due and marks the earlier ones', () => {
    const found = new Date('2026-01-01T00:00:00Z');
    expect(dueReminder(found, [], new Date('2026-01-01T23:00:00Z'))).toBeNull();
    expect(dueReminder(found, [], new Date('2026-01-03T01:00:00Z'))).toEqual({ mark: '48h', marks: ['24h', '48h'] });
    expect(dueReminder(found, ['24h', '48h'], new Date('2026-01-03T05:00:00Z'))).toBeNull();
  });
});
