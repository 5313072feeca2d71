// The register as staff read it in Sheets (issue 15, item 4): dates on Riyadh's clock whoever created the
// spreadsheet, Arabic labels where the program keeps codes, a font that carries Arabic, wrapped text.
import { Sandbox } from '../../sandbox/core/runtime';
import { findSpreadsheet, sheetByName } from '../../sandbox/services/spreadsheet/store';
import { displayOf } from '../../sandbox/services/spreadsheet/values';
import { a1, completeAnswers, DEMO_STAFF, MANAGER, mails, newRegister, OFFICER, ok, OWNER, rows, submit, WORKSPACE } from './harness';
import { t } from '../../src/i18n';
import { esrar } from '../../src/profiles/esrar';
import { defaultCommittee } from '../../src/app/sidebar/steps';
import { REGISTER_FONT } from '../../src/adapters/sheets/textLook';

const CASES = t('tab.cases');
const CODES = /^(?:citizen|resident|individual|family|productive_families|training|google_forms|system|email|competent_unit)$/;

describe('a register whose spreadsheet was made in another time zone', () => {
  const sb = new Sandbox({ start: '2026-11-22T06:00:00Z', boundSpreadsheet: 'سجل المستفيدين', owner: OWNER });
  const model = findSpreadsheet(sb.world, sb.world.boundSpreadsheetId!)!;
  model.timeZone = 'Europe/London';
  ok(sb.execute('setup', ['esrar', { managerEmail: MANAGER, staff: DEMO_STAFF }]));
  submit(sb, completeAnswers(), 'service_request');

  it('is set to the script\'s zone by setup, so a due date shows on the day its Arabic text names', () => {
    expect(model.timeZone).toBe('Asia/Riyadh');
    const sheet = sheetByName(model, CASES)!;
    const header = (sheet.rows[0] ?? []).map((c) => c?.v);
    const due = sheet.rows[1]![header.indexOf(t('col.cases.due_date'))]!;
    const dual = String(sheet.rows[1]![header.indexOf(t('col.cases.due_dual'))]!.v);
    const shown = displayOf(due, model.timeZone);
    const [y, m, d] = shown.slice(0, 10).split('-').map(Number);
    const months = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
    expect(dual).toContain(`${d} ${months[m - 1]} ${y}`);
    expect(shown.slice(11)).toBe('00:00');
  });
});

describe('what staff read in the register after a submission and its acknowledgement', () => {
  const sb = newRegister();
  submit(sb, completeAnswers());
  sb.advanceTo('2026-11-22T08:00:00Z');

  it('shows no code in any tab the product writes, in a column staff see', () => {
    const model = findSpreadsheet(sb.world, sb.world.boundSpreadsheetId!)!;
    const coded: string[] = [];
    for (const key of ['cases', 'beneficiaries', 'audit', 'outbox'] as const) {
      const sheet = sheetByName(model, t(`tab.${key}`))!;
      sheet.rows.forEach((line, r) =>
        line?.forEach((cell, c) => {
          if (!sheet.hiddenColumns.includes(c + 1) && typeof cell?.v === 'string' && CODES.test(cell.v)) coded.push(`${sheet.name}!${r + 1}:${c + 1} ${cell.v}`);
        }),
      );
    }
    expect(coded).toEqual([]);
  });

  it('writes the beneficiary\'s kind of ID, type, category and domain in Arabic', () => {
    const [b] = rows(sb, t('tab.beneficiaries'));
    expect([b[t('col.beneficiaries.id_kind')], b[t('col.beneficiaries.beneficiary_type')], b[t('col.beneficiaries.category')], b[t('col.beneficiaries.domain')]]).toEqual([
      t('intake.idKind.citizen'),
      'أسرة',
      'الأسر المنتجة',
      'التدريب والتأهيل',
    ]);
  });

  it('names the form and the scheduled work in the audit, and the outbox channel, in Arabic; the outbox still sends by it', () => {
    expect(rows(sb, t('tab.audit')).map((a) => a[t('col.audit.actor')])).toContain(t('channel.google_forms'));
    const outbox = rows(sb, t('tab.outbox'));
    expect(outbox.length).toBeGreaterThan(0);
    expect(new Set(outbox.map((o) => o[t('col.outbox.channel')]))).toEqual(new Set([t('channel.email')]));
    expect(outbox.every((o) => o[t('col.outbox.status')] === t('list.outbox.sent'))).toBe(true);
    expect(mails(sb).length).toBe(outbox.length);
  });

  it('sends the beneficiary\'s mail with Reply-To the case\'s contact officer, so an answer reaches whoever handles it', () => {
    const toBeneficiary = mails(sb).filter((m) => m.to.includes('fatimah@example.com'));
    expect(toBeneficiary.length).toBeGreaterThan(0);
    expect(toBeneficiary.map((m) => m.replyTo)).toEqual(toBeneficiary.map(() => OFFICER));
  });

  it('lays every tab in a font that carries Arabic, long text wrapped, hidden system text clipped, the reference column frozen', () => {
    const model = findSpreadsheet(sb.world, sb.world.boundSpreadsheetId!)!;
    const sheet = sheetByName(model, CASES)!;
    const width = sheet.rows[0]!.length;
    for (const r of [0, 1, 50, 99]) {
      for (let c = 0; c < width; c += 1) {
        const cell = sheet.rows[r]?.[c];
        expect([r, c, cell?.fontFamily]).toEqual([r, c, REGISTER_FONT]);
        expect([r, c, cell?.wrap]).toEqual([r, c, !sheet.hiddenColumns.includes(c + 1)]);
      }
    }
    expect([sheet.frozenRows, sheet.frozenColumns]).toEqual([1, 1]);
    const dateColumn = (sheet.rows[0] ?? []).findIndex((c) => c?.v === t('col.cases.received_at')) + 1;
    expect(sheet.columnWidths[dateColumn]).toBe(130);
  });
});

describe('a status typed into the register with the unit left blank', () => {
  const sb = newRegister('esrar', '2026-11-22T06:00:00Z', 'workspace');
  submit(sb, completeAnswers());
  sb.edit(CASES, a1(sb, CASES, t('col.cases.status'), 1), t('case.status.under_study'), WORKSPACE.OFFICER);

  it('sends the case to the study committee by the name staff read, never the code competent_unit', () => {
    const [c] = rows(sb, CASES);
    expect(c[t('col.cases.status')]).toBe(t('case.status.under_study'));
    expect(c[t('col.cases.unit')]).toBe(defaultCommittee(esrar).nameAr);
  });
});
