// gas-fakes' testdocs.js, testdocsnext.js and testdocslistitems.js restated for what DocumentApp, Body, Paragraph, ListItem and Table fake.
import { conformance, type ConformanceCase } from './harness';

const GET = 'testdocs.js › ContainerElement.get methods';
const CREATE = 'testdocs.js › DocumentApp create';
const CHILDREN = 'testdocs.js › document children';
const BASIC = 'testdocs.js › Document basic methods';
const DOC_APPEND = 'testdocs.js › Document level append/insert methods';
const MIXED = 'testdocsnext.js › Body.getText() with mixed elements';
const TABLE_TEXT = 'testdocsnext.js › Table.getText()';
const TABLES = 'testdocsnext.js › Body.appendTable and Body.insertTable';
const INSERT_P = 'testdocsnext.js › Body.insertParagraph method';
const COPY = 'testdocsnext.js › Element.copy() and detached elements';
const APPEND_P = 'testdocsnext.js › Body.appendParagraph method';
const EMPTY = 'testdocsnext.js › Document empty document validation';
const LI_ATTR = 'testdocslistitems.js › ListItem attribute and content methods';
const LI = 'testdocslistitems.js › ListItem methods';
const LI_APPEND = 'testdocslistitems.js › Body.appendListItem';
const LI_INSERT = 'testdocslistitems.js › Body.insertListItem';
const P_ATTR = 'testdocsstyles.js › Paragraph attribute methods';
const B_ATTR = 'testdocsstyles.js › Body style and attribute methods';
const DOC = "var doc = DocumentApp.create('conformance doc'); var body = doc.getBody();";
const GRID = "[['R1C1', 'R1C2'], ['R2C1', 'R2C2']]";
const types = "(function () { var out = []; for (var i = 0; i < body.getNumChildren(); i++) out.push(String(body.getChild(i).getType())); return out; })()";
/** The text of every cell of table `t`, row by row. */
const cells = (t: string) => `(function (t) { var out = []; for (var r = 0; r < t.getNumRows(); r++) { var row = []; for (var c = 0; c < t.getRow(r).getNumCells(); c++) row.push(t.getRow(r).getCell(c).getText()); out.push(row); } return out; })(${t})`;

const documents: ConformanceCase[] = [
  { source: CREATE, what: 'a created document has its name and an id', script: `${DOC} return [doc.getName(), typeof doc.getId(), doc.getId().length > 0];`, expected: ['conformance doc', 'string', true] },
  { source: CREATE, what: 'openById finds it by id, with its name', script: `${DOC} var again = DocumentApp.openById(doc.getId()); return [again.getName(), again.getId() === doc.getId()];`, expected: ['conformance doc', true] },
  { source: CREATE, what: 'openByUrl finds it by its URL', script: `${DOC} return DocumentApp.openByUrl(doc.getUrl()).getId() === doc.getId();`, expected: true },
  { source: BASIC, what: 'setName renames it, and it stays renamed', script: `${DOC} doc.setName('renamed'); return [doc.getName(), DocumentApp.openById(doc.getId()).getName()];`, expected: ['renamed', 'renamed'] },
  { source: BASIC, what: 'a body prints as DocumentBodySection (live)', script: `${DOC} return String(body);`, expected: 'DocumentBodySection' },
  { source: BASIC, what: 'a document prints as Document', script: `${DOC} return String(doc);`, expected: 'Document' },
  { source: BASIC, what: "the document's Drive file is owned by the one who made it", script: `${DOC} return DriveApp.getFileById(doc.getId()).getOwner().getEmail() === Session.getEffectiveUser().getEmail();`, expected: true },
  { source: CHILDREN, what: 'a new body is a BODY_SECTION with one empty paragraph', script: `${DOC} var c = body.getChild(0); return [String(body.getType()), body.getNumChildren(), body.getChildIndex(c), String(c.getType()), c.getText()];`, expected: ['BODY_SECTION', 1, 0, 'PARAGRAPH', ''] },
  { source: EMPTY, what: 'appending to a new body keeps the empty paragraph first', script: `${DOC} var p = body.appendParagraph('p1'); return [body.getNumChildren(), body.getChild(0).getText(), body.getChild(1).getText(), p.getText()];`, expected: [2, '', 'p1', 'p1'] },
];

const body: ConformanceCase[] = [
  { source: GET, what: 'getParagraphs includes list items', script: `${DOC} body.appendParagraph('Para 1'); body.appendListItem('ListItem 1'); body.appendTable([['Cell 1', 'Cell 2']]); body.appendParagraph('Para 2');
      var kinds = body.getParagraphs().map(function (p) { return String(p.getType()); }); return [kinds.length >= 3, kinds.indexOf('PARAGRAPH') >= 0, kinds.indexOf('LIST_ITEM') >= 0];`, expected: [true, true, true] },
  { source: GET, what: 'getListItems and getTables give only their kind', script: `${DOC} body.appendParagraph('Para 1'); body.appendListItem('ListItem 1'); body.appendTable([['Cell 1', 'Cell 2']]);
      return [body.getListItems().map(function (x) { return String(x.getType()); }), body.getTables().map(function (x) { return String(x.getType()); })];`, expected: [['LIST_ITEM'], ['TABLE']] },
  { source: MIXED, what: 'body text joins every element, a table cell per line, with the paragraph after the table', script: `${DOC} body.appendParagraph('First paragraph.'); body.appendTable(${GRID}); body.appendListItem('A list item.'); body.appendParagraph('Final paragraph.'); return body.getText();`,
    expected: '\nFirst paragraph.\nR1C1\nR1C2\nR2C1\nR2C2\n\nA list item.\nFinal paragraph.' },
  { source: DOC_APPEND, what: 'an appended table is followed by an empty paragraph', script: `${DOC} var t = body.appendTable([['t1c1', 't1c2']]); var n = body.getNumChildren();
      return [String(t.getType()), t.getCell(0, 0).getText(), String(body.getChild(n - 2).getType()), String(body.getChild(n - 1).getType()), body.getChild(n - 1).getText()];`, expected: ['TABLE', 't1c1', 'TABLE', 'PARAGRAPH', ''] },
  { source: TABLE_TEXT, what: 'Table.getText puts every cell on its own line', script: `${DOC} return body.appendTable(${GRID}).getText();`, expected: 'R1C1\nR1C2\nR2C1\nR2C2' },
  { source: TABLE_TEXT, what: 'TableRow.getText joins its cells with newlines', script: `${DOC} return body.appendTable(${GRID}).getRow(0).getText();`, expected: 'R1C1\nR1C2' },
  { source: TABLE_TEXT, what: 'TableCell.getText is the cell text', script: `${DOC} return body.appendTable(${GRID}).getRow(0).getCell(1).getText();`, expected: 'R1C2' },
  { source: TABLE_TEXT, what: 'an empty table has no text', script: `${DOC} return body.appendTable().getText();`, expected: '' },
  { source: TABLES, what: 'appendTable() with no cells has no rows (live)', script: `${DOC} return body.appendTable().getNumRows();`, expected: 0 },
  { source: TABLES, what: 'an appended table has its rows and cells', script: `${DOC} var t = body.appendTable(${GRID}); return [String(t.getType()), t.getNumRows(), t.getRow(0).getNumCells(), ${cells('t')}];`, expected: ['TABLE', 2, 2, [['R1C1', 'R1C2'], ['R2C1', 'R2C2']]] },
  { source: TABLES, what: "an appended table's parent is the body", script: `${DOC} var t = body.appendTable(${GRID}); return String(t.getParent().getType());`, expected: 'BODY_SECTION' },
  { source: TABLES, what: 'insertTable puts the table at that index', script: `${DOC} body.appendTable(${GRID}); var data = [['00', '01', '02'], ['10', '11', '12'], ['20', '21', '22']]; var t = body.insertTable(1, data);
      return [${cells('t')}, ${cells('body.getChild(1)')}];`, expected: [[['00', '01', '02'], ['10', '11', '12'], ['20', '21', '22']], [['00', '01', '02'], ['10', '11', '12'], ['20', '21', '22']]] },
  { source: TABLES, what: 'a copied table keeps its cells and can be inserted', script: `${DOC} var t = body.appendTable(${GRID}); var copy = t.copy(); body.insertTable(1, copy); return [${cells('copy')}, ${cells('body.getChild(1)')}];`, expected: [[['R1C1', 'R1C2'], ['R2C1', 'R2C2']], [['R1C1', 'R1C2'], ['R2C1', 'R2C2']]] },
  { source: TABLES, what: 'inserting a table still in the document is refused', script: `${DOC} var t = body.appendTable(${GRID}); body.insertTable(1, t); return 0;`, throws: /Element must be detached\./ },
  { source: INSERT_P, what: 'insertParagraph in the middle', script: `${DOC} body.appendParagraph('p1'); body.appendParagraph('p3'); var p2 = body.appendParagraph('p2').copy(); body.insertParagraph(2, p2); return body.getText();`, expected: '\np1\np2\np3\np2' },
  { source: INSERT_P, what: 'insertParagraph at the start', script: `${DOC} body.appendParagraph('p1'); var p0 = body.appendParagraph('p0').copy(); body.insertParagraph(1, p0); return body.getText();`, expected: '\np0\np1\np0' },
  { source: INSERT_P, what: 'insertParagraph at the end appends', script: `${DOC} body.appendParagraph('p1'); var p2 = body.appendParagraph('p2').copy(); body.insertParagraph(body.getNumChildren(), p2); return body.getText();`, expected: '\np1\np2\np2' },
  { source: INSERT_P, what: 'insertParagraph past the end is refused', script: `${DOC} var p = body.appendParagraph('attached').copy(); body.insertParagraph(99, p); return 0;`, throws: /must be less than or equal to the number of child elements/ },
  { source: INSERT_P, what: 'insertParagraph of something not a paragraph is refused', script: `${DOC} body.insertParagraph(1, doc.getBody()); return 0;`, throws: /The parameters .* don't match the method signature/ },
  { source: COPY, what: 'a copy is a detached Paragraph with the same text', script: `${DOC} var p = body.appendParagraph('This is the first paragraph.'); var c = p.copy(); return [String(c), c.getText()];`, expected: ['Paragraph', 'This is the first paragraph.'] },
  { source: COPY, what: 'a copy has no parent; the original keeps the body as parent', script: `${DOC} var p = body.appendParagraph('First.'); var c = p.copy(); return [c.getParent(), String(p.getParent().getType())];`, expected: [null, 'BODY_SECTION'] },
  { source: COPY, what: 'appending the copy adds its text and leaves the original', script: `${DOC} var p = body.appendParagraph('First.'); body.appendParagraph(p.copy()); return [body.getText(), p.getText()];`, expected: ['\nFirst.\nFirst.', 'First.'] },
  { source: APPEND_P, what: 'a new body has no text', script: `${DOC} return body.getText();`, expected: '' },
  { source: APPEND_P, what: 'each appended paragraph adds a line', script: `${DOC} var p1 = body.appendParagraph('p1'); body.appendParagraph('p2'); body.appendParagraph('p3'); return [body.getText(), p1.getText(), String(p1)];`, expected: ['\np1\np2\np3', 'p1', 'Paragraph'] },
  { source: APPEND_P, what: 'appending a paragraph still in the document is refused', script: `${DOC} var p1 = body.appendParagraph('p1'); body.appendParagraph(p1); return 0;`, throws: /Element must be detached\./ },
];

const lists: ConformanceCase[] = [
  { source: LI_ATTR, what: 'a list item keeps its alignment', script: `${DOC} var li = body.appendListItem('Initial list item text.'); li.setAlignment(DocumentApp.HorizontalAlignment.RIGHT); return String(li.getAlignment());`, expected: 'RIGHT' },
  { source: LI_ATTR, what: 'setLeftToRight(false) and back', script: `${DOC} var li = body.appendListItem('x'); li.setLeftToRight(false); var a = li.isLeftToRight(); li.setLeftToRight(true); return [a, li.isLeftToRight()];`, expected: [false, true] },
  { source: LI_ATTR, what: 'setText replaces the text', script: `${DOC} var li = body.appendListItem('x'); li.setText('New text after clear.'); return li.getText();`, expected: 'New text after clear.' },
  { source: LI, what: 'an appended list item is at nesting level 0', script: `${DOC} body.appendListItem('Item 1'); body.appendListItem('Item 2'); return DocumentApp.openById(doc.getId()).getBody().getChild(1).getNestingLevel();`, expected: 0 },
  { source: LI, what: 'a list started by appendListItem is numbered', script: `${DOC} body.appendListItem('Item 1'); return String(DocumentApp.openById(doc.getId()).getBody().getChild(1).getGlyphType());`, expected: 'NUMBER' },
  { source: LI_APPEND, what: 'appendListItem adds a LIST_ITEM after the empty paragraph', script: `${DOC} var li = body.appendListItem('Item 1'); return [String(li.getType()), li.getText(), ${types}];`, expected: ['LIST_ITEM', 'Item 1', ['PARAGRAPH', 'LIST_ITEM']] },
  { source: LI_APPEND, what: 'an appended list item has a parent', script: `${DOC} return body.appendListItem('Item 1').getParent() !== null;`, expected: true },
  { source: LI_APPEND, what: 'a second item and a copied one follow', script: `${DOC} var li1 = body.appendListItem('Item 1'); body.appendListItem('Item 2'); var li3 = body.appendListItem(li1.copy()); return [li3.getText(), body.getChild(2).getText(), ${types}];`, expected: ['Item 1', 'Item 2', ['PARAGRAPH', 'LIST_ITEM', 'LIST_ITEM', 'LIST_ITEM']] },
  { source: LI_INSERT, what: 'insertListItem puts the item at that index', script: `${DOC} body.appendParagraph('p1'); body.appendParagraph('p3'); var li = body.insertListItem(2, 'Item 2'); return [String(li.getType()), li.getText(), ${types}, body.getText()];`, expected: ['LIST_ITEM', 'Item 2', ['PARAGRAPH', 'PARAGRAPH', 'LIST_ITEM', 'PARAGRAPH'], '\np1\nItem 2\np3'] },
  { source: LI_INSERT, what: 'a copied item can be inserted', script: `${DOC} body.appendParagraph('p1'); var copy = body.appendListItem('Item 1').copy(); body.insertListItem(1, copy); return [String(body.getChild(1).getType()), body.getChild(1).getText(), body.getNumChildren()];`, expected: ['LIST_ITEM', 'Item 1', 4] },
];

const A = 'DocumentApp.Attribute';
const SET_BODY = `${DOC} body.setText('Initial paragraph.'); var before = body.getChild(0).getAttributes(); var set = {};
  set[${A}.HORIZONTAL_ALIGNMENT] = DocumentApp.HorizontalAlignment.CENTER; set[${A}.ITALIC] = true; set[${A}.FONT_FAMILY] = 'Comic Sans MS'; body.setAttributes(set);`;
const pick = (v: string) => `[${v}[${A}.HORIZONTAL_ALIGNMENT], ${v}[${A}.ITALIC], ${v}[${A}.FONT_FAMILY]]`;
const styles: ConformanceCase[] = [
  { source: P_ATTR, what: 'a paragraph keeps its alignment', script: `${DOC} var p = body.appendParagraph('x'); p.setAlignment(DocumentApp.HorizontalAlignment.CENTER); return String(p.getAlignment());`, expected: 'CENTER' },
  { source: P_ATTR, what: 'setLeftToRight(false) and back', script: `${DOC} var p = body.appendParagraph('x'); p.setLeftToRight(false); var a = p.isLeftToRight(); p.setLeftToRight(true); return [a, p.isLeftToRight()];`, expected: [false, true] },
  { source: B_ATTR, what: 'Body.setText replaces the content', script: `${DOC} body.appendParagraph('old'); body.setText('Initial paragraph.'); return body.getText();`, expected: 'Initial paragraph.' },
  { source: B_ATTR, what: 'a paragraph made by setText inherits alignment and italic (null)', script: `${SET_BODY} return [before[${A}.HORIZONTAL_ALIGNMENT], before[${A}.ITALIC]];`, expected: [null, null] },
  { source: B_ATTR, what: 'Body.setAttributes styles the text of existing paragraphs but not their alignment', script: `${SET_BODY} return ${pick('body.getChild(0).getAttributes()')};`, expected: [null, true, 'Comic Sans MS'] },
  { source: B_ATTR, what: 'a paragraph appended after it is LEFT, with the text style', script: `${SET_BODY} return ${pick("body.appendParagraph('A new paragraph').getAttributes()")};`, expected: ['LEFT', true, 'Comic Sans MS'] },
];

conformance('DocumentApp', [...documents, ...body, ...lists, ...styles]);
