// The yearly archive end to end on build/Code.js: closed cases past the profile's period move with their
// mail and audit rows to the archive spreadsheet of their Hijri year, the register shrinks, the settings tab
// links the archive, a second run moves nothing twice, and search and the case panel still find the case.
// Also: setup lays out only the columns each tab's spec has, and rows a full tab grows get its dropdowns.
import { completeAnswers, mails, newRegister, ok, rows, submit, CHAIR, FOLLOW, MANAGER, OFFICER, POLICY_STAFF } from './harness';
import { Sandbox } from '../../sandbox/core/runtime';
import { findSpreadsheet, sheetByName, totalCells } from '../../sandbox/services/spreadsheet/store';
import { spreadsheetSlot } from '../../sandbox/services/spreadsheet/model';
import type { SheetModel, SpreadsheetModel } from '../../sandbox/services/spreadsheet/model';
import { REGISTER_TABS, columnHeaderKey, tabTitleKey, tabsFor } from '../../src/ports/registerSchema';
import { esrar } from '../../src/profiles/esrar';
import { t } from '../../src/i18n';

const CASES = t('tab.cases');
const AUDIT = t('tab.audit');
const OUTBOX = t('tab.outbox');
const CASE_NO = t('col.cases.case_no');
const DAY_MS = 86_400_000;
const COMPLAINTS = t('tab.complaints');
const COMPLAINT_NO = t('col.complaints.complaint_no');

/** Esrar's register on a consumer account, set up with the policy's committees (as test/e2e/complaints.test.ts). */
function sandboxOf(start: string): Sandbox {
  const sb = new Sandbox({ start, boundSpreadsheet: 'سجل المستفيدين', account: 'consumer' });
  ok(sb.execute('setup', ['esrar', { managerEmail: MANAGER, staff: POLICY_STAFF }]));
  return sb;
}

const register = (sb: Sandbox): SpreadsheetModel => findSpreadsheet(sb.world, sb.world.boundSpreadsheetId!)!;
const archives = (sb: Sandbox): SpreadsheetModel[] =>
  Object.values(spreadsheetSlot(sb.world).spreadsheets).filter((s) => s.name.startsWith('أرشيف سجل المستفيدين'));
function archiveRows(book: SpreadsheetModel, tab: string): Array<Record<string, unknown>> {
  const sheet = sheetByName(book, tab)!;
  const [header, ...body] = sheet.rows.map((r) => (r ?? []).map((c) => c?.v ?? ''));
  return body.filter((r) => r.some((v) => v !== '')).map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i] ?? ''])));
}
const lastRow = (sheet: SheetModel) => sheet.rows.reduce((last, r, i) => (r?.some((c) => c && c.v !== null && c.v !== '') ? i + 1 : last), 0);

describe('setup lays out only what a tab uses', () => {
  const sb = newRegister('esrar');
  const model = register(sb);

  it('gives every register tab exactly its spec columns and 100 rows, not 26 columns and 2,000 rows', () => {
    for (const spec of tabsFor(esrar)) {
      const sheet = sheetByName(model, t(tabTitleKey(spec.key)))!;
      expect({ tab: spec.key, columns: sheet.maxColumns }).toEqual({ tab: spec.key, columns: spec.columns.length });
      expect(sheet.maxRows).toBe(Math.max(100, lastRow(sheet)));
    }
  });

  it('keeps a column the product does not own, and its data, on repair', () => {
    const staff = sheetByName(model, t('tab.staff'))!;
    const width = staff.maxColumns;
    staff.maxColumns += 2;
    staff.rows[0]!.push(null, { v: 'ملاحظات الإدارة' });
    ok(sb.execute('setup', ['esrar']));
    expect(staff.maxColumns).toBe(width + 2);
    expect(staff.rows[0]![width + 1]?.v).toBe('ملاحظات الإدارة');
  });

  it('lays the dropdowns and text formats on the rows a full tab grows', () => {
    const cases = sheetByName(model, CASES)!;
    submit(sb, completeAnswers());
    cases.maxRows = lastRow(cases); // the tab full to its last row
    submit(sb, completeAnswers({ full_name: 'سعاد محمد القحطاني', national_id: '1000000016', mobile: '0551112222' }));
    const statusCol = cases.rows[0]!.findIndex((c) => c?.v === t('col.cases.status'));
    const idCol = cases.rows[0]!.findIndex((c) => c?.v === t('col.cases.beneficiary_id'));
    expect(cases.maxRows).toBeGreaterThan(lastRow(cases));
    const grownRow = cases.rows[cases.maxRows - 1];
    expect(grownRow?.[statusCol]?.dv?.criteria).toBe('VALUE_IN_LIST');
    expect(grownRow?.[idCol]?.fmt).toBe('@');
  });
});

describe('the yearly archive', () => {
  // Sunday 22 Nov 2026 (Jumada I 1448): three requests. One is served and closed, one withdrawn, one stays open.
  const sb = newRegister('esrar');
  submit(sb, completeAnswers());
  submit(sb, completeAnswers({ full_name: 'سعاد محمد القحطاني', national_id: '1000000016', mobile: '0551112222', email: 'suad@example.com' }));
  submit(sb, completeAnswers({ full_name: 'منيرة علي الشمري', national_id: '1000000024', mobile: '0562223333', email: 'munira@example.com' }));
  const [served, withdrawn, open] = rows(sb, CASES).map((r) => String(r[CASE_NO]));
  ok(sb.execute('startStudy', [served, 'اللجنة المختصة'], { user: OFFICER }));
  ok(sb.execute('recordDecision', [served, 'accepted', 'استوفت الشروط', 'competent_committee'], { user: CHAIR }));
  ok(sb.execute('prepareCommitteeMinutes', ['competent_committee'], { user: CHAIR }));
  sb.advanceTo('2026-11-24T06:00:00Z');
  ok(sb.execute('deliverService', [served], { user: OFFICER }));
  ok(sb.execute('closeCase', [served], { user: OFFICER }));
  ok(sb.execute('withdrawCase', [withdrawn, 'طلب المستفيد'], { user: OFFICER }));
  const before = { cases: rows(sb, CASES).length, audit: rows(sb, AUDIT).length, outbox: rows(sb, OUTBOX).length, cells: totalCells(register(sb)) };
  const auditOf = (caseNo: string) => rows(sb, AUDIT).filter((r) => r[t('col.audit.case_no')] === caseNo).length;
  const servedAudit = auditOf(served);
  const openAudit = auditOf(open);

  // A year and a half later, without the daily runs in between (the clock jumps): the menu item archives.
  sb.world.nowMs += 540 * DAY_MS;
  ok(sb.execute('archiveFromMenu', [], { user: OFFICER }));
  const after = { cases: rows(sb, CASES).length, audit: rows(sb, AUDIT).length, outbox: rows(sb, OUTBOX).length, cells: totalCells(register(sb)) };
  const [book] = archives(sb);

  it('creates one archive for 1448, named with the organisation digits, holding the closed and withdrawn cases', () => {
    expect(archives(sb).map((b) => b.name)).toEqual(['أرشيف سجل المستفيدين 1448']);
    expect(archiveRows(book, CASES).map((r) => r[CASE_NO]).sort()).toEqual([served, withdrawn].sort());
    expect(sheetByName(book, CASES)!.rows[0]!.map((c) => c?.v)).toEqual(REGISTER_TABS.find((s) => s.key === 'cases')!.columns.map((c) => t(columnHeaderKey('cases', c.key))));
  });

  it('leaves the open case, and its whole timeline, in the register, which shrinks', () => {
    expect(rows(sb, CASES).map((r) => r[CASE_NO])).toEqual([open]);
    expect(after.cases).toBe(before.cases - 2);
    expect(auditOf(open)).toBe(openAudit);
    expect(auditOf(served)).toBe(0);
    expect(archiveRows(book, AUDIT).filter((r) => r[t('col.audit.case_no')] === served).length).toBe(servedAudit);
    expect(after.audit).toBeLessThan(before.audit);
    expect(after.cells).toBeLessThanOrEqual(before.cells);
  });

  it('moves the sent mail older than 90 days and keeps nothing queued out of sight', () => {
    expect(before.outbox).toBeGreaterThan(0);
    expect(archiveRows(book, OUTBOX).length).toBe(before.outbox - after.outbox);
    expect(archiveRows(book, OUTBOX).every((r) => r[t('col.outbox.status')] === t('list.outbox.sent') || r[t('col.outbox.status')] === t('list.outbox.done'))).toBe(true);
    expect(mails(sb).length).toBeGreaterThan(0);
  });

  it('lists the archive in the settings tab and audits the run', () => {
    const settings = rows(sb, t('tab.settings'));
    const link = settings.find((r) => r[t('col.settings.key')] === 'archive_1448');
    expect(link?.[t('col.settings.value')]).toBe(`https://docs.google.com/spreadsheets/d/${book.id}/edit`);
    expect(rows(sb, AUDIT).some((r) => r[t('col.audit.action')] === t('audit.archive_run'))).toBe(true);
  });

  it('moves nothing twice: run again, and again after a run that died between copying and deleting', () => {
    const archivedCases = archiveRows(book, CASES).length;
    const archivedAudit = archiveRows(book, AUDIT).length;
    ok(sb.execute('archiveFromMenu', [], { user: OFFICER }));
    expect(archiveRows(book, CASES).length).toBe(archivedCases);
    // The served case's row back in the register, as a run that died after its copy would leave it.
    const cases = sheetByName(register(sb), CASES)!;
    const copy = sheetByName(book, CASES)!.rows.find((r) => r?.[0]?.v === served)!;
    cases.rows[lastRow(cases)] = copy.map((c) => (c ? { ...c } : null));
    expect(rows(sb, CASES).length).toBe(2);
    ok(sb.execute('archiveFromMenu', [], { user: OFFICER }));
    expect(rows(sb, CASES).map((r) => r[CASE_NO])).toEqual([open]);
    expect(archiveRows(book, CASES).length).toBe(archivedCases);
    expect(archiveRows(book, AUDIT).length).toBe(archivedAudit);
    expect(archives(sb).length).toBe(1);
  });

  it('search finds the archived case by its number, marked archived', () => {
    const reply = ok(sb.execute('sidebarSearch', [served], { user: OFFICER })) as { ok: boolean; value: Array<{ caseNo: string; archived?: boolean; statusLabel: string }> };
    expect(reply.ok).toBe(true);
    expect(reply.value[0]).toMatchObject({ caseNo: served, archived: true });
    expect(reply.value[0].statusLabel).toContain(t('archive.archived'));
  });

  it('the case panel shows the archived case read only, with its timeline and a note', () => {
    const reply = ok(sb.execute('sidebarCase', [served], { user: OFFICER })) as {
      ok: boolean; value: { panel: { caseNo: string; steps: unknown[]; timeline: unknown[]; archivedNote?: string } };
    };
    expect(reply.ok).toBe(true);
    expect(reply.value.panel.caseNo).toBe(served);
    expect(reply.value.panel.steps).toEqual([]);
    expect(reply.value.panel.timeline.length).toBe(servedAudit);
    expect(reply.value.panel.archivedNote).toBe(t('archive.panel.note', { year: '1448' }));
    const openPanel = ok(sb.execute('sidebarCase', [open], { user: OFFICER })) as { value: { panel: { archivedNote?: string; steps: unknown[] } } };
    expect(openPanel.value.panel.archivedNote).toBeUndefined();
  });
});

describe('the yearly archive takes closed complaints too', () => {
  // Esrar has complaints: one closed, one still open; a year and a half later the closed one moves.
  const sb = sandboxOf('2026-11-22T06:00:00Z');
  const call = (fn: string, args: unknown[], user = OFFICER) => ok(sb.execute(fn, args, { user })) as Record<string, unknown>;
  const complaint = (summary: string) => ({
    complainant: 'فاطمة الزهراني', mobile: '0501234567', email: 'fatimah@example.com', case_no: '1448-00001',
    reply_channel: 'البريد الإلكتروني', summary, attestation: ['أقر بصحة ما ورد في هذه الشكوى.'],
  });
  submit(sb, complaint('تأخر صرف المساعدة رغم اكتمال الطلب.'), 'complaint');
  submit(sb, complaint('لم يرد أحد على اتصالي.'), 'complaint');
  const [closedNo, openNo] = rows(sb, COMPLAINTS).map((r) => String(r[COMPLAINT_NO]));
  call('assignComplaint', [closedNo]);
  call('startComplaintInvestigation', [closedNo], FOLLOW);
  call('recordComplaintResolution', [closedNo, true, 'صُرفت المساعدة واعتذرت الجمعية.'], FOLLOW);
  call('notifyComplainant', [closedNo], FOLLOW);
  call('closeComplaint', [closedNo]);
  sb.world.nowMs += 540 * DAY_MS;
  ok(sb.execute('archiveFromMenu', [], { user: OFFICER }));
  const [book] = archives(sb);

  it('moves the closed complaint to the archive of its year and leaves the open one, and its audit rows, in the register', () => {
    expect(archiveRows(book, COMPLAINTS).map((r) => r[COMPLAINT_NO])).toEqual([closedNo]);
    expect(rows(sb, COMPLAINTS).map((r) => r[COMPLAINT_NO])).toEqual([openNo]);
    expect(rows(sb, AUDIT).some((r) => r[t('col.audit.case_no')] === openNo)).toBe(true);
    expect(rows(sb, AUDIT).some((r) => r[t('col.audit.case_no')] === closedNo)).toBe(false);
  });

  it('moves nothing twice', () => {
    ok(sb.execute('archiveFromMenu', [], { user: OFFICER }));
    expect(archiveRows(book, COMPLAINTS)).toHaveLength(1);
    expect(rows(sb, COMPLAINTS)).toHaveLength(1);
  });
});

/** The menu's last alert: what the archive said it moved. */
const lastAlert = (sb: Sandbox): string => sb.ui.alerts[sb.ui.alerts.length - 1]?.prompt ?? '';

describe('the yearly archive takes ruled claims, once their complaint has left the register', () => {
  // Esrar: a claim about a case, refused (ruled); a claim from a complaint still open, refused too; a claim
  // still open. A year and a half later only the first is past its period with nothing holding it.
  const sb = sandboxOf('2026-11-22T06:00:00Z');
  const CLAIMS = t('tab.claims');
  const CLAIM_NO = t('col.claims.claim_no');
  const call = (fn: string, args: unknown[], user = OFFICER) => ok(sb.execute(fn, args, { user })) as Record<string, unknown>;
  submit(sb, completeAnswers());
  const caseNo = String(rows(sb, CASES)[0][CASE_NO]);
  submit(sb, {
    complainant: 'فاطمة الزهراني', mobile: '0501234567', email: 'fatimah@example.com', case_no: caseNo,
    reply_channel: 'البريد الإلكتروني', summary: 'تأخر صرف المساعدة.', attestation: ['أقر بصحة ما ورد في هذه الشكوى.'],
  }, 'complaint');
  const complaintNo = String(rows(sb, COMPLAINTS)[0][COMPLAINT_NO]);
  const ruled = String(call('openCompensationClaim', [{ caseNo, description: 'ضرر من تأخر الصرف' }]).claimNo);
  call('refuseClaim', [ruled, 'لم يثبت خطأ من الجمعية'], MANAGER);
  const heldByComplaint = String(call('openCompensationClaim', [{ complaintNo, description: 'ضرر من تأخر الرد' }]).claimNo);
  call('refuseClaim', [heldByComplaint, 'لم يثبت خطأ من الجمعية'], MANAGER);
  const stillOpen = String(call('openCompensationClaim', [{ caseNo, description: 'ضرر آخر' }]).claimNo);
  sb.world.nowMs += 540 * DAY_MS;
  ok(sb.execute('archiveFromMenu', [], { user: OFFICER }));
  const [book] = archives(sb);

  it('moves the ruled claim to the archive of its year and keeps the open one and the one its open complaint holds', () => {
    expect(archiveRows(book, CLAIMS).map((r) => r[CLAIM_NO])).toEqual([ruled]);
    expect(rows(sb, CLAIMS).map((r) => r[CLAIM_NO]).sort()).toEqual([heldByComplaint, stillOpen].sort());
  });

  it('says in the menu message that a claim moved, with its Arabic count', () => {
    expect(lastAlert(sb)).toContain(t('archive.count.claims', { count: 1 }));
    expect(lastAlert(sb)).toContain('طلب تعويض واحد');
  });

  it('moves nothing twice', () => {
    ok(sb.execute('archiveFromMenu', [], { user: OFFICER }));
    expect(archiveRows(book, CLAIMS)).toHaveLength(1);
    expect(rows(sb, CLAIMS)).toHaveLength(2);
  });
});

describe('the yearly archive takes ended programs with their registrations and attendance', () => {
  // Rusookh (programs, Arabic-Indic digits): a program that ended in December 2026, with a registrant enrolled
  // and her attendance; another that ends in December 2027. A year and a half later the first has been over
  // more than a year: it moves with its rows; the second stays, and so do its registrations.
  const sb = newRegister('rusookh');
  const PROGRAMS = t('tab.programs');
  const REGS = t('tab.registrations');
  const ATTENDANCE = t('tab.attendance');
  const call = (fn: string, args: unknown[]) => ok(sb.execute(fn, args, { user: OFFICER })) as Record<string, unknown>;
  const program = (name: string, startDate: string, endDate: string) =>
    String(call('createProgram', [{ name, ageMin: 15, ageMax: 40, capacity: 5, startDate, endDate }]).programId);
  const ended = program('مهارات الحاسب للشباب', '2026-12-06', '2026-12-10');
  const later = program('برنامج القيادات الشابة', '2027-12-05', '2027-12-09');
  const registrant = (programId: string, name: string, nationalId: string, email: string) =>
    submit(sb, { program: programId, full_name: name, birth_date: '2000-01-15', national_id: nationalId, mobile: '0501234567', email }, 'program_registration');
  registrant(ended, 'سلمى خالد الدوسري', '1000000008', 'salma@example.com');
  registrant(later, 'هند علي الشمري', '1000000016', 'hind@example.com');
  const regOf = (programId: string) => String(rows(sb, REGS).find((r) => r[t('col.registrations.program_id')] === programId)![t('col.registrations.reg_no')]);
  const endedReg = regOf(ended);
  const laterReg = regOf(later);
  call('enrollRegistrant', [endedReg]);
  call('recordAttendance', [ended, '2026-12-06', [endedReg]]);
  const attendanceBefore = rows(sb, ATTENDANCE).length;
  sb.world.nowMs += 540 * DAY_MS;
  ok(sb.execute('archiveFromMenu', [], { user: OFFICER }));
  const [book] = archives(sb);

  it('moves the ended program, its registration and its attendance to the archive; the later program stays with its registration', () => {
    expect(attendanceBefore).toBeGreaterThan(0);
    expect(archiveRows(book, PROGRAMS).map((r) => r[t('col.programs.program_id')])).toEqual([ended]);
    expect(archiveRows(book, REGS).map((r) => r[t('col.registrations.reg_no')])).toEqual([endedReg]);
    expect(archiveRows(book, ATTENDANCE).length).toBe(attendanceBefore);
    expect(rows(sb, PROGRAMS).map((r) => r[t('col.programs.program_id')])).toEqual([later]);
    expect(rows(sb, REGS).map((r) => r[t('col.registrations.reg_no')])).toEqual([laterReg]);
    expect(rows(sb, ATTENDANCE)).toHaveLength(0);
  });

  it('names every archived tab in the menu message, counts in the organisation digits and Arabic plural forms', () => {
    const message = lastAlert(sb);
    expect(message).toContain('برنامج واحد');
    expect(message).toContain('تسجيل واحد في برنامج');
    expect(message).toContain(t('archive.count.attendance', { count: attendanceBefore }));
    expect(message).not.toMatch(/[0-9]/);
  });

  it('moves nothing twice', () => {
    ok(sb.execute('archiveFromMenu', [], { user: OFFICER }));
    expect(archiveRows(book, PROGRAMS)).toHaveLength(1);
    expect(archiveRows(book, REGS)).toHaveLength(1);
    expect(rows(sb, PROGRAMS)).toHaveLength(1);
  });
});
