// The staff sidebar of the real bundle in headless chromium: a case walked from received to decided by
// clicking, what each role sees, refusals in Arabic, an escaped <script> name, right-to-left at 300 px.
import type { Browser, Page } from 'playwright-core';
import { Sandbox } from '../../../sandbox/core/runtime';
import { serveSidebar, type SidebarServer } from '../../../sandbox/ui/server';
import { describeInBrowser, directionOf, launchBrowser, openSidebarPage, screenshot, settledText, SIDEBAR_WIDTH, textBox } from '../../support/browser';
import { CHAIR, DEMO_STAFF, MANAGER, OFFICER, completeAnswers, ok, rows, submit } from '../../e2e/harness';

/** Lets a run test a build made elsewhere (e.g. `webpack --output-path`) without touching build/. */
const BUILD_DIR = process.env.MUSTAFID_BUILD_DIR || undefined;
const HOSTILE_NAME = '<script>window.__pwned = true</script>فاطمة الزهراني';

function register(): { sb: Sandbox; caseNo: string } {
  const sb = new Sandbox({ start: '2026-11-22T06:00:00Z', boundSpreadsheet: 'سجل المستفيدين', account: 'workspace', buildDir: BUILD_DIR });
  ok(sb.execute('setup', ['esrar', { managerEmail: MANAGER, staff: DEMO_STAFF }]));
  submit(sb, completeAnswers({ full_name: HOSTILE_NAME }));
  const caseNo = String(rows(sb, 'الحالات')[0]['رقم الحالة']);
  return { sb, caseNo };
}

describeInBrowser('staff sidebar: a case from received to decided', () => {
  let browser: Browser;
  let server: SidebarServer;
  let page: Page;
  let pageErrors: string[];
  let sb: Sandbox;
  let caseNo: string;
  const shown = async (selector: string, expected: string) => expect(await settledText(page, selector, expected)).toBe(expected);
  const stepButtons = () => page.locator('#steps button').allTextContents();

  beforeAll(async () => {
    ({ sb, caseNo } = register());
    server = await serveSidebar({ sandbox: sb, fn: 'openCasePanel', user: OFFICER });
    browser = await launchBrowser();
    ({ page, pageErrors } = await openSidebarPage(browser, server.url, 1200));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('given the panel opens with no row selected, then it asks for a case, in Arabic, right to left at 300 px', async () => {
    expect(server.shown?.title).toBe('لوحة الحالة');
    await shown('#case-empty', 'اختر صفًّا في تبويب الحالات أو اكتب رقم الحالة.');
    expect(await directionOf(page, 'body')).toBe('rtl');
    const title = await textBox(page, '#title');
    expect(title.viewportWidth).toBe(SIDEBAR_WIDTH);
    expect(Math.abs(title.viewportWidth - 12 - title.right)).toBeLessThanOrEqual(2);
    expect(title.left).toBeGreaterThan(SIDEBAR_WIDTH / 3);
    await screenshot(page, 'product-sidebar-empty');
  });

  it('given the assigned officer opens the case, then the name shows as text, identifiers in full, and the view is audited', async () => {
    await page.fill('#case-no', caseNo);
    await page.click('#case-open');
    await shown('#case-heading', `رقم الحالة: ${caseNo}`);
    expect(await page.locator('#beneficiary dd').allTextContents()).toEqual([HOSTILE_NAME, '1000000008', '+966501234567', 'fatimah@example.com']);
    expect(await page.evaluate(() => (globalThis as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(await page.locator('#masked-note').isHidden()).toBe(true);
    expect(await page.locator('#deadline').textContent()).toContain('متبقٍ 15 يوم عمل');
    expect(await page.locator('#deadline').textContent()).toMatch(/هـ.*م/);
    expect(await stepButtons()).toEqual(['رفع الطلب للدراسة', 'إحالة إلى المسؤول', 'سحب الطلب']);
    const viewed = rows(sb, 'سجل التدقيق').filter((a) => a['الإجراء'] === 'اطلاع على حالة');
    expect(viewed.map((a) => [a['المستخدم'], a['رقم الحالة']])).toEqual([[OFFICER, caseNo]]);
    await screenshot(page, 'product-sidebar-case-officer');
  });

  it('given the officer starts the study and records a verification by clicking, then the status and timeline follow', async () => {
    await page.click('#steps button[data-step="startStudy"]');
    expect(await page.inputValue('#field-unit')).not.toBe('');
    await page.click('#step-submit');
    await shown('#message', 'تم: رفع الطلب للدراسة. الحالة الآن «قيد الدراسة».');
    expect(await stepButtons()).toEqual(['تسجيل التحقق', 'إحالة إلى المسؤول', 'سحب الطلب']);

    await page.click('#steps button[data-step="recordVerification"]');
    await page.selectOption('#field-method', 'personal_interview');
    await page.selectOption('#field-outcome', 'confirmed');
    await page.fill('#field-notes', 'مقابلة في المقر');
    await page.click('#step-submit');
    await shown('#message', 'تم: تسجيل التحقق. الحالة الآن «قيد الدراسة».');
    const timeline = await page.locator('#timeline').textContent();
    expect(timeline).toContain('مكتمل → قيد الدراسة');
    expect(timeline).toContain(OFFICER);
  });

  it('given a committee member, then identifiers are masked and only the decision is offered', async () => {
    server.setUser(CHAIR);
    await page.reload();
    await page.fill('#case-no', caseNo);
    await page.click('#case-open');
    await shown('#case-heading', `رقم الحالة: ${caseNo}`);
    const [name, id, mobile, email] = await page.locator('#beneficiary dd').allTextContents();
    expect([name, id, mobile, email]).toEqual([HOSTILE_NAME, '1••••••008', '+9665••••••67', 'f•••@example.com']);
    expect(await page.locator('#masked-note').isVisible()).toBe(true);
    expect(await stepButtons()).toEqual(['إصدار القرار']);
  });

  it('given the decision form is open but the caller is now an officer, then the server refuses it in Arabic', async () => {
    await page.click('#steps button[data-step="recordDecision"]');
    await page.fill('#field-reasons', 'استوفت الشروط');
    server.setUser(OFFICER);
    await page.click('#step-submit');
    await shown('#error', 'لا يسمح دورك (مسؤول تواصل) بهذا الإجراء.');
    expect(String(rows(sb, 'الحالات')[0]['حالة الطلب'])).toBe('قيد الدراسة');
  });

  it('given the committee member rejects without reasons, then the Arabic refusal shows; with reasons the case is decided', async () => {
    server.setUser(CHAIR);
    await page.selectOption('#field-decision', 'rejected');
    await page.fill('#field-reasons', '');
    await page.click('#step-submit');
    await shown('#error', 'يجب ذكر أسباب القرار، ولا سيما عند الرفض');
    await screenshot(page, 'product-sidebar-refused');

    await page.fill('#field-reasons', 'الدورة مكتملة العدد\nلا توجد مقاعد شاغرة');
    await page.click('#step-submit');
    await shown('#message', 'تم: إصدار القرار. الحالة الآن «صدر القرار».');
    expect(await page.locator('#error').textContent()).toBe('');
    const [c] = rows(sb, 'الحالات');
    expect([c['حالة الطلب'], c['القرار'], c['أسباب القرار']]).toEqual(['صدر القرار', 'مرفوض', 'الدورة مكتملة العدد؛ لا توجد مقاعد شاغرة']);
    expect(await page.locator('#deadline').textContent()).toContain('صدر القرار في الموعد');
    await screenshot(page, 'product-sidebar-decided');
    expect(pageErrors).toEqual([]);
  });
});

describeInBrowser('staff sidebar: my work and search', () => {
  let browser: Browser;
  let server: SidebarServer;
  let page: Page;
  const shown = async (selector: string, expected: string) => expect(await settledText(page, selector, expected)).toBe(expected);

  beforeAll(async () => {
    const { sb } = register();
    submit(sb, completeAnswers({ national_id: '1000000016', full_name: 'منيرة سعد', mobile: '0557654321', email: 'muneera@example.com' }));
    server = await serveSidebar({ sandbox: sb, fn: 'openMyWork', user: OFFICER });
    browser = await launchBrowser();
    ({ page } = await openSidebarPage(browser, server.url));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('given the officer opens my work, then their open cases are listed with working days left, and nothing is overdue', async () => {
    await shown('#title', 'أعمالي');
    await page.locator('#open li.item').nth(1).waitFor();
    const items = await page.locator('#open li.item').allTextContents();
    expect(items).toHaveLength(2);
    expect(items.every((text) => text.includes('متبقٍ 15 يوم عمل'))).toBe(true);
    expect(await page.locator('#overdue').textContent()).toBe('لا شيء هنا.');
    await screenshot(page, 'product-sidebar-my-work');
  });

  it('given a search by mobile, then the match shows with a masked number, and clicking it opens the case', async () => {
    await page.click('#tab-search');
    await page.fill('#search-q', '0557654321');
    await page.click('#search-go');
    await page.locator('#search-results li.item').first().waitFor();
    const results = await page.locator('#search-results li').allTextContents();
    expect(results).toHaveLength(1);
    expect(results[0]).toContain('منيرة سعد');
    expect(results[0]).toContain('+9665••••••21');
    expect(results[0]).not.toContain('0557654321');
    await page.locator('#search-results li.item').first().click();
    expect(await settledText(page, '#beneficiary dd', 'منيرة سعد')).toBe('منيرة سعد');
  });

  it('given a search of two letters, then the panel asks for three', async () => {
    await page.click('#tab-search');
    await page.fill('#search-q', 'من');
    await page.click('#search-go');
    await shown('#error', 'اكتب ثلاثة أحرف على الأقل.');
  });
});
