// The npm browser draws Arabic with the npm Arabic font: every glyph of an Arabic line comes from Noto Naskh
// Arabic (@embedpdf/fonts-arabic) and Latin from the browser package's Open Sans, none from the system.
import type { Browser } from 'playwright-core';
import { launchBrowser, screenshot } from '../support/browser';

describe('fonts in the npm browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('given an Arabic line and a Latin line, when rendered, then each is drawn in full by the npm fonts', async () => {
    const page = await browser.newPage({ viewport: { width: 300, height: 160 } });
    await page.setContent(
      '<html dir="rtl" lang="ar"><body style="font-family: sans-serif; font-size: 22px">' +
        '<p id="ar">محضر اجتماع لجنة الشكاوى ١٢</p><p id="en" dir="ltr">Case register 2025</p></body></html>',
    );
    await screenshot(page, 'npm-fonts');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const fontsOf = async (selector: string) => {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      return fonts.map((f) => ({ family: f.familyName, glyphs: f.glyphCount }));
    };
    const arabicLine = 'محضر اجتماع لجنة الشكاوى ١٢';
    const arabic = await fontsOf('#ar');
    // Every letter and digit in the Arabic font; only the spaces come from the first family (Open Sans).
    const spaces = arabicLine.split(' ').length - 1;
    expect(arabic).toEqual([
      { family: 'Noto Naskh Arabic', glyphs: arabicLine.length - spaces },
      { family: 'Open Sans', glyphs: spaces },
    ]);
    expect(await fontsOf('#en')).toEqual([{ family: 'Open Sans', glyphs: 'Case register 2025'.length }]);
  });
});
