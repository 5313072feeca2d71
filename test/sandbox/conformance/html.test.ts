// gas-fakes' testhtmlservice.js restated: HtmlOutput and HtmlTemplate as Apps Script gives them.
import { conformance, type ConformanceCase } from './harness';

const BASICS = 'testhtmlservice.js › HtmlService basics';
const TEMPLATE = 'testhtmlservice.js › HtmlTemplate basics';
const FILES = 'testhtmlservice.js › HtmlService file loading';
const CONSTANTS = 'testhtmlservice.js › HtmlService constants and properties';
const OUT = "var out = HtmlService.createHtmlOutput('<h1>Title</h1>');";

const cases: ConformanceCase[] = [
  { source: BASICS, what: 'getContent is the HTML given', script: `${OUT} return out.getContent();`, expected: '<h1>Title</h1>' },
  { source: BASICS, what: 'the title is empty until set', script: `${OUT} return out.getTitle();`, expected: '' },
  { source: BASICS, what: 'setTitle reads back', script: `${OUT} out.setTitle('My Page'); return out.getTitle();`, expected: 'My Page' },
  { source: BASICS, what: 'setHeight and setWidth chain and read back', script: `${OUT} out.setHeight(100).setWidth(200); return [out.getHeight(), out.getWidth()];`, expected: [100, 200] },
  { source: BASICS, what: 'appendUntrusted escapes the HTML it appends', script: `${OUT} out.appendUntrusted('<script>alert(1)</script>'); return out.getContent();`, expected: '<h1>Title</h1>&lt;script&gt;alert(1)&lt;/script&gt;' },
  { source: BASICS, what: 'clear empties the content', script: `${OUT} out.clear(); return out.getContent();`, expected: '' },
  { source: BASICS, what: 'setSandboxMode, setXFrameOptionsMode, setFaviconUrl and addMetaTag chain', script: `${OUT}
      return [out.setSandboxMode(HtmlService.SandboxMode.IFRAME) === out, out.setXFrameOptionsMode(HtmlService.XFrameOptionsMode.ALLOWALL) === out,
        out.setFaviconUrl('http://example.com/icon.ico') === out, out.addMetaTag('viewport', 'width=device-width') === out];`, expected: [true, true, true, true] },
  { source: TEMPLATE, what: 'getRawContent is the template as written', script: "return HtmlService.createTemplate('Hello <?= name ?>').getRawContent();", expected: 'Hello <?= name ?>' },
  { source: TEMPLATE, what: 'getCode holds the template text', script: "return HtmlService.createTemplate('Hello <?= name ?>').getCode().indexOf('Hello ') >= 0;", expected: true },
  { source: TEMPLATE, what: 'evaluate fills a property assigned on the template', script: "var t = HtmlService.createTemplate('Hello <?= name ?>'); t.name = 'Gemini'; return t.evaluate().getContent();", expected: 'Hello Gemini' },
  { source: FILES, what: 'createHtmlOutputFromFile throws for a missing file', script: "HtmlService.createHtmlOutputFromFile('does_not_exist'); return 'no throw';", throws: /./ },
  { source: FILES, what: 'createTemplateFromFile throws for a missing file', script: "HtmlService.createTemplateFromFile('does_not_exist'); return 'no throw';", throws: /./ },
  { source: CONSTANTS, what: 'the SandboxMode and XFrameOptionsMode enums exist', script: 'return [typeof HtmlService.SandboxMode, typeof HtmlService.XFrameOptionsMode];', expected: ['object', 'object'] },
];

conformance('HtmlService', cases);
