// A destruction request reaches the yearly archive (issue 17, item 2): the person's withdrawn case, its mail
// and its audit rows moved to the archive of their Hijri year, then the request recorded and answered, and
// on all five profiles none of their name, ID, mobile or e-mail is left in any cell of any archive tab, while the rows stay.
import * as fs from 'fs';
import * as path from 'path';
import { Sandbox } from '../../sandbox/core/runtime';
import { runScenario } from '../../sandbox/scenario/runner';
import type { Scenario } from '../../sandbox/scenario/types';
import { spreadsheetSlot } from '../../sandbox/services/spreadsheet/model';
import type { SpreadsheetModel } from '../../sandbox/services/spreadsheet/model';
import { PROFILES } from '../../src/profiles';
import { nationalId, ok, OFFICER, rows } from './harness';

const scenario = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'sandbox', 'scenarios', 'default.json'), 'utf8')) as Scenario & { start: string; owner: string; boundSpreadsheet: string };
const DAY_MS = 86_400_000;
const SALWA = { full_name: 'سلوى عادل البقمي', national_id: nationalId(7081), mobile: '0559871234', email: 'salwa.baqami@example.com' };
/** Each trace in Latin and Arabic-Indic digits; the mobile also as Sheets stores a typed 05… number. */
const arabicDigits = (s: string): string => s.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
const traces = [SALWA.full_name, SALWA.national_id, SALWA.mobile.slice(1), SALWA.email].flatMap((v) => [v, arabicDigits(v)]);

const archives = (sb: Sandbox): SpreadsheetModel[] =>
  Object.values(spreadsheetSlot(sb.world).spreadsheets).filter((s) => s.name.startsWith('أرشيف سجل المستفيدين'));
/** Every non-empty cell of every tab of every archive, as text (notes too), tab by tab. */
function archiveCells(sb: Sandbox): Array<{ tab: string; text: string }> {
  return archives(sb).flatMap((book) => book.sheets.flatMap((sheet) => sheet.rows.flatMap((r) => (r ?? [])
    .filter((c) => c && c.v !== null && c.v !== '')
    .map((c) => ({ tab: `${book.name} / ${sheet.name}`, text: JSON.stringify(c).toLowerCase() })))));
}
const rowCounts = (sb: Sandbox): Record<string, number> => Object.fromEntries(archives(sb).flatMap((book) =>
  book.sheets.map((sheet) => [`${book.name} / ${sheet.name}`, sheet.rows.filter((r) => r?.some((c) => c && c.v !== null && c.v !== '')).length])));

describe.each(Object.keys(PROFILES))('a destruction request reaches the archive for %s', (profileId) => {
  const sb = new Sandbox({ start: '2026-11-22T05:00:00Z', account: 'consumer', owner: scenario.owner, boundSpreadsheet: scenario.boundSpreadsheet });
  const played = runScenario(sb, { steps: [scenario.steps[0], { at: '2026-11-22T07:00:00Z', type: 'submit', form: 'service_request', fill: true, answers: SALWA }] }, profileId);
  const caseNo = String(rows(sb, 'الحالات').find((r) => r['اسم المستفيد'] === SALWA.full_name)?.['رقم الحالة']);
  ok(sb.execute('withdrawCase', [caseNo, 'طلبت المستفيدة سحب طلبها'], { user: OFFICER }));
  // A year and a half later (past the 365-day periods of closed cases and audit rows, and 90 of sent mail).
  sb.world.nowMs += 540 * DAY_MS;
  ok(sb.execute('archiveFromMenu', [], { user: OFFICER }));

  it('has moved the case, its mail and its audit rows to the archive, holding the person', () => {
    expect(played.failures).toEqual([]);
    expect(rows(sb, 'الحالات').map((r) => r['رقم الحالة'])).not.toContain(caseNo);
    const held = archiveCells(sb);
    for (const tab of ['الحالات', 'صندوق الصادر', 'سجل التدقيق']) expect(held.some((c) => c.tab.endsWith(`/ ${tab}`) && c.text.includes(caseNo.toLowerCase()))).toBe(true);
    expect(held.some((c) => c.text.includes(SALWA.full_name) || c.text.includes(arabicDigits(SALWA.national_id)) || c.text.includes(SALWA.national_id))).toBe(true);
  });

  it('leaves none of the person\'s name, ID, mobile or e-mail in any archive cell, while the archive keeps its rows', () => {
    const before = rowCounts(sb);
    const { requestNo } = ok(sb.execute('recordDataRequestFromDialog', [{ kind: 'destruction', nationalId: SALWA.national_id, requester: SALWA.full_name, replyTo: SALWA.email, details: 'طلب عبر الهاتف' }], { user: OFFICER })) as { requestNo: string };
    expect(String(ok(sb.execute('answerDataSubjectRequest', [requestNo], { user: OFFICER })))).toContain('أُتلفت البيانات');
    const found = archiveCells(sb).filter((c) => traces.some((v) => c.text.includes(v.toLowerCase())));
    expect(found).toEqual([]);
    expect(rowCounts(sb)).toEqual(before);
    expect(archiveCells(sb).some((c) => c.text.includes(caseNo.toLowerCase()))).toBe(true);
  });
});
