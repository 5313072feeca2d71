// A rendered add-on card in chromium at the sidebar's width: right to left, a hostile name shown as text.
import type { Browser, Page } from 'playwright-core';
import { createCardService } from '../../sandbox/services/card';
import { renderCardToHtml } from '../../sandbox/ui/cardHtml';
import type { CallRecord, ServiceContext } from '../../sandbox/core/context';
import { describeInBrowser, directionOf, launchBrowser, screenshot, SIDEBAR_WIDTH, textBox } from '../support/browser';

function context(): ServiceContext {
  const calls: CallRecord[] = [];
  const world = { nowMs: 0, account: 'consumer' as const, owner: 'owner@mustafid.org.sa', boundSpreadsheetId: null, services: {} };
  return { world, executionId: 'card', user: 'officer@mustafid.org.sa', call: (method) => void calls.push({ method, ms: 0 }), now: () => new Date(0), calls };
}

function homepage(): string {
  const cs = createCardService(context());
  const row = (id: string, name: string, due: string) =>
    cs.newDecoratedText().setTopLabel(id).setText(name).setBottomLabel(due).setWrapText(true)
      .setOnClickAction(cs.newAction().setFunctionName('openCaseFromCard').setParameters({ caseId: id }));
  return renderCardToHtml(
    cs.newCardBuilder()
      .setHeader(cs.newCardHeader().setTitle('أعمالي').setSubtitle('officer@mustafid.org.sa'))
      .addSection(cs.newCardSection().setHeader('متأخرة')
        .addWidget(row('SR-1447-0003', '<script>document.title="pwned"</script>نورة', 'تأخرت يومًا')))
      .addSection(cs.newCardSection().setHeader('مستحقة اليوم')
        .addWidget(row('SR-1447-0007', 'عبدالله الشمري', 'اليوم'))
        .addWidget(cs.newButtonSet().addButton(cs.newTextButton().setText('فتح السجل').setTextButtonStyle(cs.TextButtonStyle.FILLED)
          .setOpenLink(cs.newOpenLink().setUrl('https://docs.google.com/spreadsheets/d/register/edit')))))
      .build(),
  );
}

describeInBrowser('rendered add-on card in chromium', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: SIDEBAR_WIDTH, height: 500 } })).newPage();
    await page.setContent(homepage());
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('given the homepage card at 300 px, then it reads right to left with the title against the right edge', async () => {
    expect(await directionOf(page, '.card')).toBe('rtl');
    const title = await textBox(page, '.card-title');
    expect(title.viewportWidth - title.right).toBeLessThanOrEqual(20);
    expect(title.left).toBeGreaterThan(SIDEBAR_WIDTH / 2);
    await screenshot(page, 'card-homepage');
  });

  it('given a beneficiary name holding a script, then the person sees the text and the script never runs', async () => {
    expect(await page.locator('.decorated-text .text').first().textContent()).toBe('<script>document.title="pwned"</script>نورة');
    expect(await page.title()).toBe('أعمالي');
  });

  it('given a case row, then clicking it is wired to the card action with the case id', async () => {
    const row = page.locator('.decorated-text', { hasText: 'عبدالله الشمري' });
    expect(await row.getAttribute('data-function')).toBe('openCaseFromCard');
    expect(JSON.parse((await row.getAttribute('data-parameters')) ?? '{}')).toEqual({ caseId: 'SR-1447-0007' });
    expect(await page.locator('a.card-button').getAttribute('href')).toBe('https://docs.google.com/spreadsheets/d/register/edit');
  });
});
