// Browser harness for UI tests: the chromium that npm ships (@sparticuz/chromium) with Arabic fonts from npm
// (@embedpdf/fonts-arabic) through its own fontconfig, driven by playwright-core at a Sheets-sidebar width,
// with screenshots saved under test-artifacts/ui/. No system browser or font is used.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { brotliDecompressSync } from 'zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from './bundle';
import { serveSidebar, type SidebarServer } from '../../sandbox/ui/server';
import type { Sandbox } from '../../sandbox/core/runtime';

/** The Sheets sidebar is 300 px wide. */
export const SIDEBAR_WIDTH = 300;
export const ARTIFACTS_DIR = path.join(ROOT, 'test-artifacts', 'ui');

const LAUNCH_ARGS = [
  '--headless', '--no-sandbox', '--no-zygote', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export interface NpmBrowser {
  /** The unpacked chromium (a headless shell). */
  executablePath: string;
  /** fonts.conf naming only the fonts npm shipped: Open Sans (with the browser) and Noto Naskh Arabic. */
  fontconfigFile: string;
  /** The NSS libraries the browser package ships, for a machine that has none. */
  libDir: string;
}

function packageDir(name: string): string {
  // Resolved from the package's main file (neither package exports its package.json), up to the
  // package.json that names it: @sparticuz/chromium has one per build folder too.
  let dir = path.dirname(require.resolve(name, { paths: [ROOT] }));
  const names = (d: string) => fs.existsSync(path.join(d, 'package.json')) && (JSON.parse(fs.readFileSync(path.join(d, 'package.json'), 'utf8')) as { name?: string }).name === name;
  while (!names(dir)) {
    if (path.dirname(dir) === dir) throw new Error(`${name} is not installed: run npm ci`);
    dir = path.dirname(dir);
  }
  return dir;
}

function untarBrotli(file: string, into: string): void {
  const done = spawnSync('tar', ['-x', '-C', into], { input: brotliDecompressSync(fs.readFileSync(file)), maxBuffer: 1 << 30 });
  if (done.status !== 0) throw new Error(`tar could not unpack ${file}: ${done.stderr.toString()}`);
}

/** Unpacks @sparticuz/chromium once per version under node_modules/.cache (atomically, so parallel jest
 *  workers and worktrees never see half a browser) and writes a fonts.conf of npm's fonts only. */
export function npmBrowser(): NpmBrowser {
  const chromiumDir = packageDir('@sparticuz/chromium');
  const arabicFonts = path.join(packageDir('@embedpdf/fonts-arabic'), 'fonts');
  const version = (JSON.parse(fs.readFileSync(path.join(chromiumDir, 'package.json'), 'utf8')) as { version: string }).version;
  const dir = path.join(ROOT, 'node_modules', '.cache', 'mustafid-browser', version);
  const result: NpmBrowser = {
    executablePath: path.join(dir, 'chromium'),
    fontconfigFile: path.join(dir, 'fonts.conf'),
    libDir: path.join(dir, 'lib'),
  };
  if (fs.existsSync(path.join(dir, 'ready'))) return result;
  const staging = `${dir}.${process.pid}.${Date.now()}`;
  fs.mkdirSync(staging, { recursive: true });
  const bin = path.join(chromiumDir, 'bin');
  fs.writeFileSync(path.join(staging, 'chromium'), brotliDecompressSync(fs.readFileSync(path.join(bin, 'chromium.br'))), { mode: 0o755 });
  untarBrotli(path.join(bin, 'fonts.tar.br'), staging); // fonts/Open_Sans/*.ttf (and a Lambda fonts.conf, replaced below)
  untarBrotli(path.join(bin, 'al2023.tar.br'), staging); // lib/libnss3.so and friends
  fs.writeFileSync(
    path.join(staging, 'fonts.conf'),
    [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
      '<fontconfig>',
      `  <dir>${path.join(dir, 'fonts')}</dir>`,
      `  <dir>${arabicFonts}</dir>`,
      `  <cachedir>${path.join(dir, 'fontconfig-cache')}</cachedir>`,
      '</fontconfig>',
      '',
    ].join('\n'),
  );
  fs.writeFileSync(path.join(staging, 'ready'), version);
  try {
    fs.renameSync(staging, dir);
  } catch (e) {
    // Another worker unpacked the same version first: use its copy.
    fs.rmSync(staging, { recursive: true, force: true });
    if (!fs.existsSync(path.join(dir, 'ready'))) throw e;
  }
  return result;
}

export async function launchBrowser(): Promise<Browser> {
  const browser = npmBrowser();
  const libraryPath = [browser.libDir, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
  return chromium.launch({
    executablePath: browser.executablePath,
    args: LAUNCH_ARGS,
    env: { ...process.env, FONTCONFIG_FILE: browser.fontconfigFile, LD_LIBRARY_PATH: libraryPath },
  });
}

/** Kept for branches written before every machine had a browser: now just `describe`, never a skip. */
export function describeInBrowser(name: string, body: () => void): void {
  describe(name, body);
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
