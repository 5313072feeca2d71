// The status page in chromium on a phone (390 px): served by the sandbox from the built bundle, filled in as a
// beneficiary would; right to left, nothing wider than the screen; the sixth try refused.
import type { Browser, Page } from 'playwright-core';
import { serveWebApp, type WebAppServer } from '../../sandbox/ui/webapp';
import { registerWithStatusPage } from '../e2e/statusHelpers';
import { browserForBlock, directionOf, screenshot } from '../support/browser';
import { t } from '../../src/i18n';

const PHONE = { width: 390, height: 844 };

async function ask(page: Page, server: WebAppServer, caseNo: string, code: string): Promise<string> {
  await page.goto(server.url);
  await page.fill('#case', caseNo);
  await page.fill('#code', code);
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  return page.innerText('main');
}

describe('the status page on a phone', () => {
  const browser: () => Browser = browserForBlock();
  let server: WebAppServer;
  let caseNo: string;
  let page: Page;

  beforeAll(async () => {
    const made = registerWithStatusPage();
    caseNo = made.caseNo;
    server = await serveWebApp(made.sb, 'visitor@example.net');
    page = await (await browser().newContext({ viewport: PHONE })).newPage();
  });
  afterAll(async () => server?.close());

  test('a right number and code show the case, right to left, within the screen', async () => {
    const text = await ask(page, server, caseNo, '4567');
    expect(text).toContain(t('case.status.complete'));
    expect(text).toContain(t('status.field.due'));
    expect(await directionOf(page, 'main')).toBe('rtl');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'status-page-found');
  });

  test('a wrong code shows the same refusal as an unknown number', async () => {
    const wrong = await ask(page, server, caseNo, '1111');
    const unknown = await ask(page, server, '1448-09999', '4567');
    expect(wrong).toBe(unknown);
    expect(wrong).toContain(t('status.refused'));
  });

  test('the sixth try in an hour is refused', async () => {
    // Three tries made above for this number (one right, one wrong); three more wrong make five.
    for (let i = 0; i < 3; i += 1) await ask(page, server, caseNo, '0000');
    const sixth = await ask(page, server, caseNo, '4567');
    expect(sixth).toContain(t('status.limited'));
    expect(sixth).not.toContain(t('case.status.complete'));
    await screenshot(page, 'status-page-limited');
  });
});
