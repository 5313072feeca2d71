// Docs' Text element over one block of the model: editing, character styling, replaceText and findText.
import { appsScriptException } from './exception';
import type { TextBlock, TextStyle } from './model';
import { compilePattern } from './pattern';
import type { Fake, Internal, ReferencedText } from '../gasShapes';

/** Counts a call (cost model, fault injection); `mutates` marks the document as edited. */
export type Charge = (method: string, mutates?: boolean) => void;

/** DocumentApp.Attribute names a script can use as setAttributes keys, mapped to character styles. */
export const TEXT_ATTRIBUTES: Record<string, keyof TextStyle> = {
  BOLD: 'bold',
  ITALIC: 'italic',
  UNDERLINE: 'underline',
  STRIKETHROUGH: 'strikethrough',
  FONT_SIZE: 'fontSize',
  FONT_FAMILY: 'fontFamily',
  FOREGROUND_COLOR: 'foregroundColor',
  BACKGROUND_COLOR: 'backgroundColor',
  LINK_URL: 'linkUrl',
};

/** Attribute objects may carry paragraph attributes too; only the character ones land here. */
export function styleFromAttributes(attributes: Record<string, unknown>): TextStyle {
  const style: TextStyle = {};
  for (const [key, value] of Object.entries(attributes ?? {})) {
    const field = TEXT_ATTRIBUTES[key];
    if (field) (style as Record<string, unknown>)[field] = value;
  }
  return style;
}

export function attributesFromStyle(style: TextStyle): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(TEXT_ATTRIBUTES)) attributes[key] = style[field] ?? null;
  return attributes;
}

/** The style a character at `offset` shows: the block style overlaid with every span covering it. */
export function styleAt(block: TextBlock, offset: number): TextStyle {
  const style: TextStyle = { ...block.style };
  for (const span of block.spans) if (span.start <= offset && offset <= span.end) Object.assign(style, span.style);
  return style;
}

function checkOffset(block: TextBlock, offset: number): void {
  if (!Number.isInteger(offset) || offset < 0 || offset > block.text.length) {
    throw appsScriptException(`Index (${offset}) must be less than the content length (${block.text.length}).`, 'DOCS_BAD_OFFSET');
  }
}

/** Replaces text [start, start+removed) with `inserted`, moving or clipping spans so styles stay
 *  on the characters they were set on. */
export function spliceText(block: TextBlock, start: number, removed: number, inserted: string): void {
  const end = start + removed;
  const delta = inserted.length - removed;
  block.text = block.text.slice(0, start) + inserted + block.text.slice(end);
  block.spans = block.spans
    .map((span) => {
      if (span.end < start) return span;
      if (span.start >= end) return { ...span, start: span.start + delta, end: span.end + delta };
      return { ...span, start: Math.min(span.start, start), end: Math.max(span.end + delta, start + inserted.length - 1) };
    })
    .filter((span) => span.end >= span.start && span.start < block.text.length);
}

export function replaceInBlock(block: TextBlock, pattern: RegExp, replacement: string): void {
  const matches = [...block.text.matchAll(pattern)].filter((m) => m[0].length > 0);
  // From the end backwards so earlier offsets stay valid; Docs inserts the replacement literally.
  for (const match of matches.reverse()) spliceText(block, match.index ?? 0, match[0].length, replacement);
}

/** The result of findText: where the match is, inside which Text element (Google's RangeElement). */
export type RangeElement = Fake<GoogleAppsScript.Document.RangeElement> & Internal;

export interface FoundMatch {
  block: TextBlock;
  start: number;
  endInclusive: number;
}

/** Finds the first match at or after (block, fromOffset) in the given blocks, in document order. */
export function findInBlocks(blocks: TextBlock[], pattern: string, after?: FoundMatch): FoundMatch | null {
  const regex = compilePattern(pattern);
  let index = after ? blocks.indexOf(after.block) : 0;
  let fromOffset = after ? after.endInclusive + 1 : 0;
  if (index < 0) return null;
  for (; index < blocks.length; index += 1, fromOffset = 0) {
    regex.lastIndex = fromOffset;
    const match = regex.exec(blocks[index].text);
    if (match && match[0].length > 0) {
      return { block: blocks[index], start: match.index, endInclusive: match.index + match[0].length - 1 };
    }
  }
  return null;
}

const FOUND = Symbol('found');

export function rangeElement(found: FoundMatch, charge: Charge): RangeElement {
  const range: RangeElement & { [FOUND]: FoundMatch } = {
    [FOUND]: found,
    getElement: () => (charge('RangeElement.getElement'), textApi(found.block, charge)),
    getStartOffset: () => (charge('RangeElement.getStartOffset'), found.start),
    getEndOffsetInclusive: () => (charge('RangeElement.getEndOffsetInclusive'), found.endInclusive),
    isPartial: () => (charge('RangeElement.isPartial'), found.start > 0 || found.endInclusive < found.block.text.length - 1),
  };
  return range;
}

export function foundOf(range: unknown): FoundMatch | undefined {
  return range && typeof range === 'object' ? (range as { [FOUND]?: FoundMatch })[FOUND] : undefined;
}

type StyleSetter<V> = { (value: V): DocText; (start: number, endInclusive: number, value: V): DocText };

/** Docs' Text as Google's reference has it (sandbox/services/gasShapes.ts); getType gives an ElementType by name. */
export type DocText = Fake<ReferencedText, 'getType'> & Internal;

/** Applies a style to the whole block or to [start, endInclusive]. */
export function applyStyle(block: TextBlock, style: TextStyle, start?: number, endInclusive?: number): void {
  if (start === undefined || endInclusive === undefined) {
    Object.assign(block.style, style);
    // A whole-element style wins over older partial styles of the same attributes.
    for (const span of block.spans) for (const key of Object.keys(style)) delete (span.style as Record<string, unknown>)[key];
    return;
  }
  checkOffset(block, start);
  checkOffset(block, endInclusive);
  block.spans.push({ start, end: endInclusive, style: { ...style } });
}

export function textApi(block: TextBlock, charge: Charge): DocText {
  function setter<K extends keyof TextStyle>(method: string, field: K): StyleSetter<TextStyle[K]> {
    return ((...args: unknown[]) => {
      charge(`Text.${method}`, true);
      if (args.length >= 3) applyStyle(block, { [field]: args[2] } as TextStyle, args[0] as number, args[1] as number);
      else applyStyle(block, { [field]: args[0] } as TextStyle);
      return api;
    }) as StyleSetter<TextStyle[K]>;
  }
  function getter<K extends keyof TextStyle>(method: string, field: K) {
    return (offset?: number): NonNullable<TextStyle[K]> | null => {
      charge(`Text.${method}`);
      const style = offset === undefined ? block.style : styleAt(block, offset);
      return (style[field] ?? null) as NonNullable<TextStyle[K]> | null;
    };
  }
  const api: DocText = {
    getType: () => 'TEXT',
    getText: () => (charge('Text.getText'), block.text),
    setText(text) {
      charge('Text.setText', true);
      block.text = String(text);
      block.spans = [];
      return api;
    },
    appendText(text) {
      charge('Text.appendText', true);
      spliceText(block, block.text.length, 0, String(text));
      return api;
    },
    insertText(offset, text) {
      charge('Text.insertText', true);
      checkOffset(block, offset);
      spliceText(block, offset, 0, String(text));
      return api;
    },
    deleteText(start, endInclusive) {
      charge('Text.deleteText', true);
      checkOffset(block, start);
      checkOffset(block, endInclusive + 1);
      spliceText(block, start, endInclusive - start + 1, '');
      return api;
    },
    setBold: setter('setBold', 'bold'),
    setItalic: setter('setItalic', 'italic'),
    setUnderline: setter('setUnderline', 'underline'),
    setStrikethrough: setter('setStrikethrough', 'strikethrough'),
    setFontSize: setter('setFontSize', 'fontSize'),
    setFontFamily: setter('setFontFamily', 'fontFamily'),
    setForegroundColor: setter('setForegroundColor', 'foregroundColor'),
    setBackgroundColor: setter('setBackgroundColor', 'backgroundColor'),
    setLinkUrl: setter('setLinkUrl', 'linkUrl'),
    isBold: getter('isBold', 'bold'),
    isItalic: getter('isItalic', 'italic'),
    isUnderline: getter('isUnderline', 'underline'),
    getFontSize: getter('getFontSize', 'fontSize'),
    getFontFamily: getter('getFontFamily', 'fontFamily'),
    getForegroundColor: getter('getForegroundColor', 'foregroundColor'),
    getLinkUrl: getter('getLinkUrl', 'linkUrl'),
    setAttributes(...args: [Record<string, unknown>] | [number, number, Record<string, unknown>]) {
      charge('Text.setAttributes', true);
      if (args.length === 3) applyStyle(block, styleFromAttributes(args[2]), args[0], args[1]);
      else applyStyle(block, styleFromAttributes(args[0]));
      return api;
    },
    getAttributes(offset?: number | null) {
      charge('Text.getAttributes');
      return attributesFromStyle(offset === undefined || offset === null ? block.style : styleAt(block, offset));
    },
    replaceText(searchPattern, replacement) {
      charge('Text.replaceText', true);
      replaceInBlock(block, compilePattern(searchPattern), String(replacement));
      return api;
    },
    findText(searchPattern, from) {
      charge('Text.findText');
      const found = findInBlocks([block], searchPattern, foundOf(from));
      return found ? rangeElement(found, charge) : null;
    },
  };
  return api;
}
