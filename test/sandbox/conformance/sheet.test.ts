// gas-fakes' testsheetstext.js, testsheets.js and testsheetsvalues.js restated: TextFinder, clearing, notes, rows and columns, protection.
import { conformance, type ConformanceCase } from './harness';

const FINDER = 'testsheetstext.js › spreadsheet textfinder';
const INSERT = 'testsheetstext.js › insert sheets,rows,columns';
const CLEARING = 'testsheets.js › Sheet clearing methods';
const NOTES = 'testsheets.js › notes';
const PROTECTION = 'testsheets.js › Protection';
const VALUES = 'testsheetsvalues.js › spreadsheet values - both advanced and app';
const RANGES = 'testsheetsvalues.js › advanced & spreadsheetapp values and ranges';
const CREATING = 'testsheetsvalues.js › creating and updating sheets';
const SET_NAME = 'testsheets.js › setName';
const SHEET = 'var ss = SpreadsheetApp.getActiveSpreadsheet(); var sheet = ss.getSheets()[0];';

// The grid gas-fakes searches: plain text, accented text and formulas (which Sheets shows as #NAME?).
const GRID = [
  ['sample', 'sámplé'],
  ['SampleA', 'sámplé'],
  ['=SAMPLE()', '=SámpléB()'],
  ['=sample()', '=sámpléB()'],
  ['=sampleA()', '=sámpléB()'],
];
const SETUP = `${SHEET} sheet.getRange(1, 1, 5, 2).setValues(${JSON.stringify(GRID)});
  var scopes = { spreadsheet: ss, sheet: sheet, range: sheet.getRange('A3:B5') };`;
/** The same finder options on the spreadsheet, the sheet and A3:B5: the A1 notations each finds. */
const findAll = (options: string) => `${SETUP}
  var out = {}; Object.keys(scopes).forEach(function (k) { out[k] = scopes[k].createTextFinder('sample')${options}.findAll().map(function (r) { return r.getA1Notation(); }); }); return out;`;
/** Same, with replaceAllWith('test') on a fresh copy of the grid for each scope: the counts. */
const replaceAll = (options: string) => `${SETUP}
  var out = {}; Object.keys(scopes).forEach(function (k) { sheet.getRange(1, 1, 5, 2).setValues(${JSON.stringify(GRID)}); out[k] = scopes[k].createTextFinder('sample')${options}.replaceAllWith('test'); }); return out;`;

const finder: ConformanceCase[] = [
  { source: FINDER, what: 'the default search ignores case and reads what formulas show', script: findAll(''), expected: { spreadsheet: ['A1', 'A2'], sheet: ['A1', 'A2'], range: [] } },
  { source: FINDER, what: 'ignoring diacritics, matching case and the entire cell', script: findAll('.ignoreDiacritics(true).matchCase(true).matchEntireCell(true)'), expected: { spreadsheet: ['A1', 'B1', 'B2'], sheet: ['A1', 'B1', 'B2'], range: [] } },
  { source: FINDER, what: 'matchFormulaText searches the formulas themselves', script: findAll('.matchFormulaText(true)'), expected: { spreadsheet: ['A1', 'A2', 'A3', 'A4', 'A5'], sheet: ['A1', 'A2', 'A3', 'A4', 'A5'], range: ['A3', 'A4', 'A5'] } },
  { source: FINDER, what: 'formula text with diacritics ignored, case and entire cell matched', script: findAll('.matchFormulaText(true).ignoreDiacritics(true).matchCase(true).matchEntireCell(true)'), expected: { spreadsheet: ['A1', 'B1', 'B2'], sheet: ['A1', 'B1', 'B2'], range: [] } },
  { source: FINDER, what: 'replaceAllWith counts what it replaced', script: replaceAll(''), expected: { spreadsheet: 2, sheet: 2, range: 0 } },
  { source: FINDER, what: 'replaceAllWith on formula text, case and entire cell matched', script: replaceAll('.matchFormulaText(true).matchCase(true).matchEntireCell(true)'), expected: { spreadsheet: 1, sheet: 1, range: 0 } },
  // Google's reference (TextFinder.replaceAllWith): it replaces every match whatever its case, and counts occurrences, not cells.
  { source: FINDER, what: 'replaceAllWith replaces a match whatever its case', script: `${SETUP} ss.createTextFinder('sample').replaceAllWith('test'); return sheet.getRange('A1:A2').getValues();`, expected: [['test'], ['testA']] },
  { source: FINDER, what: 'replaceAllWith counts occurrences, not cells', script: `${SHEET} sheet.getRange('A1:B1').setValues([['ab ab', 'ab']]); return sheet.createTextFinder('ab').replaceAllWith('x');`, expected: 3 },
];

const DATA = ['sample1', 'sample2', 'sample3'];
const APPENDED = `${SHEET} var t = ss.insertSheet('temp'); t.appendRow(${JSON.stringify(DATA)});`;
const insert: ConformanceCase[] = [
  { source: INSERT, what: 'appendRow on an empty sheet fills row 1', script: `${APPENDED} return [t.getLastRow(), t.getLastColumn(), t.getRange(1, 1, 1, 3).getValues()];`, expected: [1, 3, [DATA]] },
  { source: INSERT, what: 'hideSheet hides and showSheet shows', script: `${APPENDED} t.hideSheet(); var hidden = t.isSheetHidden(); t.showSheet(); return [hidden, t.isSheetHidden()];`, expected: [true, false] },
  { source: INSERT, what: 'insertColumnAfter(2) moves the last column right, leaving C blank', script: `${APPENDED} t.insertColumnAfter(2); return [t.getLastColumn(), t.getDataRange().offset(0, 2, 1, 1).getValue()];`, expected: [4, ''] },
  { source: INSERT, what: 'insertColumnsAfter(2, 2) moves the last column two right', script: `${APPENDED} t.insertColumnsAfter(2, 2); return t.getLastColumn();`, expected: 5 },
  { source: INSERT, what: 'blank rows inserted after the data leave getLastRow alone', script: `${APPENDED} var out = []; t.insertRowAfter(2); out.push(t.getLastRow()); t.insertRowBefore(2); out.push(t.getLastRow());
      t.insertRows(2, 2); out.push(t.getLastRow()); t.insertRowsAfter(2, 2); out.push(t.getLastRow()); t.insertRowsBefore(2, 2); out.push(t.getLastRow()); return out;`, expected: [1, 1, 1, 1, 1] },
  { source: INSERT, what: 'deleting blank rows below the data leaves getLastRow alone', script: `${APPENDED} t.insertRowsAfter(1, 5); t.deleteRow(2); var a = t.getLastRow(); t.deleteRows(2, 2); return [a, t.getLastRow()];`, expected: [1, 1] },
  // gas-fakes reaches its final row through insertColumnBefore/insertColumns too (not faked): the same shifts through insertColumn(s)After.
  { source: INSERT, what: 'inserted columns shift the values right, blank', script: `${APPENDED} t.insertColumnAfter(2); t.insertColumnsAfter(1, 2); return t.getDataRange().getValues();`, expected: [['sample1', '', '', 'sample2', '', 'sample3']] },
  { source: INSERT, what: 'a row inserted before data moves it down', script: `${APPENDED} t.insertRowBefore(1); return [t.getLastRow(), t.getRange('A2').getValue(), t.getRange('A1').getValue()];`, expected: [2, 'sample1', ''] },
  { source: INSERT, what: 'deleteRow removes the row and moves the rest up', script: `${APPENDED} t.appendRow(['next']); t.deleteRow(1); return [t.getLastRow(), t.getRange('A1').getValue(), t.getMaxRows()];`, expected: [1, 'next', 999] },
];

/** The 3x3 block gas-fakes prepares: values, backgrounds, notes and a rule (set one cell at a time here:
 *  setBackgrounds/setNotes are not faked; its requireNumberEqualTo rule becomes requireNumberGreaterThan). */
const BLOCK = `${SHEET} var r = sheet.getRange('A1:C3');
  r.setValues([['A1', 'B1', 'C1'], ['A2', 'B2', 'C2'], ['A3', 'B3', 'C3']]);
  var colours = [['#ff0000', '#00ff00', '#0000ff'], ['#ffff00', '#00ffff', '#ff00ff'], ['#cccccc', '#999999', '#666666']];
  for (var i = 1; i <= 3; i++) for (var j = 1; j <= 3; j++) { r.getCell(i, j).setBackground(colours[i - 1][j - 1]); r.getCell(i, j).setNote('Note ' + 'ABC'[j - 1] + i); }
  r.setDataValidation(SpreadsheetApp.newDataValidation().requireNumberGreaterThan(5).build());`;
const after = (clear: string) => `${BLOCK} ${clear}; var x = sheet.getRange('A1:C3');
  return { values: x.getValues(), backgrounds: x.getBackgrounds(), notes: x.getNotes(), rule: x.getDataValidations()[0][0] !== null };`;
const NOTES_SET = [['Note A1', 'Note B1', 'Note C1'], ['Note A2', 'Note B2', 'Note C2'], ['Note A3', 'Note B3', 'Note C3']];
const BLANK = [['', '', ''], ['', '', ''], ['', '', '']];
const WHITE = [['#ffffff', '#ffffff', '#ffffff'], ['#ffffff', '#ffffff', '#ffffff'], ['#ffffff', '#ffffff', '#ffffff']];
const COLOURS = [['#ff0000', '#00ff00', '#0000ff'], ['#ffff00', '#00ffff', '#ff00ff'], ['#cccccc', '#999999', '#666666']];

const clearing: ConformanceCase[] = [
  { source: CLEARING, what: 'Sheet.clear() clears values and formats, keeps notes and validation', script: after('sheet.clear()'), expected: { values: BLANK, backgrounds: WHITE, notes: NOTES_SET, rule: true } },
  { source: CLEARING, what: 'Sheet.clearContents() clears values only', script: after('sheet.clearContents()'), expected: { values: BLANK, backgrounds: COLOURS, notes: NOTES_SET, rule: true } },
  // Google's reference: Range.clear() "clears the range of contents and formats", as Sheet.clear() does for the sheet.
  { source: CLEARING, what: 'Range.clear() clears values and formats, keeps notes and validation', script: after("sheet.getRange('A1:C3').clear()"), expected: { values: BLANK, backgrounds: WHITE, notes: NOTES_SET, rule: true } },
  { source: CLEARING, what: 'Range.clearContent() clears values only', script: after("sheet.getRange('A1:C3').clearContent()"), expected: { values: BLANK, backgrounds: COLOURS, notes: NOTES_SET, rule: true } },
];

const notes: ConformanceCase[] = [
  { source: NOTES, what: 'setNote on C2:G20 reads back from the first cell', script: `${SHEET} var r = sheet.getRange('C2:G20'); r.setNote('foo'); return r.getNote();`, expected: 'foo' },
  { source: NOTES, what: 'setNote fills every cell of the range', script: `${SHEET} var r = sheet.getRange('C2:G20'); r.setNote('bar'); var n = r.getNotes(); return [n.length, n[0].length, [].concat.apply([], n).every(function (x) { return x === 'bar'; })];`, expected: [19, 5, true] },
  { source: NOTES, what: 'a cell without a note reads back an empty string', script: `${SHEET} return sheet.getRange('C2').getNote();`, expected: '' },
];

const values: ConformanceCase[] = [
  { source: VALUES, what: 'a fresh range is blank', script: `${SHEET} var r = sheet.getRange(1, 1, 10, 6); return [r.isBlank(), r.offset(1, 1, 1, 1).isBlank()];`, expected: [true, true] },
  { source: VALUES, what: 'a filled range is not blank, nor its offsets', script: `${SHEET} var v = []; for (var i = 0; i < 10; i++) { v.push([]); for (var j = 0; j < 6; j++) v[i].push(i + j); }
      var r = sheet.getRange(1, 1, 10, 6); r.setValues(v); return [r.isBlank(), r.offset(1, 1, 1, 1).isBlank(), r.offset(1, 0).isBlank()];`, expected: [false, false, false] },
  { source: VALUES, what: 'getDataRange reads back exactly what was written', script: `${SHEET} var v = []; for (var i = 0; i < 10; i++) { v.push([]); for (var j = 0; j < 6; j++) v[i].push(i + j); }
      sheet.getRange(1, 1, 10, 6).setValues(v); return JSON.stringify(sheet.getDataRange().getValues()) === JSON.stringify(v);`, expected: true },
  { source: RANGES, what: 'getDataRange is A1 to the last row and column', script: `${SHEET} sheet.getRange('A1:D7').setValue('x'); var dr = sheet.getDataRange();
      return [dr.getA1Notation(), sheet.getLastRow(), sheet.getLastColumn(), sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getA1Notation()];`, expected: ['A1:D7', 7, 4, 'A1:D7'] },
  // gas-fakes' sheet has more than 26 columns; a new sheet has 26, so two are added first.
  { source: RANGES, what: 'C11:AB20 spans rows 11 to 20 and columns 3 to 28', script: `${SHEET} sheet.insertColumnsAfter(26, 2); var r = sheet.getRange('C11:AB20');
      return [r.getA1Notation(), r.getRow(), r.getColumn(), r.getLastRow(), r.getLastColumn(), r.getNumRows(), r.getNumColumns(), sheet.getRange(11, 3, 10, 26).getA1Notation()];`, expected: ['C11:AB20', 11, 3, 20, 28, 10, 26, 'C11:AB20'] },
  { source: RANGES, what: '$aa$11 is AA11, one cell at row 11, column 27', script: `${SHEET} sheet.insertColumnsAfter(26, 2); var r = sheet.getRange('$aa$11');
      return [r.getA1Notation(), r.getRow(), r.getColumn(), r.getLastRow(), r.getLastColumn(), r.getNumRows(), r.getNumColumns()];`, expected: ['AA11', 11, 27, 11, 27, 1, 1] },
];

const CREATED = "var cs = SpreadsheetApp.create('c-sheet', 25, 10);";
const creating: ConformanceCase[] = [
  { source: CREATING, what: 'create(name, rows, columns) makes one sheet of that size', script: `${CREATED} return [cs.getName(), cs.getNumSheets(), cs.getSheets()[0].getMaxRows(), cs.getSheets()[0].getMaxColumns()];`, expected: ['c-sheet', 1, 25, 10] },
  { source: CREATING, what: 'insertSheet with an index reorders the tabs and their indexes', script: `${CREATED} cs.insertSheet('s1'); cs.insertSheet('s2'); cs.insertSheet('s3', 1); cs.insertSheet('s4', 0);
      return cs.getSheets().map(function (f) { return [f.getName(), f.getIndex()]; });`, expected: [['s4', 1], ['Sheet1', 2], ['s3', 3], ['s1', 4], ['s2', 5]] },
  { source: CREATING, what: 'getSheetByName and getSheetById agree on the index', script: `${CREATED} var s1 = cs.insertSheet('s1'); cs.insertSheet('s0', 0); return [cs.getSheetByName('s1').getIndex(), cs.getSheetById(s1.getSheetId()).getIndex()];`, expected: [3, 3] },
  { source: CREATING, what: 'setColumnWidth chains and reads back', script: `${CREATED} var sh = cs.getSheets()[0]; var back = sh.setColumnWidth(2, 200); return [back.getSheetId() === sh.getSheetId(), sh.getColumnWidth(2)];`, expected: [true, 200] },
  { source: CREATING, what: 'setColumnWidths sets every column, and can be reset', script: `${CREATED} var sh = cs.getSheets()[0]; var cw = sh.getColumnWidth(2); sh.setColumnWidths(2, 3, 200);
      var set = [sh.getColumnWidth(2), sh.getColumnWidth(3), sh.getColumnWidth(4)]; sh.setColumnWidths(2, 3, cw); return [set, sh.getColumnWidth(2) === cw];`, expected: [[200, 200, 200], true] },
  { source: SET_NAME, what: 'setName renames the sheet', script: `${SHEET} sheet.setName('sample'); return sheet.getName();`, expected: 'sample' },
];

const PERMISSIONS = 'testsheetspermissions.js › protected cells';
// gas-fakes reads protections already on a shared test sheet, owned by the one running: here the owner makes them.
const PROTECTED = `${SHEET} sheet.getRange('B2:C4').protect().setDescription('B2:C4'); sheet.protect().setDescription('whole sheet');
  var ranges = ss.getProtections(SpreadsheetApp.ProtectionType.RANGE); var sheets = ss.getProtections(SpreadsheetApp.ProtectionType.SHEET);`;
const permissions: ConformanceCase[] = [
  { source: PERMISSIONS, what: 'ProtectionType prints SHEET and RANGE', script: 'return [SpreadsheetApp.ProtectionType.SHEET.toString(), SpreadsheetApp.ProtectionType.RANGE.toString()];', expected: ['SHEET', 'RANGE'] },
  { source: PERMISSIONS, what: 'protections print as Protection', script: `${PROTECTED} return ranges.concat(sheets).map(String);`, expected: ['Protection', 'Protection'] },
  { source: PERMISSIONS, what: "a range protection's range is its A1 notation", script: `${PROTECTED} return ranges.map(function (p) { return p.getDescription() === p.getRange().getA1Notation(); });`, expected: [true] },
  { source: PERMISSIONS, what: 'the owner can edit both', script: `${PROTECTED} return ranges.concat(sheets).map(function (p) { return p.canEdit(); });`, expected: [true, true] },
  { source: PERMISSIONS, what: "a sheet protection's range spans the whole sheet", script: `${PROTECTED} var r = sheets[0].getRange(); return [r.getNumRows() === r.getSheet().getMaxRows(), r.getNumColumns() === r.getSheet().getMaxColumns()];`, expected: [true, true] },
  { source: PERMISSIONS, what: "a sheet protection's range has no A1 notation", script: `${PROTECTED} return sheets[0].getRange().getA1Notation();`, expected: '' },
  { source: PERMISSIONS, what: "the owner is a protection's only editor", script: `${PROTECTED} return ranges.concat(sheets).map(function (p) { return p.getEditors().map(function (u) { return u.getEmail(); }); });`,
    expected: [['owner@example.org'], ['owner@example.org']], options: { owner: 'owner@example.org' } },
];

const SHEET_PROTECTED = `${SHEET} var p = sheet.protect().setDescription('sample1').setWarningOnly(true);`;
const protection: ConformanceCase[] = [
  { source: PROTECTION, what: 'a sheet protection keeps its description', script: `${SHEET_PROTECTED} return p.getDescription();`, expected: 'sample1' },
  { source: PROTECTION, what: 'the owner can edit a warning-only sheet protection', script: `${SHEET_PROTECTED} return p.canEdit();`, expected: true },
  { source: PROTECTION, what: 'a warning-only protection has no editors', script: `${SHEET_PROTECTED} return p.getEditors().length;`, expected: 0 },
  { source: PROTECTION, what: 'a sheet protection is of type SHEET', script: `${SHEET_PROTECTED} return p.getProtectionType().toString();`, expected: 'SHEET' },
  { source: PROTECTION, what: 'setWarningOnly(true) reads back true', script: `${SHEET_PROTECTED} return p.isWarningOnly();`, expected: true },
  { source: PROTECTION, what: 'Spreadsheet.getProtections(SHEET) lists it', script: `${SHEET_PROTECTED} return ss.getProtections(SpreadsheetApp.ProtectionType.SHEET).some(function (x) { return x.getDescription() === 'sample1'; });`, expected: true },
  { source: PROTECTION, what: 'remove() takes it off the list', script: `${SHEET_PROTECTED} p.remove(); return ss.getProtections(SpreadsheetApp.ProtectionType.SHEET).length;`, expected: 0 },
  // gas-fakes moves the protection with setRange (not faked) before reading getRange: here the range it was made on.
  { source: PROTECTION, what: 'a range protection covers its range and is of type RANGE', script: `${SHEET} var p = sheet.getRange('A1:D5').protect().setDescription('sample2'); return [p.getRange().getA1Notation(), p.getProtectionType().toString()];`, expected: ['A1:D5', 'RANGE'] },
];

conformance('TextFinder', finder);
conformance('Sheet', [...insert, ...clearing, ...notes, ...values, ...creating]);
conformance('Protection', [...protection, ...permissions]);
