// The local sidebar in headless chromium: a fixture panel served from a sandbox, its buttons answered by
// google.script.run as Sandbox executions, checked as a staff member would see it at the sidebar's width.
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { Sandbox } from '../../sandbox/core/runtime';
import { serveSidebar, type SidebarServer } from '../../sandbox/ui/server';
import { describeInBrowser, directionOf, launchBrowser, openSidebarPage, screenshot, settledText, SIDEBAR_WIDTH, textBox } from '../support/browser';

const FIXTURE = path.join(__dirname, 'fixtures', 'sidebar');
const OFFICER = 'officer@mustafid.org.sa';
const MANAGER = 'manager@mustafid.org.sa';

/** Width and height a PNG file declares in its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describeInBrowser('local sidebar in chromium', () => {
  let browser: Browser;
  let server: SidebarServer;
  let page: Page;
  let pageErrors: string[];
  /** The text a person sees in `selector` once the asynchronous answer has arrived. */
  const expectShown = async (selector: string, expected: string) => expect(await settledText(page, selector, expected)).toBe(expected);

  beforeAll(async () => {
    const sandbox = new Sandbox({ buildDir: FIXTURE });
    server = await serveSidebar({ sandbox, fn: 'showPanel', user: OFFICER });
    browser = await launchBrowser();
    ({ page, pageErrors } = await openSidebarPage(browser, server.url));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('given the panel opens at the sidebar width, then it is right to left: the heading sits against the right edge', async () => {
    expect(server.shown).toEqual({ title: 'لوحة الحالة', width: 300, height: null });
    expect(await directionOf(page, 'body')).toBe('rtl');
    const heading = await textBox(page, '#title span');
    expect(heading.viewportWidth).toBe(SIDEBAR_WIDTH);
    // The body has a 12 px margin: right-aligned text ends there, and short text leaves the left side empty.
    expect(Math.abs(heading.viewportWidth - 12 - heading.right)).toBeLessThanOrEqual(2);
    expect(heading.left).toBeGreaterThan(SIDEBAR_WIDTH / 3);
    const file = await screenshot(page, 'sidebar-fixture-opened');
    expect(pngSize(file).width).toBe(SIDEBAR_WIDTH);
  });

  it('given a script tag in server data printed with <?= ?>, then the person sees it as text and it never runs', async () => {
    await expectShown('#note', '<script>window.__pwned = true</script>ملاحظة المستفيد');
    expect(await page.evaluate(() => (globalThis as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(await page.locator('#who').textContent()).toBe(`المستخدم: ${OFFICER}`);
  });

  it('given a name typed in, when the person clicks, then the success handler shows what the server returned for that user', async () => {
    await page.fill('#name', 'سارة');
    await page.click('#greet');
    await expectShown('#out', `مرحبا سارة (1) ${OFFICER} ← greet`);

    server.setUser(MANAGER);
    await page.click('#greet');
    await expectShown('#out', `مرحبا سارة (2) ${MANAGER} ← greet`);
    expect(server.runs.map((r) => [r.fn, r.user, r.ok])).toEqual([['greet', OFFICER, true], ['greet', MANAGER, true]]);
  });

  it('given a server function that refuses, when clicked, then the failure handler gets an Error with the Arabic message', async () => {
    await page.click('#refuse');
    await expectShown('#err', 'Error: لا تملك صلاحية هذا الإجراء ← refuse');
    expect(await page.locator('#out').textContent()).not.toContain('unexpected success');
    await screenshot(page, 'sidebar-fixture-refused');
  });

  it('given a server value holding a Date, then the client receives null, as google.script.run delivers it', async () => {
    await page.click('#when');
    await expectShown('#out', 'value: null');
  });

  it('given a private function (trailing underscore), then it is not callable from the panel', async () => {
    await page.click('#private');
    await expectShown('#out', 'private: undefined');
  });

  it('given the close button, when clicked, then google.script.host.close() empties the panel and is recorded', async () => {
    await page.click('#close');
    await page.locator('#title').waitFor({ state: 'detached' });
    expect(server.hostEvents).toEqual([{ action: 'close' }]);
    expect(pageErrors).toEqual([]);
  });
});
