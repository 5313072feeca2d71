// Mail as it reads in a browser-based client, in headless Chromium at a phone's width (390 px) and a desktop's
// (1000 px): the weekly summary's bars in proportion to their values, and the block set against the right edge.
import type { Browser, Page } from 'playwright-core';
import { barChartHtml } from '../../src/app/schedule/summaryMail';
import { mailBlockOpen, renderMail } from '../../src/app/notify/mailTemplate';
import { launchBrowser } from '../support/browser';

const WIDTHS = [390, 1000];

/** An LTR page, as a mail client's own page is, holding the mail's HTML. */
const page = (html: string) => `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head><body style="margin:0">${html}</body></html>`;

async function open(browser: Browser, width: number, html: string): Promise<Page> {
  const p = await browser.newPage({ viewport: { width, height: 800 } });
  await p.setContent(page(html));
  return p;
}

describe('mail layout in chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(WIDTHS)('at %i px the summary draws 6, 3, 2 and 1 in proportion, starting from the right', async (width) => {
    const bars = [6, 3, 2, 1].map((value, i) => ({ label: `البند رقم ${i + 1} في الأسبوع الماضي`, value, color: '#4a7fb5' }));
    const p = await open(browser, width, `${mailBlockOpen(640)}${barChartHtml('الطلبات هذا الأسبوع', bars, 'latn')}</div>`);
    const boxes = await p.$$eval('td[bgcolor]', (cells) => cells.map((c) => c.getBoundingClientRect()).map((r) => ({ width: r.width, right: r.right })));
    await p.close();
    expect(boxes).toHaveLength(4);
    const [six, three, two, one] = boxes.map((b) => b.width);
    // Each within a pixel or two of its share of the longest.
    expect(Math.abs(three - six / 2)).toBeLessThan(2);
    expect(Math.abs(two - six / 3)).toBeLessThan(2);
    expect(Math.abs(one - six / 6)).toBeLessThan(2);
    expect(three - two).toBeGreaterThan(width < 500 ? 5 : 15);
    // Right to left: every bar starts at the same right edge.
    expect(Math.max(...boxes.map((b) => b.right)) - Math.min(...boxes.map((b) => b.right))).toBeLessThan(1);
  });

  it.each(WIDTHS)('at %i px the letter sits against the right edge, its text right-aligned, the footer apart', async (width) => {
    const mail = renderMail({
      to: 'fatimah@example.com',
      subject: 'استلام طلبك',
      greeting: 'السلام عليكم فاطمة',
      paragraphs: ['استلمنا طلبك وسُجّل برقم \u20681448-00001\u2069.'],
      footer: 'الجمعية — esrar.org.sa — 0530801110',
      digits: 'latn',
    });
    const p = await open(browser, width, mail.html!);
    const block = await p.$eval('div[dir="rtl"]', (d) => d.getBoundingClientRect().toJSON() as DOMRect);
    const greeting = await p.$eval('div[dir="rtl"] > p', (e) => {
      const range = document.createRange();
      range.selectNodeContents(e);
      return range.getBoundingClientRect().toJSON() as DOMRect;
    });
    const footer = await p.$eval('div[dir="rtl"] > p:last-child', (e) => ({ dir: e.getAttribute('dir'), border: getComputedStyle(e).borderTopWidth }));
    await p.close();
    expect(Math.abs(block.right - width)).toBeLessThan(1);
    if (width > 700) expect(block.left).toBeGreaterThan(width - 640 - 1);
    // The text ends at the block's right edge (right-aligned), not at the left of a left-hugging block.
    expect(block.right - greeting.right).toBeLessThan(2);
    expect(footer).toEqual({ dir: 'rtl', border: '1px' });
  });
});
