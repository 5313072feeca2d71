// Browser harness for UI tests: Debian's chromium driven by playwright-core at a Sheets-sidebar width,
// with screenshots saved under test-artifacts/ui/.
import * as fs from 'fs';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from './bundle';
import { serveSidebar, type SidebarServer } from '../../sandbox/ui/server';
import type { Sandbox } from '../../sandbox/core/runtime';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The Sheets sidebar is 300 px wide. */
export const SIDEBAR_WIDTH = 300;
export const ARTIFACTS_DIR = path.join(ROOT, 'test-artifacts', 'ui');

const LAUNCH_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export const hasChromium = fs.existsSync(CHROMIUM_PATH);

/** `describe`, or `describe.skip` with the reason printed, when chromium is not installed here. */
export function describeInBrowser(name: string, body: () => void): void {
  if (hasChromium) {
    describe(name, body);
    return;
  }
  // A visible reason, not a silent pass: CI installs the Debian chromium package.
  console.warn(`Skipping browser tests "${name}": ${CHROMIUM_PATH} is absent (apt-get install chromium).`);
  describe.skip(name, body);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: LAUNCH_ARGS });
}

/** One chromium for a describe block: launched before its tests, closed after; call the getter inside a test. */
export function browserForBlock(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('chromium is not running: call browserForBlock() inside the describe block');
    return browser;
  };
}

/** Serves the page `fn` shows (a dialog or sidebar, run as `user`), opens it at `height` px, runs `work`,
 *  then stops the server whatever happened. */
export async function inServedPage(
  browser: Browser,
  options: { sandbox: Sandbox; fn: string; user: string; height?: number },
  work: (opened: { page: Page; pageErrors: string[]; server: SidebarServer }) => Promise<void>,
): Promise<void> {
  const server = await serveSidebar({ sandbox: options.sandbox, fn: options.fn, user: options.user });
  try {
    await work({ ...(await openSidebarPage(browser, server.url, options.height)), server });
  } finally {
    await server.close();
  }
}

/** A page shaped like the Sheets sidebar: narrow, Arabic locale; page errors are collected, not lost. */
export async function openSidebarPage(browser: Browser, url: string, height = 700): Promise<{ page: Page; pageErrors: string[] }> {
  const context = await browser.newContext({ viewport: { width: SIDEBAR_WIDTH, height }, locale: 'ar-SA' });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(url);
  return { page, pageErrors };
}

/** Saves a full-page PNG as test-artifacts/ui/NAME.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export interface TextBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
  viewportWidth: number;
}

/** Where the text of the first element matching `selector` is drawn (its glyphs, not its block box). */
export async function textBox(page: Page, selector: string): Promise<TextBox> {
  return page.locator(selector).first().evaluate((element) => {
    const range = element.ownerDocument.createRange();
    range.selectNodeContents(element);
    const r = range.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, viewportWidth: element.ownerDocument.documentElement.clientWidth };
  });
}

/** The computed `direction` of an element ('rtl' for an Arabic panel). */
export async function directionOf(page: Page, selector: string): Promise<string> {
  return page.locator(selector).first().evaluate((element) => element.ownerDocument.defaultView?.getComputedStyle(element).direction ?? '');
}

/** Waits (up to `timeoutMs`) until `selector`'s text equals `expected`, and returns the text it last had, so a
 *  test can assert on it and a failure shows what the person saw instead. Answers arrive asynchronously. */
export async function settledText(page: Page, selector: string, expected: string, timeoutMs = 5000): Promise<string | null> {
  const locator = page.locator(selector).first();
  const deadline = Date.now() + timeoutMs;
  let text = await locator.textContent();
  while (text !== expected && Date.now() < deadline) {
    await page.waitForTimeout(25);
    text = await locator.textContent();
  }
  return text;
}
