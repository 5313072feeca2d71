// gas-fakes' testform.js and testformresponse.js assertions on FormApp, Form, its items and item
// responses, run in the sandbox. Only those gas-fakes checks on live Apps Script (sections or
// branches it runs only on its fake are left out) and only on methods the sandbox fakes.
import { conformance, type ConformanceCase } from './harness';

const BASICS = 'testform.js › FormApp basics';
const PAGE = 'testform.js › Form.addPageBreakItem & Routing';
const CHECKBOX = 'testform.js › Form.addCheckboxItem';
const MC = 'testform.js › Form.addMultipleChoiceItem';
const LIST = 'testform.js › Form.addListItem';
const TEXT = 'testform.js › Form.addTextItem';
const HEADER = 'testform.js › Form.addSectionHeaderItem';
const SCALE = 'testform.js › Form.addScaleItem';
const BYTYPE = 'testform.js › Form.getItems by type';
const DEST = 'testform.js › Form Destination';
const RESP = 'testformresponse.js › ItemResponse.createResponse and getResponse';
const DELETE = 'testformresponse.js › Form.deleteAllResponses';

const make = "var name = 'conformance-form'; var form = FormApp.create(name);";
const isNumber = (expr: string) => `return typeof ${expr} === 'number';`;

/** The assertions each add*Item section makes on a choice item (checkbox, multiple choice, list). */
function choiceItemCases(source: string, add: string, cast: string, type: string, printed: string): ConformanceCase[] {
  const item = `${make} var item = form.${add}();`;
  const filled = `${item} item.setTitle('Pick'); item.setChoices(['Red', 'Green', 'Blue'].map(function (v) { return item.createChoice(v); })); var got = form.getItemById(item.getId()).${cast}();`;
  return [
    { source, what: `${add}() prints ${printed}`, script: `${item} return String(item);`, expected: printed },
    { source, what: 'the first item is at index 0', script: `${item} return item.getIndex();`, expected: 0 },
    { source, what: `its type is ItemType.${type}`, script: `${item} return item.getType() === FormApp.ItemType.${type};`, expected: true },
    { source, what: 'its id is a number', script: `${item} ${isNumber('item.getId()')}`, expected: true },
    { source, what: 'a new item has one choice', script: `${item} return item.getChoices().length;`, expected: 1 },
    { source, what: "that choice's value is '' (live; gas-fakes' fake says 'Option 1')", script: `${item} return item.getChoices()[0].getValue();`, expected: '' },
    { source, what: 'not required by default', script: `${item} return item.isRequired();`, expected: false },
    { source, what: 'required after setRequired(true)', script: `${item} item.setRequired(true); return item.isRequired();`, expected: true },
    { source, what: `the title reads back through getItemById().${cast}()`, script: `${filled} return got.getTitle();`, expected: 'Pick' },
    { source, what: 'setChoices(createChoice…) reads back the values', script: `${filled} return got.getChoices().map(function (c) { return c.getValue(); });`, expected: ['Red', 'Green', 'Blue'] },
  ];
}

const cases: ConformanceCase[] = [
  { source: BASICS, what: 'create() returns an object', script: `${make} return typeof form === 'object' && form !== null;`, expected: true },
  { source: BASICS, what: "a form prints 'Form'", script: `${make} return String(form);`, expected: 'Form' },
  { source: BASICS, what: 'a created form has an id', script: `${make} return typeof form.getId() === 'string' && form.getId().length > 0;`, expected: true },
  { source: BASICS, what: 'the edit URL holds the id', script: `${make} return form.getEditUrl().indexOf(form.getId()) >= 0;`, expected: true },
  { source: BASICS, what: "the published URL holds '/viewform'", script: `${make} return form.getPublishedUrl().indexOf('/viewform') >= 0;`, expected: true },
  { source: BASICS, what: "shortenFormUrl() gives a URL without '/viewform'", script: `${make} return form.shortenFormUrl(form.getPublishedUrl()).indexOf('/viewform') >= 0;`, expected: false },
  { source: BASICS, what: "create(name) names the Drive file", script: `${make} return DriveApp.getFileById(form.getId()).getName();`, expected: 'conformance-form' },
  { source: BASICS, what: "create(name) leaves the form's title empty (issuetracker 442747794)", script: `${make} return form.getTitle();`, expected: '' },
  { source: BASICS, what: 'openById() opens the form', script: `${make} return FormApp.openById(form.getId()).getId() === form.getId();`, expected: true },
  { source: BASICS, what: 'the form opened by id has the empty title', script: `${make} return FormApp.openById(form.getId()).getTitle();`, expected: '' },
  { source: BASICS, what: 'openByUrl(edit URL) opens the form', script: `${make} return FormApp.openByUrl(form.getEditUrl()).getId() === form.getId();`, expected: true },
  { source: BASICS, what: 'the form opened by URL has the empty title', script: `${make} return FormApp.openByUrl(form.getEditUrl()).getTitle();`, expected: '' },
  { source: BASICS, what: "openByUrl of a URL that is no form's throws 'Invalid argument: url'", script: "FormApp.openByUrl('http://invalid.url/');", throws: /^Exception: Invalid argument: url$/ },
  { source: BASICS, what: 'setTitle() is read back by a form opened again', script: `${make} form.setTitle('renamed').setDescription('renamed-description'); return FormApp.openById(form.getId()).getTitle();`, expected: 'renamed' },
  { source: BASICS, what: "setTitle() does not rename the Drive file", script: `${make} form.setTitle('renamed'); return DriveApp.getFileById(form.getId()).getName();`, expected: 'conformance-form' },
  { source: BASICS, what: 'setDescription() reads back', script: `${make} form.setTitle('renamed').setDescription('renamed-description'); return form.getDescription();`, expected: 'renamed-description' },
  { source: BASICS, what: "ItemType.CHECKBOX prints 'CHECKBOX'", script: 'return FormApp.ItemType.CHECKBOX.toString();', expected: 'CHECKBOX' },
  { source: BASICS, what: 'setAcceptingResponses(false) leaves isPublished() as it was', script: `${make} var was = form.isPublished(); form.setAcceptingResponses(false); return form.isPublished() === was;`, expected: true },

  { source: PAGE, what: "addPageBreakItem() prints 'PageBreakItem'", script: `${make} form.addListItem().setTitle('Go on?'); return String(form.addPageBreakItem());`, expected: 'PageBreakItem' },
  { source: PAGE, what: 'the page break after one item is at index 1', script: `${make} form.addListItem(); var pb = form.addPageBreakItem(); form.addTextItem(); return pb.getIndex();`, expected: 1 },
  { source: PAGE, what: 'its type is ItemType.PAGE_BREAK', script: `${make} return form.addPageBreakItem().getType() === FormApp.ItemType.PAGE_BREAK;`, expected: true },

  ...choiceItemCases(CHECKBOX, 'addCheckboxItem', 'asCheckboxItem', 'CHECKBOX', 'CheckboxItem'),
  ...choiceItemCases(MC, 'addMultipleChoiceItem', 'asMultipleChoiceItem', 'MULTIPLE_CHOICE', 'MultipleChoiceItem'),
  ...choiceItemCases(LIST, 'addListItem', 'asListItem', 'LIST', 'ListItem'),

  { source: TEXT, what: "addTextItem() prints 'TextItem'", script: `${make} return String(form.addTextItem());`, expected: 'TextItem' },
  { source: TEXT, what: 'the first item is at index 0', script: `${make} return form.addTextItem().getIndex();`, expected: 0 },
  { source: TEXT, what: 'its type is ItemType.TEXT', script: `${make} return form.addTextItem().getType() === FormApp.ItemType.TEXT;`, expected: true },
  { source: TEXT, what: 'its id is a number', script: `${make} ${isNumber('form.addTextItem().getId()')}`, expected: true },
  { source: TEXT, what: 'the title reads back through getItemById().asTextItem()', script: `${make} var t = form.addTextItem(); t.setTitle('Enter your name'); t.setRequired(true); return form.getItemById(t.getId()).asTextItem().getTitle();`, expected: 'Enter your name' },
  { source: TEXT, what: 'required reads back through getItemById().asTextItem()', script: `${make} var t = form.addTextItem(); t.setTitle('Enter your name'); t.setRequired(true); return form.getItemById(t.getId()).asTextItem().isRequired();`, expected: true },

  { source: HEADER, what: "addSectionHeaderItem() prints 'SectionHeaderItem'", script: `${make} return String(form.addSectionHeaderItem());`, expected: 'SectionHeaderItem' },
  { source: HEADER, what: 'the first item is at index 0', script: `${make} return form.addSectionHeaderItem().getIndex();`, expected: 0 },
  { source: HEADER, what: 'its type is ItemType.SECTION_HEADER', script: `${make} return form.addSectionHeaderItem().getType() === FormApp.ItemType.SECTION_HEADER;`, expected: true },
  { source: HEADER, what: 'its title starts empty', script: `${make} return form.addSectionHeaderItem().getTitle();`, expected: '' },
  { source: HEADER, what: 'its id is a number', script: `${make} ${isNumber('form.addSectionHeaderItem().getId()')}`, expected: true },
  { source: HEADER, what: 'setTitle() chains and reads back', script: `${make} return form.addSectionHeaderItem().setTitle('New Section Title').setHelpText('Some help text').getTitle();`, expected: 'New Section Title' },
  { source: HEADER, what: 'setHelpText() reads back', script: `${make} return form.addSectionHeaderItem().setTitle('New Section Title').setHelpText('Some help text').getHelpText();`, expected: 'Some help text' },

  { source: SCALE, what: "addScaleItem() prints 'ScaleItem'", script: `${make} return String(form.addScaleItem());`, expected: 'ScaleItem' },
  { source: SCALE, what: 'the first item is at index 0', script: `${make} return form.addScaleItem().getIndex();`, expected: 0 },
  { source: SCALE, what: 'its type is ItemType.SCALE', script: `${make} return form.addScaleItem().getType() === FormApp.ItemType.SCALE;`, expected: true },
  { source: SCALE, what: 'its id is a number', script: `${make} ${isNumber('form.addScaleItem().getId()')}`, expected: true },
  { source: SCALE, what: 'bounds default to 1 and 5', script: `${make} var s = form.addScaleItem(); return [s.getLowerBound(), s.getUpperBound()];`, expected: [1, 5] },
  { source: SCALE, what: 'setBounds(0, 10).setLabels() reads back', script: `${make} var s = form.addScaleItem().setBounds(0, 10).setLabels('Bad', 'Good'); return [s.getLowerBound(), s.getUpperBound(), s.getLeftLabel(), s.getRightLabel()];`, expected: [0, 10, 'Bad', 'Good'] },

  ...(['addTextItem', 'addPageBreakItem', 'addListItem', 'addPageBreakItem'].map((add, i): ConformanceCase => (
    { source: BYTYPE, what: `the id of item ${i + 1} (${add}) is a number`, script: `${make} var items = [form.addTextItem().setTitle('Text Question'), form.addPageBreakItem().setTitle('Page 2'), form.addListItem().setTitle('List Question'), form.addPageBreakItem().setTitle('Page 3')]; ${isNumber(`items[${i}].getId()`)}`, expected: true }))),
  { source: BYTYPE, what: 'getItems() gives every item', script: `${make} form.addTextItem(); form.addPageBreakItem(); form.addListItem(); form.addPageBreakItem(); return form.getItems().length;`, expected: 4 },
  { source: BYTYPE, what: 'getItems(PAGE_BREAK) gives the page breaks', script: `${make} form.addTextItem(); form.addPageBreakItem(); form.addListItem(); form.addPageBreakItem(); return form.getItems(FormApp.ItemType.PAGE_BREAK).length;`, expected: 2 },
  { source: BYTYPE, what: 'the first page break listed is the first added', script: `${make} form.addTextItem(); var pb = form.addPageBreakItem(); form.addListItem(); form.addPageBreakItem(); return form.getItems(FormApp.ItemType.PAGE_BREAK)[0].getId() === pb.getId();`, expected: true },
  { source: BYTYPE, what: 'getItems(TEXT) gives the text item', script: `${make} var t = form.addTextItem(); form.addPageBreakItem(); form.addListItem(); form.addPageBreakItem(); var list = form.getItems(FormApp.ItemType.TEXT); return [list.length, list[0].getId() === t.getId()];`, expected: [1, true] },

  { source: DEST, what: 'getDestinationId() is the spreadsheet set', script: `${make} var ss = SpreadsheetApp.create('Form Responses Destination'); form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId()); return form.getDestinationId() === ss.getId();`, expected: true },
  { source: DEST, what: 'getDestinationType() is SPREADSHEET', script: `${make} var ss = SpreadsheetApp.create('Form Responses Destination'); form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId()); return form.getDestinationType() === FormApp.DestinationType.SPREADSHEET;`, expected: true },
  { source: DEST, what: 'an unsupported destination type throws a signature error', script: `${make} form.setDestination('UNSUPPORTED_TYPE', 'some-id');`, throws: /parameters|supported/ },

  { source: RESP, what: "a text item's response knows its item", script: `${make} var t = form.addTextItem().setTitle('Name'); return t.createResponse('John Doe').getItem().getId() === t.getId();`, expected: true },
  { source: RESP, what: "a text item's response value", script: `${make} return form.addTextItem().setTitle('Name').createResponse('John Doe').getResponse();`, expected: 'John Doe' },
  { source: RESP, what: "a checkbox item's response is an array", script: `${make} var c = form.addCheckboxItem().setTitle('Colors'); c.setChoices([c.createChoice('Red'), c.createChoice('Blue'), c.createChoice('Green')]); return c.createResponse(['Red', 'Green']).getResponse();`, expected: ['Red', 'Green'] },
  { source: RESP, what: "a multiple-choice item's response value", script: `${make} var m = form.addMultipleChoiceItem().setTitle('Favorite'); m.setChoices([m.createChoice('Red'), m.createChoice('Blue')]); return m.createResponse('Red').getResponse();`, expected: 'Red' },
  { source: RESP, what: "a list item's response value", script: `${make} var l = form.addListItem().setTitle('Select Category'); l.setChoices([l.createChoice('Category A'), l.createChoice('Category B')]); return l.createResponse('Category A').getResponse();`, expected: 'Category A' },
  { source: RESP, what: "a scale item's response is a string", script: `${make} return form.addScaleItem().setTitle('Rate').createResponse(4).getResponse();`, expected: '4' },
  { source: RESP, what: "a paragraph item's response value", script: `${make} return form.addParagraphTextItem().setTitle('Bio').createResponse('Long text...').getResponse();`, expected: 'Long text...' },
  { source: RESP, what: "a date item's response is YYYY-MM-DD", script: `${make} return form.addDateItem().setTitle('Birthday').createResponse(new Date(2000, 0, 1)).getResponse();`, expected: '2000-01-01' },
  { source: DELETE, what: 'deleteAllResponses is a function', script: `${make} return typeof form.deleteAllResponses;`, expected: 'function' },
];

conformance('FormApp', cases);
