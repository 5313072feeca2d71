// A case row half written by a faulted step (issue 13, the year's 170 refused closes): the write of the run
// holding the state column is refused while the status run went through; the next step on the case, and the
// daily sweep, find the row's shown status disagreeing with its state and write the state's projection again.
import { findSpreadsheet, sheetByName } from '../../sandbox/services/spreadsheet/store';
import type { Sandbox } from '../../sandbox/core/runtime';
import { headerLabel } from '../../src/adapters/sheets/sheetTable';
import { completeAnswers, mails, newRegister, ok, rows, submit, CHAIR, MANAGER, OFFICER } from './harness';

const CASES = 'الحالات';
const AUDIT = 'سجل التدقيق';
const STATUS = headerLabel('cases', 'status');
const STATE = headerLabel('cases', 'state');
const NOTIFIED = 'تم إبلاغ المستفيد';
const DELIVERED = 'تم تقديم الخدمة';

/** A notified case whose deliverService wrote its status run and then had the run holding `state` refused
 *  three times (withRetry's attempts): the execution fails, the row shows «تم تقديم الخدمة» over a notified state. */
function halfWrittenCase(): { sb: Sandbox; caseNo: string; failed: ReturnType<Sandbox['execute']> } {
  const sb = newRegister('esrar');
  submit(sb, completeAnswers());
  const caseNo = String(rows(sb, CASES)[0]['رقم الحالة']);
  ok(sb.execute('startStudy', [caseNo, 'اللجنة المختصة'], { user: OFFICER }));
  ok(sb.execute('recordDecision', [caseNo, 'accepted', 'استوفت الشروط', 'competent_committee'], { user: CHAIR }));
  ok(sb.execute('prepareCommitteeMinutes', ['competent_committee'], { user: CHAIR }));
  sb.advanceTo('2026-11-24T06:00:00Z');
  const book = findSpreadsheet(sb.world, sb.world.boundSpreadsheetId!)!;
  const sheet = sheetByName(book, CASES)!;
  const stateCol = (sheet.rows[0] ?? []).findIndex((c) => c?.v === STATE) + 1;
  sb.injectFault({
    method: 'Range.setValues',
    calls: [1, 2, 3],
    target: (r) => r.sheet === CASES && r.col <= stateCol && stateCol < r.col + r.numCols,
  });
  const failed = sb.execute('deliverService', [caseNo], { user: OFFICER });
  sb.faults.clear();
  return { sb, caseNo, failed };
}

const stateOf = (row: Record<string, unknown>) => (JSON.parse(String(row[STATE])) as { status: string }).status;
const repairLines = (sb: Sandbox, caseNo: string) => rows(sb, AUDIT).filter((r) => r['الإجراء'] === 'إصلاح صف الحالة' && r['رقم الحالة'] === caseNo);

describe('a staff step on a half-written row', () => {
  const { sb, caseNo, failed } = halfWrittenCase();
  const before = rows(sb, CASES)[0];
  // The officer reads «تم تقديم الخدمة» and, a week on, closes the case.
  sb.advanceTo('2026-11-24T07:00:00Z');
  const close = sb.execute('closeCase', [caseNo], { user: OFFICER });
  const repaired = rows(sb, CASES)[0];
  const lines = repairLines(sb, caseNo);
  const deliver = sb.execute('deliverService', [caseNo], { user: OFFICER });
  const delivered = rows(sb, CASES)[0];

  it('is inconsistent after the fault: the status shows the step, the state does not have it', () => {
    expect(failed.error).not.toBeNull();
    expect(sb.faults.injected.filter((f) => f.method === 'Range.setValues')).toHaveLength(3);
    expect(before[STATUS]).toBe(DELIVERED);
    expect(stateOf(before)).toBe('notified');
  });

  it('repairs the row on load: the status shows the state\'s, with one audit line', () => {
    expect(repaired[STATUS]).toBe(NOTIFIED);
    expect(stateOf(repaired)).toBe('notified');
    expect(lines).toHaveLength(1);
    expect(String(lines[0]['التفاصيل'])).toContain(DELIVERED);
    expect(String(lines[0]['التفاصيل'])).toContain(NOTIFIED);
  });

  it('refuses the close, telling the person in Arabic that the row was repaired and its true status', () => {
    expect(close.error).not.toBeNull();
    const message = String(close.error!.message);
    expect(message).toContain('أُصلح صف الحالة');
    expect(message).toContain(NOTIFIED);
  });

  it('takes the step the true status calls for (deliverService) without a second repair', () => {
    ok(deliver);
    expect(delivered[STATUS]).toBe(DELIVERED);
    expect(stateOf(delivered)).toBe('delivered');
    expect(repairLines(sb, caseNo)).toHaveLength(1);
  });
});

describe('the daily sweep on a half-written row', () => {
  const { sb, caseNo } = halfWrittenCase();
  const fired = sb.advanceTo('2026-11-25T05:00:00Z');
  const after = rows(sb, CASES)[0];
  const note = mails(sb).filter((m) => m.to.includes(MANAGER) && m.subject.includes('الموجز اليومي'));

  it('rewrites the projection and audits the repair', () => {
    expect(fired.filter((e) => e.fn === 'dailySweep' && e.error)).toEqual([]);
    expect(after[STATUS]).toBe(NOTIFIED);
    expect(stateOf(after)).toBe('notified');
    expect(repairLines(sb, caseNo)).toHaveLength(1);
  });

  it('says in the health note how many rows were repaired', () => {
    expect(note.length).toBeGreaterThan(0);
    expect(note[note.length - 1].text).toContain('أصلحت المتابعة اليومية صف حالة واحدًا');
  });
});

describe('the order of a step\'s writes', () => {
  // Someone dragged the hidden state column left of the staff columns (the table finds columns by header): the
  // run holding the state is still written last, so a refused write never leaves a truth without its display.
  const sb = newRegister('esrar');
  submit(sb, completeAnswers());
  const caseNo = String(rows(sb, CASES)[0]['رقم الحالة']);
  const book = findSpreadsheet(sb.world, sb.world.boundSpreadsheetId!)!;
  const sheet = sheetByName(book, CASES)!;
  const colOf = (label: string) => (sheet.rows[0] ?? []).findIndex((c) => c?.v === label) + 1;
  const stateCol = colOf(STATE);
  const swapWith = colOf(headerLabel('cases', 'beneficiary_name'));
  for (const line of sheet.rows) {
    if (!line) continue;
    while (line.length < Math.max(stateCol, swapWith)) line.push(null);
    [line[stateCol - 1], line[swapWith - 1]] = [line[swapWith - 1], line[stateCol - 1]];
  }
  const writes: number[][] = [];
  sb.injectFault({
    method: 'Range.setValues',
    target: (r) => {
      if (r.sheet === CASES) writes.push([r.col, r.col + r.numCols - 1]);
      return false;
    },
  });
  const run = sb.execute('startStudy', [caseNo, 'اللجنة المختصة'], { user: OFFICER });
  sb.faults.clear();

  it('writes the run holding the state after the others', () => {
    ok(run);
    const covers = ([from, to]: number[], col: number) => from <= col && col <= to;
    expect(writes.length).toBeGreaterThan(1);
    expect(covers(writes[writes.length - 1], swapWith)).toBe(true);
    expect(writes.slice(0, -1).some((w) => covers(w, swapWith))).toBe(false);
    expect(stateOf(rows(sb, CASES)[0])).toBe('under_study');
  });
});
