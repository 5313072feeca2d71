// Docs body elements (Paragraph, ListItem, Table, TableRow, TableCell, rules and breaks) and the Body
// itself, as live views over the document model.
import { appsScriptException } from './exception';
import {
  HORIZONTAL_ALIGNMENTS,
  PARAGRAPH_HEADINGS,
  cloneModel,
  elementText,
  emptyCell,
  emptyParagraph,
  type BodyElementModel,
  type DocumentModel,
  type HorizontalAlignment,
  type ListItemModel,
  type ParagraphHeading,
  type ParagraphModel,
  type TableCellModel,
  type TableModel,
  type TextBlock,
} from './model';
import { compilePattern } from './pattern';
import type { Fake, Internal, ReferencedTable, ReferencedTableCell } from '../gasShapes';
import {
  applyStyle,
  attributesFromStyle,
  findInBlocks,
  foundOf,
  rangeElement,
  replaceInBlock,
  styleFromAttributes,
  textApi,
  type Charge,
  type DocText,
  type RangeElement,
} from './text';

const MODEL = Symbol('model');
/** The list an element sits in (null once detached: a copy, or removed from its parent). */
const CONTAINER = Symbol('container');

/** The Body each document's element list belongs to, so an element can answer getParent(). */
const BODIES = new WeakMap<BodyElementModel[], () => unknown>();

/** Docs refuses to append or insert an element that is still in a document (gas-fakes testdocsnext.js, live). */
function checkDetached(input: unknown): void {
  const container = input && typeof input === 'object' ? (input as { [CONTAINER]?: BodyElementModel[] | null })[CONTAINER] : null;
  const model = modelOf<BodyElementModel>(input);
  if (container && model && container.includes(model)) throw appsScriptException('Element must be detached.', 'DOCS_ATTACHED');
}

/** Apps Script's refusal of an element of the wrong kind ("The parameters (number,DocumentApp.Body) don't match..."). */
function wrongElement(method: string, input: unknown, index?: number): Error {
  const kind = typeof input === 'object' && input !== null ? `DocumentApp.${String(input).replace(/^DocumentBodySection$/, 'Body')}` : typeof input;
  const types = index === undefined ? kind : `number,${kind}`;
  return appsScriptException(`The parameters (${types}) don't match the method signature for DocumentApp.Body.${method}.`, 'DOCS_BAD_ARGUMENTS');
}

/** Every handle remembers its model, so append(copy) and removeChild can find what it stands for. */
interface Handle<M> {
  [MODEL]: M;
}

/** The handles' shapes: Google's classes (sandbox/services/gasShapes.ts), so a method Google lacks, or a signature it
 *  does not have, is a type error; the methods named give or take one of Google's enums by name. */
type Own<M> = Internal & Handle<M> & { [CONTAINER]?: BodyElementModel[] | null };
type ParagraphEnums = 'getType' | 'getHeading' | 'setHeading' | 'getAlignment' | 'setAlignment';
type ListItemEnums = ParagraphEnums | 'getGlyphType' | 'setGlyphType';
export type Paragraph = Fake<GoogleAppsScript.Document.Paragraph, ParagraphEnums> & Own<ParagraphModel>;
export type ListItem = Fake<GoogleAppsScript.Document.ListItem, ListItemEnums> & Own<ListItemModel>;
/** What a paragraph and a list item share: each method fits both classes. */
type ParagraphLike<M> = Fake<GoogleAppsScript.Document.Paragraph, ParagraphEnums> & Fake<GoogleAppsScript.Document.ListItem, ListItemEnums> & Own<M>;
export type Table = Fake<ReferencedTable, 'getType'> & Own<TableModel>;
export type TableRow = Fake<GoogleAppsScript.Document.TableRow, 'getType'> & Own<TableCellModel[]>;
export type TableCell = Fake<ReferencedTableCell, 'getType'> & Own<TableCellModel>;
type HorizontalRule = Fake<GoogleAppsScript.Document.HorizontalRule, 'getType'> & Own<BodyElementModel>;
type PageBreak = Fake<GoogleAppsScript.Document.PageBreak, 'getType'> & Own<BodyElementModel>;
export type Body = Fake<GoogleAppsScript.Document.Body, 'getType'> & Internal;
/** Body.editAsText(): the body as one Text. */
type BodyText = Fake<GoogleAppsScript.Document.Text, 'getType'> & Internal;

export function modelOf<M>(handle: unknown): M | undefined {
  return handle && typeof handle === 'object' ? (handle as Handle<M>)[MODEL] : undefined;
}

/** Text blocks in document order: what findText walks and Body.editAsText styles. */
export function blocksOf(elements: BodyElementModel[]): TextBlock[] {
  return elements.flatMap((element): TextBlock[] => {
    if (element.kind === 'paragraph' || element.kind === 'listItem') return [element];
    if (element.kind === 'table') return element.rows.flat();
    return [];
  });
}

function paragraphAttributes(model: ParagraphModel | ListItemModel, attributes: Record<string, unknown>): void {
  if (typeof attributes.HEADING === 'string') model.heading = checkHeading(attributes.HEADING);
  if (typeof attributes.HORIZONTAL_ALIGNMENT === 'string') model.alignment = checkAlignment(attributes.HORIZONTAL_ALIGNMENT);
  if (typeof attributes.LEFT_TO_RIGHT === 'boolean') model.leftToRight = attributes.LEFT_TO_RIGHT;
  applyStyle(model, styleFromAttributes(attributes));
}

function checkHeading(value: unknown): ParagraphHeading {
  if (!PARAGRAPH_HEADINGS.includes(value as ParagraphHeading)) throw appsScriptException(`Invalid argument: heading`, 'DOCS_BAD_ARGUMENT');
  return value as ParagraphHeading;
}

function checkAlignment(value: unknown): HorizontalAlignment {
  if (!HORIZONTAL_ALIGNMENTS.includes(value as HorizontalAlignment)) {
    throw appsScriptException(`Invalid argument: alignment`, 'DOCS_BAD_ARGUMENT');
  }
  return value as HorizontalAlignment;
}

/** The class a call is charged under (`Paragraph.setText`), from an ElementType (`PARAGRAPH`) or a class name. */
function className(type: string): string {
  return /^[A-Z_]+$/.test(type) ? type.toLowerCase().replace(/(^|_)([a-z])/g, (_, _u: string, c: string) => c.toUpperCase()) : type;
}

/** Operations every element inside a container shares. */
function containedElement(model: BodyElementModel, container: BodyElementModel[] | null, type: string, charge: Charge) {
  return {
    [CONTAINER]: container,
    getType: () => type,
    // Apps Script objects print as their class (gas-fakes testdocsnext.js: a copied paragraph prints 'Paragraph').
    toString: () => className(type),
    copy: () => (charge(`${className(type)}.copy`), wrapElement(cloneModel(model), null, charge)),
    // The body it sits in; null once detached (a copy, or removed) (gas-fakes testdocsnext.js, live).
    getParent: () => (charge(`${className(type)}.getParent`), container && container.includes(model) ? (BODIES.get(container)?.() ?? null) : null),
    removeFromParent() {
      charge(`${className(type)}.removeFromParent`, true);
      const index = container ? container.indexOf(model) : -1;
      if (index >= 0) container?.splice(index, 1);
      return wrapElement(model, null, charge);
    },
  };
}

function blockEditing(name: string, block: TextBlock, charge: Charge) {
  return {
    getText: () => (charge(`${className(name)}.getText`), block.text),
    setText(text: string) {
      charge(`${className(name)}.setText`, true);
      block.text = String(text);
      block.spans = [];
    },
    editAsText: (): DocText => (charge(`${className(name)}.editAsText`), textApi(block, charge)),
    replaceText(searchPattern: string, replacement: string) {
      charge(`${className(name)}.replaceText`, true);
      replaceInBlock(block, compilePattern(searchPattern), String(replacement));
    },
    findText(searchPattern: string, from?: RangeElement): RangeElement | null {
      charge(`${className(name)}.findText`);
      const found = findInBlocks([block], searchPattern, foundOf(from));
      return found ? rangeElement(found, charge) : null;
    },
  };
}

function paragraphLike<M extends ParagraphModel | ListItemModel>(model: M, container: BodyElementModel[] | null, type: string, charge: Charge): ParagraphLike<M> {
  const editing = blockEditing(type, model, charge);
  const handle: ParagraphLike<M> = {
    [MODEL]: model,
    ...containedElement(model, container, type, charge),
    getText: editing.getText,
    editAsText: editing.editAsText,
    findText: editing.findText,
    // Paragraph.setText and ListItem.setText return nothing (reference: document/paragraph#setText(String)):
    // a chain after it fails in Apps Script, so it fails here.
    setText: (text: string) => editing.setText(text),
    appendText(text: string): DocText {
      charge(`${className(type)}.appendText`, true);
      model.text += String(text);
      return textApi(model, charge);
    },
    replaceText(searchPattern: string, replacement: string) {
      editing.replaceText(searchPattern, replacement);
      return handle;
    },
    setHeading(heading: ParagraphHeading) {
      charge(`${className(type)}.setHeading`, true);
      model.heading = checkHeading(heading);
      return handle;
    },
    getHeading: () => (charge(`${className(type)}.getHeading`), model.heading),
    setAlignment(alignment: HorizontalAlignment) {
      charge(`${className(type)}.setAlignment`, true);
      model.alignment = checkAlignment(alignment);
      return handle;
    },
    getAlignment: () => (charge(`${className(type)}.getAlignment`), model.alignment),
    setLeftToRight(leftToRight: boolean) {
      charge(`${className(type)}.setLeftToRight`, true);
      model.leftToRight = Boolean(leftToRight);
      return handle;
    },
    isLeftToRight: () => (charge(`${className(type)}.isLeftToRight`), model.leftToRight),
    setAttributes(attributes: Record<string, unknown>) {
      charge(`${className(type)}.setAttributes`, true);
      paragraphAttributes(model, attributes);
      return handle;
    },
    getAttributes(): Record<string, unknown> {
      charge(`${className(type)}.getAttributes`);
      return { ...attributesFromStyle(model.style), HEADING: model.heading, HORIZONTAL_ALIGNMENT: model.alignment, LEFT_TO_RIGHT: model.leftToRight };
    },
  };
  return handle;
}

export function paragraphHandle(model: ParagraphModel, container: BodyElementModel[] | null, charge: Charge): Paragraph {
  return paragraphLike(model, container, 'PARAGRAPH', charge);
}

export function listItemHandle(model: ListItemModel, container: BodyElementModel[] | null, charge: Charge): ListItem {
  const base = paragraphLike(model, container, 'LIST_ITEM', charge);
  const handle: ListItem = Object.assign(base, {
    setNestingLevel(level: number) {
      charge('ListItem.setNestingLevel', true);
      model.nestingLevel = level;
      return handle;
    },
    getNestingLevel: () => (charge('ListItem.getNestingLevel'), model.nestingLevel),
    setGlyphType(glyphType: string) {
      charge('ListItem.setGlyphType', true);
      model.glyphType = glyphType;
      return handle;
    },
    getGlyphType: () => (charge('ListItem.getGlyphType'), model.glyphType),
  } satisfies Partial<ListItem>);
  return handle;
}

function cellHandle(model: TableCellModel, row: TableCellModel[], charge: Charge): TableCell {
  const editing = blockEditing('TableCell', model, charge);
  const handle: TableCell = {
    [MODEL]: model,
    getType: () => 'TABLE_CELL',
    getText: editing.getText,
    editAsText: editing.editAsText,
    findText: editing.findText,
    setText(text: string) {
      editing.setText(text);
      return handle;
    },
    replaceText(searchPattern: string, replacement: string) {
      editing.replaceText(searchPattern, replacement);
      return handle;
    },
    setBackgroundColor(color: string | null) {
      charge('TableCell.setBackgroundColor', true);
      model.backgroundColor = color;
      return handle;
    },
    getBackgroundColor: () => (charge('TableCell.getBackgroundColor'), model.backgroundColor),
    setAttributes(attributes: Record<string, unknown>) {
      charge('TableCell.setAttributes', true);
      applyStyle(model, styleFromAttributes(attributes));
      return handle;
    },
    getAttributes: () => (charge('TableCell.getAttributes'), attributesFromStyle(model.style)),
    getColSpan: () => (charge('TableCell.getColSpan'), 1),
    removeFromParent() {
      charge('TableCell.removeFromParent', true);
      const index = row.indexOf(model);
      if (index >= 0) row.splice(index, 1);
      return handle;
    },
  };
  return handle;
}

/** A row's cell at `index`, or Docs' refusal of an index past the row. */
function cellIn(row: TableCellModel[], index: number): TableCellModel {
  const cell = row[index];
  if (!cell) throw appsScriptException(`Child index (${index}) must be less than the number of child elements (${row.length}).`, 'DOCS_BAD_INDEX');
  return cell;
}

function rowHandle(row: TableCellModel[], table: TableModel, charge: Charge): TableRow {
  const handle: TableRow = {
    [MODEL]: row,
    getType: () => 'TABLE_ROW',
    getNumCells: () => (charge('TableRow.getNumCells'), row.length),
    getCell: (index: number) => (charge('TableRow.getCell'), cellHandle(cellIn(row, index), row, charge)),
    appendTableCell(text = '') {
      charge('TableRow.appendTableCell', true);
      const cell = emptyCell(String(text));
      row.push(cell);
      return cellHandle(cell, row, charge);
    },
    // Cells are joined by a newline, as rows are (gas-fakes testdocsnext.js › Table.getText(), live).
    getText: () => (charge('TableRow.getText'), row.map((cell) => cell.text).join('\n')),
    setAttributes(attributes: Record<string, unknown>) {
      charge('TableRow.setAttributes', true);
      for (const cell of row) applyStyle(cell, styleFromAttributes(attributes));
      return handle;
    },
    removeFromParent() {
      charge('TableRow.removeFromParent', true);
      const index = table.rows.indexOf(row);
      if (index >= 0) {
        table.rows.splice(index, 1);
        table.rowHeights?.splice(index, 1);
      }
      return handle;
    },
    // Points; Docs grows the row to its content beyond it (TableRow.setMinimumHeight reference).
    setMinimumHeight(points: number) {
      charge('TableRow.setMinimumHeight', true);
      if (typeof points !== 'number' || !Number.isFinite(points) || points < 0) throw appsScriptException('Invalid argument: minHeight', 'DOCS_BAD_ARGUMENT');
      const index = table.rows.indexOf(row);
      table.rowHeights = Array.from({ length: table.rows.length }, (_, i) => table.rowHeights?.[i] ?? null);
      table.rowHeights[index] = points;
      return handle;
    },
    getMinimumHeight: () => (charge('TableRow.getMinimumHeight'), table.rowHeights?.[table.rows.indexOf(row)] ?? 0),
  };
  return handle;
}

export function tableHandle(model: TableModel, container: BodyElementModel[] | null, charge: Charge): Table {
  const rowAt = (index: number): TableCellModel[] => {
    const row = model.rows[index];
    if (!row) throw appsScriptException(`Child index (${index}) must be less than the number of child elements (${model.rows.length}).`, 'DOCS_BAD_INDEX');
    return row;
  };
  const newRow = (cells?: string[] | TableRow): TableCellModel[] => {
    const copied = modelOf<TableCellModel[]>(cells);
    if (copied) return cloneModel(copied);
    return ((cells as string[] | undefined) ?? []).map((text) => emptyCell(String(text)));
  };
  const handle: Table = {
    [MODEL]: model,
    ...containedElement(model, container, 'TABLE', charge),
    getNumRows: () => (charge('Table.getNumRows'), model.rows.length),
    getRow: (index: number) => (charge('Table.getRow'), rowHandle(rowAt(index), model, charge)),
    getCell(rowIndex: number, cellIndex: number) {
      charge('Table.getCell');
      const row = rowAt(rowIndex);
      return cellHandle(cellIn(row, cellIndex), row, charge);
    },
    appendTableRow(cells?: string[] | TableRow) {
      charge('Table.appendTableRow', true);
      const row = newRow(cells);
      model.rows.push(row);
      model.rowHeights?.push(null);
      return rowHandle(row, model, charge);
    },
    insertTableRow(index: number, cells?: string[] | TableRow) {
      charge('Table.insertTableRow', true);
      const row = newRow(cells);
      model.rows.splice(index, 0, row);
      model.rowHeights?.splice(index, 0, null);
      return rowHandle(row, model, charge);
    },
    removeRow(index: number) {
      charge('Table.removeRow', true);
      const [row] = model.rows.splice(index, 1);
      model.rowHeights?.splice(index, 1);
      return rowHandle(row ?? [], model, charge);
    },
    // Points, by 0-based column (Table.setColumnWidth reference); a column past the table's is refused.
    setColumnWidth(columnIndex: number, width: number) {
      charge('Table.setColumnWidth', true);
      const columns = Math.max(0, ...model.rows.map((r) => r.length));
      if (!Number.isInteger(columnIndex) || columnIndex < 0 || columnIndex >= columns) {
        throw appsScriptException(`Child index (${columnIndex}) must be less than the number of child elements (${columns}).`, 'DOCS_BAD_INDEX');
      }
      if (typeof width !== 'number' || !Number.isFinite(width) || width <= 0) throw appsScriptException('Invalid argument: width', 'DOCS_BAD_ARGUMENT');
      model.columnWidths = { ...model.columnWidths, [columnIndex]: width };
      return handle;
    },
    getColumnWidth: (columnIndex: number) => (charge('Table.getColumnWidth'), model.columnWidths?.[columnIndex] ?? null),
    getText: () => (charge('Table.getText'), elementText(model)),
    replaceText(searchPattern: string, replacement: string) {
      charge('Table.replaceText', true);
      const regex = compilePattern(searchPattern);
      for (const cell of model.rows.flat()) replaceInBlock(cell, regex, String(replacement));
      return handle;
    },
    setBorderWidth(width: number) {
      charge('Table.setBorderWidth', true);
      model.borderWidth = width;
      return handle;
    },
    setAttributes(attributes: Record<string, unknown>) {
      charge('Table.setAttributes', true);
      Object.assign(model.style, styleFromAttributes(attributes));
      if (typeof attributes.BORDER_WIDTH === 'number') model.borderWidth = attributes.BORDER_WIDTH;
      return handle;
    },
  };
  return handle;
}

function simpleHandle(model: BodyElementModel, container: BodyElementModel[] | null, type: 'HORIZONTAL_RULE' | 'PAGE_BREAK', charge: Charge): HorizontalRule | PageBreak {
  return { [MODEL]: model, ...containedElement(model, container, type, charge) };
}

export function wrapElement(model: BodyElementModel, container: BodyElementModel[] | null, charge: Charge) {
  switch (model.kind) {
    case 'paragraph':
      return paragraphHandle(model, container, charge);
    case 'listItem':
      return listItemHandle(model, container, charge);
    case 'table':
      return tableHandle(model, container, charge);
    case 'horizontalRule':
      return simpleHandle(model, container, 'HORIZONTAL_RULE', charge);
    case 'pageBreak':
      return simpleHandle(model, container, 'PAGE_BREAK', charge);
    default: {
      const unreachable: never = model;
      return unreachable;
    }
  }
}

/** A string becomes a new element; a detached element (often `other.copy()`) is copied in; an attached
 *  one, or an element of another kind, is refused as Docs does. */
function paragraphFrom(input: unknown, method: string, index?: number): ParagraphModel {
  const model = modelOf<BodyElementModel>(input);
  if (model?.kind === 'paragraph') return checkDetached(input), cloneModel(model);
  if (typeof input === 'object' && input !== null) throw wrongElement(method, input, index);
  // A paragraph added from text reports the alignment Docs computed, LEFT, where one made by
  // Body.setText inherits (null) (gas-fakes testdocsstyles.js › Body style and attribute methods, live).
  return { ...emptyParagraph(String(input ?? '')), alignment: 'LEFT' };
}

/** A list started by appendListItem is numbered (gas-fakes testdocslistitems.js › ListItem methods, live). */
const DEFAULT_GLYPH = 'NUMBER';

function listItemFrom(input: unknown, method: string, index?: number): ListItemModel {
  const model = modelOf<BodyElementModel>(input);
  if (model?.kind === 'listItem') return checkDetached(input), cloneModel(model);
  if (typeof input === 'object' && input !== null) throw wrongElement(method, input, index);
  return { ...emptyParagraph(String(input ?? '')), kind: 'listItem', nestingLevel: 0, glyphType: DEFAULT_GLYPH };
}

function tableFrom(input: unknown, method: string, index?: number): TableModel {
  const model = modelOf<BodyElementModel>(input);
  if (model?.kind === 'table') return checkDetached(input), cloneModel(model);
  if (typeof input === 'object' && input !== null && !Array.isArray(input)) throw wrongElement(method, input, index);
  const cells = (input as unknown[][] | undefined) ?? [];
  return { kind: 'table', rows: cells.map((row) => row.map((text) => emptyCell(String(text)))), style: {}, borderWidth: null };
}

export function bodyHandle(doc: DocumentModel, charge: Charge): Body {
  const elements = doc.body;
  const insert = <M extends BodyElementModel>(method: string, index: number, model: M) => {
    charge(`Body.${method}`, true);
    if (!Number.isInteger(index) || index < 0 || index > elements.length) {
      throw appsScriptException(`Child index (${index}) must be less than or equal to the number of child elements (${elements.length}).`, 'DOCS_BAD_INDEX');
    }
    elements.splice(index, 0, model);
    return model;
  };
  BODIES.set(elements, () => bodyHandle(doc, charge));
  const bodyText = () => elements.map(elementText).join('\n');
  /** New text takes the text style Body.setAttributes gave the body (gas-fakes testdocsstyles.js, live). */
  const withBodyStyle = <M extends ParagraphModel>(input: unknown, model: M): M => {
    if (typeof input !== 'object' || input === null) applyStyle(model, { ...doc.bodyStyle });
    return model;
  };
  const handle: Body = {
    getType: () => 'BODY_SECTION',
    // Live Apps Script prints a body as DocumentBodySection (gas-fakes testdocs.js › Document basic methods).
    toString: () => 'DocumentBodySection',
    appendParagraph: (input: string | Paragraph) =>
      paragraphHandle(insert('appendParagraph', elements.length, withBodyStyle(input, paragraphFrom(input, 'appendParagraph'))), elements, charge),
    insertParagraph: (index: number, input: string | Paragraph) =>
      paragraphHandle(insert('insertParagraph', index, withBodyStyle(input, paragraphFrom(input, 'insertParagraph', index))), elements, charge),
    appendListItem: (input: string | ListItem) =>
      listItemHandle(insert('appendListItem', elements.length, listItemFrom(input, 'appendListItem')), elements, charge),
    insertListItem: (index: number, input: string | ListItem) =>
      listItemHandle(insert('insertListItem', index, listItemFrom(input, 'insertListItem', index)), elements, charge),
    // Docs puts an empty paragraph after an appended table (gas-fakes testdocs.js and testdocsnext.js, live).
    appendTable(cells?: string[][] | Table) {
      const table = insert('appendTable', elements.length, tableFrom(cells, 'appendTable'));
      elements.push(emptyParagraph(''));
      return tableHandle(table, elements, charge);
    },
    insertTable: (index: number, cells?: string[][] | Table) => tableHandle(insert('insertTable', index, tableFrom(cells, 'insertTable', index)), elements, charge),
    appendHorizontalRule: () => simpleHandle(insert('appendHorizontalRule', elements.length, { kind: 'horizontalRule' }), elements, 'HORIZONTAL_RULE', charge),
    appendPageBreak: () => simpleHandle(insert('appendPageBreak', elements.length, { kind: 'pageBreak' }), elements, 'PAGE_BREAK', charge),
    getParagraphs: () => {
      charge('Body.getParagraphs');
      return elements.flatMap((m): Array<Paragraph | ListItem> =>
        m.kind === 'paragraph' ? [paragraphHandle(m, elements, charge)] : m.kind === 'listItem' ? [listItemHandle(m, elements, charge)] : [],
      );
    },
    getListItems: () => (charge('Body.getListItems'), elements.flatMap((m) => (m.kind === 'listItem' ? [listItemHandle(m, elements, charge)] : []))),
    getTables: () => (charge('Body.getTables'), elements.flatMap((m) => (m.kind === 'table' ? [tableHandle(m, elements, charge)] : []))),
    getNumChildren: () => (charge('Body.getNumChildren'), elements.length),
    getChild(index: number) {
      charge('Body.getChild');
      const model = elements[index];
      if (!model) throw appsScriptException(`Child index (${index}) must be less than the number of child elements (${elements.length}).`, 'DOCS_BAD_INDEX');
      return wrapElement(model, elements, charge);
    },
    getChildIndex: (child: unknown) => (charge('Body.getChildIndex'), elements.indexOf(modelOf<BodyElementModel>(child) as BodyElementModel)),
    removeChild(child: unknown) {
      charge('Body.removeChild', true);
      const index = elements.indexOf(modelOf<BodyElementModel>(child) as BodyElementModel);
      if (index < 0) throw appsScriptException('Element does not contain the specified child element.', 'DOCS_NOT_A_CHILD');
      elements.splice(index, 1);
      return handle;
    },
    /** Docs keeps one empty paragraph in a cleared body; the array is emptied in place so live
     *  handles keep pointing at this document. */
    clear() {
      charge('Body.clear', true);
      elements.splice(0, elements.length, emptyParagraph(''));
      return handle;
    },
    getText: () => (charge('Body.getText'), bodyText()),
    setText(text: string) {
      charge('Body.setText', true);
      elements.splice(0, elements.length, ...String(text).split('\n').map((line) => emptyParagraph(line)));
      return handle;
    },
    replaceText(searchPattern: string, replacement: string) {
      charge('Body.replaceText', true);
      const regex = compilePattern(searchPattern);
      for (const block of blocksOf(elements)) replaceInBlock(block, regex, String(replacement));
      return handle;
    },
    findText(searchPattern: string, from?: RangeElement): RangeElement | null {
      charge('Body.findText');
      const found = findInBlocks(blocksOf(elements), searchPattern, foundOf(from));
      return found ? rangeElement(found, charge) : null;
    },
    /** The body as one Text: styling applies to every element (ranged styling is per element in
     *  the sandbox: use findText or an element's editAsText for ranges). */
    editAsText() {
      charge('Body.editAsText');
      const text: BodyText = {
        getText: () => (charge('Text.getText'), bodyText()),
        setAttributes(attributes: Record<string, unknown>) {
          charge('Text.setAttributes', true);
          for (const block of blocksOf(elements)) applyStyle(block, styleFromAttributes(attributes));
          return text;
        },
      };
      return text;
    },
    setAttributes(attributes: Record<string, unknown>) {
      charge('Body.setAttributes', true);
      Object.assign(doc.bodyStyle, styleFromAttributes(attributes));
      // Existing paragraphs take the text style only: their alignment stays (gas-fakes testdocsstyles.js, live).
      for (const model of elements) if (model.kind === 'paragraph' || model.kind === 'listItem') applyStyle(model, styleFromAttributes(attributes));
      return handle;
    },
    getAttributes: () => (charge('Body.getAttributes'), attributesFromStyle(doc.bodyStyle)),
  };
  return handle;
}
