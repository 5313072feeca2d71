// HtmlService fake: HtmlOutput, and templates whose scriptlets run in the script's own realm
// (<? code ?>, <?= escaped ?>, <?!= raw ?>) against the build/*.html files.
import type { ExecutionContext } from '../core/execution';
import { scriptError } from '../core/execution';
import type { Fake, Internal, ReferencedHtmlOutput } from './gasShapes';

export const XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as const;
export const SandboxMode = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' } as const;

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** HtmlOutput, HtmlTemplate and HtmlService as Google's reference has them (sandbox/services/gasShapes.ts); the
 *  modes are HtmlService's enums, by name. */
export type HtmlOutputFake = Fake<ReferencedHtmlOutput, 'setXFrameOptionsMode' | 'setSandboxMode'> & Internal;
type HtmlTemplateFake = Fake<GoogleAppsScript.HTML.HtmlTemplate> & Internal;

export function createHtmlOutput(html = ''): HtmlOutputFake {
  let content = html;
  let title = '';
  let width: number | null = null;
  let height: number | null = null;
  const output: HtmlOutputFake = {
    getContent: () => content,
    setContent: (next) => ((content = next), output),
    append: (more) => ((content += more), output),
    appendUntrusted: (text) => ((content += escapeHtml(text)), output),
    clear: () => ((content = ''), output),
    getTitle: () => title,
    setTitle: (next) => ((title = String(next)), output),
    getWidth: () => width,
    setWidth: (px) => ((width = px), output),
    getHeight: () => height,
    setHeight: (px) => ((height = px), output),
    setXFrameOptionsMode: () => output,
    setSandboxMode: () => output,
    setFaviconUrl: () => output,
    addMetaTag: () => output,
  };
  return output;
}

/** Turns template text into the body of a function of (__vars, __escape) returning the HTML. */
export function templateCode(raw: string): string {
  const parts: string[] = ['var __out = [];', 'with (__vars) {'];
  const scriptlet = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = scriptlet.exec(raw); m; m = scriptlet.exec(raw)) {
    if (m.index > last) parts.push(`__out.push(${JSON.stringify(raw.slice(last, m.index))});`);
    const code = m[2].trim();
    if (m[1] === '=') parts.push(`__out.push(__escape(${code}));`);
    else if (m[1] === '!=') parts.push(`__out.push(String((${code}) ?? ''));`);
    else parts.push(code);
    last = scriptlet.lastIndex;
  }
  if (last < raw.length) parts.push(`__out.push(${JSON.stringify(raw.slice(last))});`);
  parts.push('}', "return __out.join('');");
  return parts.join('\n');
}

function createTemplate(ctx: ExecutionContext, raw: string): HtmlTemplateFake {
  // Variables are whatever the script assigns on the template object (template.name = …).
  const template: HtmlTemplateFake = {
    evaluate() {
      ctx.call('HtmlTemplate.evaluate');
      // Variables are whatever the script assigned on the template object.
      const vars: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(template)) if (typeof v !== 'function') vars[k] = v;
      const render = ctx.compile(['__vars', '__escape'], templateCode(raw));
      return createHtmlOutput(String(render(vars, escapeHtml)));
    },
    getRawContent: () => raw,
    getCode: () => templateCode(raw),
  };
  return template;
}

function fileText(ctx: ExecutionContext, name: string): string {
  const text = ctx.hooks.readHtmlFile(name);
  if (text === null) throw scriptError(`No HTML file named ${name} was found.`, 'HTML_FILE_MISSING');
  return text;
}

export function createHtmlService(ctx: ExecutionContext): Fake<GoogleAppsScript.HTML.HtmlService> {
  return {
    XFrameOptionsMode,
    SandboxMode,
    createHtmlOutput: (html?: string) => (ctx.call('HtmlService.createHtmlOutput'), createHtmlOutput(html ?? '')),
    createHtmlOutputFromFile: (name: string) => (ctx.call('HtmlService.createHtmlOutputFromFile'), createHtmlOutput(fileText(ctx, name))),
    createTemplate: (html: string) => (ctx.call('HtmlService.createTemplate'), createTemplate(ctx, html)),
    createTemplateFromFile: (name: string) => (ctx.call('HtmlService.createTemplateFromFile'), createTemplate(ctx, fileText(ctx, name))),
  };
}
