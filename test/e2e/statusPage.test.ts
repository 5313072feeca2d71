// The status web app on the built bundle: a beneficiary with their request number and the mobile's last four
// digits sees the case and nothing else personal; a wrong code reads exactly like an unknown number; the sixth
// try in an hour is refused; every look is in the audit; the acknowledgement carries the page's link.
import { mails, rows } from './harness';
import { registerWithStatusPage, statusHtml } from './statusHelpers';
import { headerLabel } from '../../src/adapters/sheets/sheetTable';
import { t } from '../../src/i18n';

describe('the status page', () => {
  test('a right number and code show the status, the next step, the due date in both calendars and the contact officer', () => {
    const { sb, caseNo, url } = registerWithStatusPage();
    const html = statusHtml(sb, { case: caseNo, code: '4567' });
    expect(html).toContain('dir="rtl"');
    expect(html).toContain(t('case.status.complete'));
    expect(html).toContain(t('status.next.complete'));
    const due = String(rows(sb, t('tab.cases'))[0][headerLabel('cases', 'due_dual')]);
    expect(html).toContain(due.replace(/[\u2068\u2069]/g, '').split(' ')[0]);
    expect(html).toMatch(/هـ/);
    expect(html).toContain('officer.noura@gmail.com');
    // Nothing else personal: not the name, the ID, the mobile or the e-mail.
    for (const secret of ['فاطمة', '1000000008', '0501234567', '501234567', 'fatimah@example.com']) expect(html).not.toContain(secret);
    // The form posts back to the web app itself.
    expect(html).toContain(`action="${url}"`);
  });

  test('a wrong code and an unknown number get the very same page', () => {
    const { sb, caseNo } = registerWithStatusPage();
    const wrongCode = statusHtml(sb, { case: caseNo, code: '1111' });
    const unknown = statusHtml(sb, { case: '1448-09999', code: '4567' });
    expect(wrongCode).toBe(unknown);
    expect(wrongCode).toContain(t('status.refused'));
    expect(wrongCode).not.toContain(t('case.status.complete'));
  });

  test('the sixth try for a number within the hour is refused, even with the right code; an hour later it works', () => {
    const { sb, caseNo } = registerWithStatusPage();
    for (let i = 0; i < 5; i += 1) expect(statusHtml(sb, { case: caseNo, code: '0000' })).toContain(t('status.refused'));
    const sixth = statusHtml(sb, { case: caseNo, code: '4567' });
    expect(sixth).toContain(t('status.limited'));
    expect(sixth).not.toContain(t('case.status.complete'));
    sb.advanceTo(sb.now().getTime() + 61 * 60_000);
    expect(statusHtml(sb, { case: caseNo, code: '4567' })).toContain(t('case.status.complete'));
  });

  test('a case number in Arabic-Indic digits, as Rusookh writes it, is found', () => {
    const { sb, caseNo } = registerWithStatusPage();
    const arabic = caseNo.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
    expect(statusHtml(sb, { case: arabic, code: '٤٥٦٧' })).toContain(t('case.status.complete'));
  });

  test('every look is written to the audit, found or not', () => {
    const { sb, caseNo } = registerWithStatusPage();
    const before = rows(sb, t('tab.audit')).length;
    statusHtml(sb, { case: caseNo, code: '4567' });
    statusHtml(sb, { case: caseNo, code: '9999' });
    const looks = rows(sb, t('tab.audit')).slice(before);
    expect(looks.map((a) => a[headerLabel('audit', 'details')])).toEqual([t('status.audit.shown'), t('status.audit.refused')]);
    expect(looks.every((a) => a[headerLabel('audit', 'action')] === t('audit.case_viewed'))).toBe(true);
  });

  test('markup typed into the page comes back as text', () => {
    const { sb } = registerWithStatusPage();
    const html = statusHtml(sb, { case: '<script>alert(1)</script>', code: '"><img src=x>' });
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x>');
  });

  test('the acknowledgement carries the link to the page', () => {
    const { sb, url } = registerWithStatusPage();
    expect(mails(sb)[0].text).toContain(url);
  });
});
