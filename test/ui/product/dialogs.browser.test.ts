// The register's dialogs in headless chromium: choices come from the server, what staff type is saved,
// and a refusal shows in Arabic. Both dialogs share their style and script (src/ui/partials).
import { Sandbox } from '../../../sandbox/core/runtime';
import { browserForBlock, describeInBrowser, inServedPage, screenshot } from '../../support/browser';
import { DEMO_STAFF, MANAGER, OFFICER, nationalId, ok, rows } from '../../e2e/harness';

function register(): Sandbox {
  const sb = new Sandbox({ start: '2026-11-22T06:00:00Z', boundSpreadsheet: 'سجل المستفيدين', account: 'workspace' });
  ok(sb.execute('setup', ['esrar', { managerEmail: MANAGER, staff: DEMO_STAFF }]));
  return sb;
}

describeInBrowser('the register dialogs', () => {
  const browser = browserForBlock();

  it('registers a complaint that came by fax', async () => {
    const sb = register();
    await inServedPage(browser(), { sandbox: sb, fn: 'openComplaintDialog', user: OFFICER, height: 700 }, async ({ page, pageErrors }) => {
      await page.waitForSelector('#channel option[value="fax"]', { state: 'attached' });
      await page.selectOption('#channel', 'fax');
      await page.fill('#complainant', 'ليلى');
      await page.fill('#mobile', '0551112233');
      await page.fill('#email', 'layla@example.com');
      await page.fill('#summary', 'تأخر صرف المساعدة');
      await page.click('#save');
      await page.waitForSelector('#result.ok');
      expect(await page.textContent('#result')).toContain('C-1448-00001');
      await screenshot(page, 'dialog-complaint');
      expect(pageErrors).toEqual([]);
      expect(rows(sb, 'الشكاوى')).toHaveLength(1);
    });
  });

  it('registers a case from an interview, and shows the Arabic refusal to a stranger', async () => {
    const sb = register();
    await inServedPage(browser(), { sandbox: sb, fn: 'openNewCaseDialog', user: OFFICER, height: 900 }, async ({ page, pageErrors, server }) => {
      await page.waitForSelector('#service option', { state: 'attached' });
      await page.fill('#full_name', 'سالم العتيبي');
      await page.fill('#national_id', nationalId(901));
      await page.fill('#mobile', '0534445566');
      await page.fill('#email', 'salem@example.com');
      await page.check('#attestation');
      await page.check('#consent');
      await page.click('#save');
      await page.waitForSelector('#result.ok');
      expect(await page.textContent('#result')).toContain('1448-00001');
      expect(rows(sb, 'الحالات')).toHaveLength(1);

      server.setUser('stranger@example.com');
      await page.click('#save');
      await page.waitForSelector('#result.err');
      expect(await page.textContent('#result')).toMatch(/^[\u0600-\u06FF]/);
      expect(rows(sb, 'الحالات')).toHaveLength(1);
      await screenshot(page, 'dialog-new-case');
      expect(pageErrors).toEqual([]);
    });
  });
});
