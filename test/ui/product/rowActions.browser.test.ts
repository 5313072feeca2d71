// The selected record's actions dialog in headless chromium: an action taken by clicking, a refusal shown in Arabic
// after the role changed mid-session, and a complainant's markup shown as text.
import { Sandbox } from '../../../sandbox/core/runtime';
import { browserForBlock, describeInBrowser, directionOf, inServedPage, screenshot } from '../../support/browser';
import { DEMO_STAFF, MANAGER, OFFICER, ok, rows } from '../../e2e/harness';

const NAME = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">ليلى';

function register(): Sandbox {
  const sb = new Sandbox({ start: '2026-11-22T06:00:00Z', boundSpreadsheet: 'سجل المستفيدين', account: 'workspace' });
  ok(sb.execute('setup', ['esrar', { managerEmail: MANAGER, staff: DEMO_STAFF }]));
  ok(sb.execute('registerComplaint', [{ channel: 'fax', complainant: NAME, mobile: '0551112233', replyChannel: 'email', email: 'layla@example.com', summary: 'تأخر صرف المساعدة' }], { user: OFFICER }));
  sb.select('الشكاوى', 'C2');
  return sb;
}

describeInBrowser('the selected record dialog', () => {
  const browser = browserForBlock();

  it('shows the complaint with markup as text, takes an action, and shows a refusal in Arabic', async () => {
    const sb = register();
    await inServedPage(browser(), { sandbox: sb, fn: 'openRowActions', user: MANAGER, height: 900 }, async ({ page, pageErrors, server }) => {
      expect(server.shown?.title).toBe('إجراءات السجل المحدد');
      await page.waitForSelector('#record h2');
      expect(await page.textContent('#record h2')).toMatch(/^الشكاوى — C-1448-\d{5}$/);
      expect(await page.textContent('#record')).toContain('<script>window.__pwned = 1</script>');
      expect(await page.locator('#record script, #record img').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await directionOf(page, '#record')).toBe('rtl');

      await page.click('[data-action="AssignToCommittee"] button.run');
      expect(await page.inputValue('[data-action="AssignToCommittee"] select')).toBe('follow_up');
      await screenshot(page, 'dialog-row-actions-form');
      await page.click('[data-action="AssignToCommittee"] button[type="submit"]');
      await page.waitForSelector('#result.ok >> text=محالة إلى لجنة المتابعة');
      expect(await page.textContent('#record .status')).toBe('محالة إلى لجنة المتابعة');
      expect(rows(sb, 'الشكاوى')[0]['حالة الشكوى']).toBe('محالة إلى لجنة المتابعة');

      // The staff tab says who may do what on every call: an officer may not start the investigation.
      server.setUser(OFFICER);
      await page.click('[data-action="StartInvestigation"] button.run');
      await page.waitForSelector('#result.err');
      expect(await page.textContent('#result')).toBe('لا يسمح دورك (مسؤول تواصل) بهذا الإجراء.');
      expect(rows(sb, 'الشكاوى')[0]['حالة الشكوى']).toBe('محالة إلى لجنة المتابعة');
      await screenshot(page, 'dialog-row-actions');
      expect(pageErrors).toEqual([]);
    });
  });

  it('tells the person to select a record when the selection is elsewhere', async () => {
    const sb = register();
    sb.select('الحالات', 'A2');
    await inServedPage(browser(), { sandbox: sb, fn: 'openRowActions', user: OFFICER }, async ({ page, pageErrors }) => {
      await page.waitForSelector('#result.err');
      expect(await page.textContent('#result')).toContain('اختر صفًّا في أحد هذه التبويبات');
      expect(pageErrors).toEqual([]);
    });
  });
});
