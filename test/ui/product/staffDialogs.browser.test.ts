// The «برنامج جديد» and «تسجيل نشاط ميداني» dialogs in headless chromium: filled and submitted by clicking, the answer
// shown (markup typed by staff stays text), and refusals shown as the server's Arabic sentence.
import type { Page } from 'playwright-core';
import { Sandbox } from '../../../sandbox/core/runtime';
import { browserForBlock, describeInBrowser, directionOf, inServedPage, screenshot } from '../../support/browser';
import { CHAIR, DEMO_STAFF, MANAGER, OFFICER, ok, rows } from '../../e2e/harness';

const MARKUP = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';

function register(profile: string): Sandbox {
  const sb = new Sandbox({ start: '2026-11-22T06:00:00Z', boundSpreadsheet: 'سجل المستفيدين', account: 'workspace' });
  ok(sb.execute('setup', [profile, { managerEmail: MANAGER, staff: DEMO_STAFF }]));
  return sb;
}

async function expectInert(page: Page): Promise<void> {
  expect(await page.locator('#result script, #result img').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
}

describeInBrowser('the new program and field activity dialogs', () => {
  const browser = browserForBlock();

  it('creates a program typed with Arabic-Indic digits, shows its link and announcement, then a role refusal', async () => {
    const sb = register('rusookh');
    await inServedPage(browser(), { sandbox: sb, fn: 'openProgramDialog', user: OFFICER, height: 1100 }, async ({ page, pageErrors, server }) => {
      expect(server.shown?.title).toBe('برنامج جديد');
      expect(await directionOf(page, 'form')).toBe('rtl');
      await page.fill('#name', `${MARKUP}نادي القراءة`);
      await page.fill('#ageMin', '٨');
      await page.fill('#ageMax', '١٢');
      await page.fill('#capacity', '٢٥');
      await page.fill('#startDate', '2026-12-13');
      await page.fill('#endDate', '2026-12-24');
      await page.selectOption('#needsInterview', 'true');
      await page.fill('#conditions', 'إحضار صورة الهوية\nموافقة ولي الأمر');
      await page.click('#save');
      await page.waitForSelector('#result.ok');
      const result = await page.textContent('#result');
      expect(result).toContain('PR-001');
      expect(result).toContain(`${MARKUP}نادي القراءة`);
      await expectInert(page);
      expect(await page.isVisible('#out')).toBe(true);
      expect(await page.inputValue('#link')).toMatch(/^https:\/\/.*PR-001$/);
      const announcement = await page.inputValue('#announcement');
      expect(announcement).toContain('موافقة ولي الأمر');
      expect(announcement).toContain(`${MARKUP}نادي القراءة`);
      expect(rows(sb, 'البرامج والأنشطة')).toHaveLength(1);
      await screenshot(page, 'dialog-new-program');

      server.setUser(CHAIR);
      await page.click('#save');
      await page.waitForSelector('#result.err');
      expect(await page.textContent('#result')).toBe('لا يسمح دورك (عضو لجنة) بهذا الإجراء.');
      expect(await page.isVisible('#out')).toBe(false);
      expect(rows(sb, 'البرامج والأنشطة')).toHaveLength(1);
      expect(pageErrors).toEqual([]);
    });
  });

  it('logs a supervisory visit chosen from the enabled kinds, then refuses a participant count in words', async () => {
    const sb = register('esrar');
    await inServedPage(browser(), { sandbox: sb, fn: 'openFieldActivityDialog', user: OFFICER, height: 800 }, async ({ page, pageErrors, server }) => {
      expect(server.shown?.title).toBe('تسجيل نشاط ميداني');
      await page.waitForSelector('#kind option[value="interview"]', { state: 'attached' });
      expect(await page.locator('#kind option').allTextContents()).toEqual(['مسح ميداني', 'زيارة إشرافية على المكاتب', 'مقابلة']);
      await page.selectOption('#kind', 'supervisory_visit');
      // The date starts at today on the staff member's own calendar.
      const today = await page.evaluate(() => { const d = new Date(); return [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'), String(d.getDate()).padStart(2, '0')].join('-'); });
      expect(await page.inputValue('#date')).toBe(today);
      await page.fill('#date', '2026-11-24');
      await page.fill('#place', `${MARKUP}مكتب الهفوف`);
      await page.fill('#participants', '١٢');
      await page.fill('#findings', 'انتظام الاستقبال');
      await page.click('#save');
      await page.waitForSelector('#result.ok');
      const result = await page.textContent('#result');
      expect(result).toMatch(/^سُجّل «زيارة إشرافية على المكاتب»/);
      expect(result).toContain(`${MARKUP}مكتب الهفوف`);
      await expectInert(page);
      expect(rows(sb, 'المسح الميداني والزيارات')[0]['عدد المشاركين']).toBe(12);

      await page.fill('#participants', 'عشرة');
      await page.click('#save');
      await page.waitForSelector('#result.err');
      expect(await page.textContent('#result')).toBe('اكتب رقمًا صحيحًا في «عدد المشاركين».');
      expect(rows(sb, 'المسح الميداني والزيارات')).toHaveLength(1);
      await screenshot(page, 'dialog-field-activity');
      expect(pageErrors).toEqual([]);
    });
  });
});
