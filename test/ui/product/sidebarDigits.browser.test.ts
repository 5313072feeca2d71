// Rusookh's case panel in headless chromium at 300 px: one digit system on the screen, and the case number and
// masked identifiers laid out in their own order inside the Arabic panel (measured from the glyphs' positions).
import type { Browser, Page } from 'playwright-core';
import { Sandbox } from '../../../sandbox/core/runtime';
import { serveSidebar, type SidebarServer } from '../../../sandbox/ui/server';
import { describeInBrowser, launchBrowser, openSidebarPage, screenshot } from '../../support/browser';
import * as fs from 'fs';
import * as path from 'path';
import { runScenario } from '../../../sandbox/scenario/runner';
import type { Scenario } from '../../../sandbox/scenario/types';
import { CHAIR, rows } from '../../e2e/harness';

const BUILD_DIR = process.env.MUSTAFID_BUILD_DIR || undefined;

/** The left edges of the first character of each of `parts`, as laid out inside `selector`'s text. */
async function leftEdges(page: Page, selector: string, parts: string[]): Promise<number[]> {
  return page.evaluate(([sel, wanted]) => {
    const root = document.querySelector(sel as string)!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const edges: number[] = [];
    for (const part of wanted as string[]) {
      walker.currentNode = root;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(part);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        edges.push(range.getBoundingClientRect().left);
        break;
      }
    }
    return edges;
  }, [selector, parts] as const);
}

describeInBrowser('Rusookh case panel: Arabic-Indic digits, numbers in order', () => {
  let browser: Browser;
  let server: SidebarServer;
  let page: Page;
  let caseNo: string;

  beforeAll(async () => {
    // The default scenario's setup and first request, as Rusookh (its form's own choices).
    const scenario = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'sandbox', 'scenarios', 'default.json'), 'utf8')) as Scenario & { start: string; boundSpreadsheet: string };
    const sb = new Sandbox({ start: scenario.start, account: 'consumer', owner: 'esrar.org@gmail.com', boundSpreadsheet: scenario.boundSpreadsheet, buildDir: BUILD_DIR });
    // Every step up to and including the first submission (the scenario opens gateways and the web app first).
    const firstSubmission = scenario.steps.findIndex((step) => step.type === 'submit');
    expect(firstSubmission).toBeGreaterThan(0);
    expect(runScenario(sb, { ...scenario, steps: scenario.steps.slice(0, firstSubmission + 1) }, 'rusookh').failures).toEqual([]);
    caseNo = String(rows(sb, 'الحالات')[0]['رقم الحالة']);
    server = await serveSidebar({ sandbox: sb, fn: 'openCasePanel', user: CHAIR });
    browser = await launchBrowser();
    ({ page } = await openSidebarPage(browser, server.url, 1200));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('given the case number typed as Rusookh writes it, with marks, then the panel opens that case', async () => {
    await page.fill('#case-no', `\u2068${caseNo.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d))).replace('-', '\u200E-\u200E')}\u2069`);
    await page.click('#case-open');
    await page.locator('#case-heading bdi').waitFor();
    expect(await page.locator('#case-no').inputValue()).toBe(caseNo);
  });

  it('given a committee member opens the case, then its number and the masked ID are in Arabic-Indic digits and read left to right', async () => {
    await page.fill('#case-no', caseNo);
    await page.click('#case-open');
    await page.locator('#case-heading bdi').waitFor();
    const heading = (await page.locator('#case-heading bdi').textContent())!.replace(/\u200E/g, '');
    const [year, serial] = caseNo.split('-').map((p) => p.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d))));
    expect(heading).toBe(`${year}-${serial}`);
    const [yearLeft, serialLeft] = await leftEdges(page, '#case-heading', [year, serial]);
    expect(yearLeft).toBeLessThan(serialLeft);
    const dds = await page.locator('#beneficiary dd').allTextContents();
    const masked = dds.find((d) => d.includes('•'))!.replace(/\u200E/g, '');
    expect(masked).toMatch(/^[\u0660-\u0669]•+[\u0660-\u0669]+$/);
    const [first, last] = [masked.slice(0, 1), masked.slice(-3)];
    const [firstLeft, lastLeft] = await leftEdges(page, '#beneficiary', [first + '\u200E•', last]);
    expect(firstLeft).toBeLessThan(lastLeft);
    const panelText = await page.locator('#case-panel').innerText();
    expect(panelText.replace(/\S+@\S+/g, '').split('\n').filter((line) => /[0-9]/.test(line))).toEqual([]);
    await screenshot(page, 'product-sidebar-rusookh-digits');
  });

  it('given a search by the case number, then the hit shows it in Arabic-Indic digits, in order, with the masked mobile isolated', async () => {
    await page.click('#tab-search');
    // Typed as it reads in Rusookh's mail, marks and all.
    await page.fill('#search-q', caseNo.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d))).replace('-', '\u200E-\u200E'));
    await page.click('#search-go');
    await page.locator('#search-results li.item').first().waitFor();
    const item = page.locator('#search-results li.item').first();
    const shown = (await item.locator('bdi').allTextContents()).map((b) => b.replace(/\u200E/g, ''));
    const arab = caseNo.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));
    expect(shown[0]).toBe(arab);
    expect(shown[1]).toMatch(/^\+[\u0660-\u0669]+•+[\u0660-\u0669]+$/);
    const [year, serial] = arab.split('-');
    const [yearLeft, serialLeft] = await leftEdges(page, '#search-results li.item', [year, serial]);
    expect(yearLeft).toBeLessThan(serialLeft);
    expect((await item.innerText()).replace(/\S+@\S+/g, '')).not.toMatch(/[0-9]/);
    await screenshot(page, 'product-sidebar-rusookh-search');
  });
});
