// gas-fakes' testsheets*.js assertions on Spreadsheet, Sheet and Range (A1 notation, formats, alignment), run in the sandbox.
import { Sandbox } from '../../../sandbox/core/runtime';
import { conformance, type ConformanceCase } from './harness';

const A1 = 'testsheetsdeveloper.js › A1 notation (getRange parsing)';
const FORMATS = 'testsheets.js › setting and repeating cell formats';
const BASICS = 'testsheetsvalues.js › spreadsheetapp basics';
const SHEET = 'var ss = SpreadsheetApp.getActiveSpreadsheet(); var sheet = ss.getSheets()[0];';
const on = (a1: string, expr: string) => `${SHEET} var r = sheet.getRange(${JSON.stringify(a1)}); return ${expr};`;

const a1: ConformanceCase[] = [
  { source: A1, what: 'B2:D5 starts at row 2', script: on('B2:D5', 'r.getRow()'), expected: 2 },
  { source: A1, what: 'B2:D5 starts at column 2', script: on('B2:D5', 'r.getColumn()'), expected: 2 },
  { source: A1, what: 'B2:D5 has 4 rows', script: on('B2:D5', 'r.getNumRows()'), expected: 4 },
  { source: A1, what: 'B2:D5 has 3 columns', script: on('B2:D5', 'r.getNumColumns()'), expected: 3 },
  { source: A1, what: 'B2:D5 is B2:D5', script: on('B2:D5', 'r.getA1Notation()'), expected: 'B2:D5' },
  { source: A1, what: '$C$3 is C3', script: on('$C$3', 'r.getA1Notation()'), expected: 'C3' },
  { source: A1, what: 'rows 5:7 have 3 rows', script: on('5:7', 'r.getNumRows()'), expected: 3 },
  { source: A1, what: 'rows 5:7 span every column', script: on('5:7', 'r.getNumColumns() === sheet.getMaxColumns()'), expected: true },
  { source: A1, what: 'rows 5:7 are 5:7', script: on('5:7', 'r.getA1Notation()'), expected: '5:7' },
  { source: A1, what: 'columns D:F span every row', script: on('D:F', 'r.getNumRows() === sheet.getMaxRows()'), expected: true },
  { source: A1, what: 'columns D:F have 3 columns', script: on('D:F', 'r.getNumColumns()'), expected: 3 },
  { source: A1, what: 'columns D:F are D:F', script: on('D:F', 'r.getA1Notation()'), expected: 'D:F' },
  { source: A1, what: 'a sheet name is not part of the A1 notation', script: `${SHEET} return sheet.getRange(sheet.getName() + '!E10:F12').getA1Notation();`, expected: 'E10:F12' },
  { source: A1, what: 'an inverted range C5:B2 is B2:C5', script: on('C5:B2', 'r.getA1Notation()'), expected: 'B2:C5' },
  { source: A1, what: 'inverted rows 5:2 are 2:5', script: on('5:2', 'r.getA1Notation()'), expected: '2:5' },
  { source: A1, what: 'inverted columns D:B are B:D', script: on('D:B', 'r.getA1Notation()'), expected: 'B:D' },
];

const FORMATS_SET = [['0.0000', '#,##0.00', '$#.##0.00', 'general']];
const ALIGN_SET = [['left', 'center', 'right', 'normal', null]];
// What Google reads back: gas-fakes notes live Sheets gives general-left for 'normal' (its fake gives general; we follow Google).
const ALIGN_GOT = ['left', 'center', 'right', 'general-left', 'general'];
const formats: ConformanceCase[] = [
  { source: FORMATS, what: "setNumberFormats reads back as set, 'general' as 0.###############", script: `${SHEET} var r = sheet.getRange('B2:E2'); r.setNumberFormats(${JSON.stringify(FORMATS_SET)}); return r.getNumberFormats();`, expected: [['0.0000', '#,##0.00', '$#.##0.00', '0.###############']] },
  { source: FORMATS, what: 'setNumberFormat fills the range', script: `${SHEET} var r = sheet.getRange('B2:E3'); r.setNumberFormat('0.0000'); return r.getNumberFormats();`, expected: [['0.0000', '0.0000', '0.0000', '0.0000'], ['0.0000', '0.0000', '0.0000', '0.0000']] },
  { source: FORMATS, what: "setNumberFormat('general') reads back 0.###############", script: `${SHEET} var r = sheet.getRange('B2'); r.setNumberFormat('general'); return r.getNumberFormat();`, expected: '0.###############' },
  // gas-fakes sets these through setHorizontalAlignments, which the sandbox does not fake: the same values, one cell at a time.
  ...ALIGN_SET[0].map((set, i): ConformanceCase => ({
    source: FORMATS, what: `horizontal alignment ${JSON.stringify(set)} reads back ${JSON.stringify(ALIGN_GOT[i])}`,
    script: `${SHEET} var r = sheet.getRange('B2'); r.setHorizontalAlignment(${JSON.stringify(set)}); return r.getHorizontalAlignment();`, expected: ALIGN_GOT[i],
  })),
  { source: FORMATS, what: 'setHorizontalAlignment fills the range', script: `${SHEET} var r = sheet.getRange('B2:C2'); r.setHorizontalAlignment('center'); return [r.getCell(1, 1).getHorizontalAlignment(), r.getCell(1, 2).getHorizontalAlignment()];`, expected: ['center', 'center'] },
  { source: FORMATS, what: "setHorizontalAlignment('left') reads back left", script: `${SHEET} var r = sheet.getRange('B2'); r.setHorizontalAlignment('left'); return r.getHorizontalAlignment();`, expected: 'left' },
  { source: FORMATS, what: 'setHorizontalAlignment(null) reads back general', script: `${SHEET} var r = sheet.getRange('B2'); r.setHorizontalAlignment('right'); r.setHorizontalAlignment(null); return r.getHorizontalAlignment();`, expected: 'general' },
];

const basics: ConformanceCase[] = [
  { source: BASICS, what: 'getNumSheets counts getSheets', script: `${SHEET} ss.insertSheet('two'); return ss.getNumSheets() === ss.getSheets().length;`, expected: true },
  { source: BASICS, what: 'sheets are indexed from 1', script: `${SHEET} ss.insertSheet('two'); return ss.getSheets().map(function (s) { return s.getIndex(); });`, expected: [1, 2] },
  { source: BASICS, what: 'a sheet id is a number', script: `${SHEET} return typeof sheet.getSheetId();`, expected: 'number' },
  { source: BASICS, what: 'getSheetById finds the sheet', script: `${SHEET} return ss.getSheetById(sheet.getSheetId()).getName() === sheet.getName();`, expected: true },
  { source: BASICS, what: 'getSheetByName finds the sheet', script: `${SHEET} return ss.getSheetByName(sheet.getName()).getSheetId() === sheet.getSheetId();`, expected: true },
];

conformance('Range', [...a1, ...formats]);
conformance('Spreadsheet', basics);

// Not a gas-fakes assertion: the sandbox's own check that the stored general pattern still shows a number as typed.
describe('general number format', () => {
  it("given setNumberFormat('general') and 3.25, then the cell shows 3.25, and '0.0#' shows 3.25 and 3.0", () => {
    const sandbox = new Sandbox({ code: `function run() { var s = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
      s.getRange('A1').setNumberFormat('general').setValue(3.25); s.getRange('A2:A3').setNumberFormat('0.0#'); s.getRange('A2:A3').setValues([[3.25], [3]]);
      return s.getRange('A1:A3').getDisplayValues().map(function (r) { return r[0]; }); }` });
    expect(sandbox.execute('run').result).toEqual(['3.25', '3.25', '3.0']);
  });
});
