// The persistent shape of a Google Doc in the world (plain JSON, so state.json and the .docx writer read it).
import type { World } from '../../core/context';

export const PARAGRAPH_HEADINGS = ['NORMAL', 'HEADING1', 'HEADING2', 'HEADING3', 'HEADING4', 'HEADING5', 'HEADING6', 'TITLE', 'SUBTITLE'] as const;
export type ParagraphHeading = (typeof PARAGRAPH_HEADINGS)[number];

export const HORIZONTAL_ALIGNMENTS = ['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY'] as const;
export type HorizontalAlignment = (typeof HORIZONTAL_ALIGNMENTS)[number];

/** Character attributes Apps Script lets a script set on text; null means "inherit". */
export interface TextStyle {
  bold?: boolean | null;
  italic?: boolean | null;
  underline?: boolean | null;
  strikethrough?: boolean | null;
  fontSize?: number | null;
  fontFamily?: string | null;
  foregroundColor?: string | null;
  backgroundColor?: string | null;
  linkUrl?: string | null;
}

/** A style over the character range [start, end] (inclusive, as Apps Script's offsets are). */
export interface StyleSpan {
  start: number;
  end: number;
  style: TextStyle;
}

export interface TextBlock {
  text: string;
  /** Applies to the whole element (setAttributes / editAsText().setBold(true)). */
  style: TextStyle;
  spans: StyleSpan[];
}

export interface ParagraphModel extends TextBlock {
  kind: 'paragraph';
  heading: ParagraphHeading;
  alignment: HorizontalAlignment | null;
  /** Docs paragraphs are left to right unless setLeftToRight(false) made them right to left. */
  leftToRight: boolean;
}

export interface ListItemModel extends TextBlock {
  kind: 'listItem';
  heading: ParagraphHeading;
  alignment: HorizontalAlignment | null;
  leftToRight: boolean;
  nestingLevel: number;
  glyphType: string;
}

export interface TableCellModel extends TextBlock {
  backgroundColor: string | null;
}

export interface TableModel {
  kind: 'table';
  rows: TableCellModel[][];
  style: TextStyle;
  borderWidth: number | null;
  /** Table.setColumnWidth, in points by 0-based column; a column never set shares what the others leave. */
  columnWidths?: Record<number, number>;
  /** TableRow.setMinimumHeight, in points, by row (kept in step with rows as they are added and removed). */
  rowHeights?: Array<number | null>;
}

export interface HorizontalRuleModel {
  kind: 'horizontalRule';
}

export interface PageBreakModel {
  kind: 'pageBreak';
}

export type BodyElementModel = ParagraphModel | ListItemModel | TableModel | HorizontalRuleModel | PageBreakModel;

/** The name lives in the Drive registry only (sandbox/core/files.ts), so a rename is never out of step. */
export interface DocumentModel {
  id: string;
  body: BodyElementModel[];
  bodyStyle: TextStyle;
}

export interface DocsSlot {
  documents: Record<string, DocumentModel>;
}

export function docsSlot(world: World): DocsSlot {
  const existing = world.services.docs as DocsSlot | undefined;
  if (existing) return existing;
  const created: DocsSlot = { documents: {} };
  world.services.docs = created;
  return created;
}

export function emptyParagraph(text: string): ParagraphModel {
  return { kind: 'paragraph', text, style: {}, spans: [], heading: 'NORMAL', alignment: null, leftToRight: true };
}

export function emptyCell(text: string): TableCellModel {
  return { text, style: {}, spans: [], backgroundColor: null };
}

/** Deep copy through JSON: the model is plain data by design, which is what makes this safe. */
export function cloneModel<T>(model: T): T {
  return JSON.parse(JSON.stringify(model)) as T;
}

/** A new Google Doc holds one empty paragraph, as a real one does. */
export function newDocumentModel(id: string): DocumentModel {
  return { id, body: [emptyParagraph('')], bodyStyle: {} };
}

/** The text Body.getText() returns: one line per paragraph, table cells tab-separated by row. */
export function elementText(element: BodyElementModel): string {
  switch (element.kind) {
    case 'paragraph':
    case 'listItem':
      return element.text;
    case 'table':
      // Every cell on its own line (gas-fakes testdocsnext.js › Table.getText(), live).
      return element.rows.map((row) => row.map((cell) => cell.text).join('\n')).join('\n');
    case 'horizontalRule':
    case 'pageBreak':
      return '';
    default: {
      const unreachable: never = element;
      return unreachable;
    }
  }
}
