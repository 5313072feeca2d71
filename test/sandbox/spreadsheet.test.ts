// Fidelity of the SpreadsheetApp fake: values typed by scripts behave as in real Google Sheets.
import { Sandbox } from '../../sandbox/core/runtime';

const CODE = `
function write(a1, value, format) {
  var range = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(a1);
  if (format) range.setNumberFormat(format);
  range.setValue(value);
  return { value: range.getValue(), formula: range.getFormula(), shown: range.getDisplayValue(), type: typeof range.getValue() };
}
function mismatch() { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(1, 1, 3, 1).setValues([[1], [2]]); }
function dateBack() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  sheet.getRange('B2').setValue(new Date(Date.UTC(2025, 0, 5, 6, 30)));
  var v = sheet.getRange('B2').getValue();
  return { isDate: v instanceof Date, iso: v.toISOString(), blank: sheet.getRange('C9').getValue() };
}
function append() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  sheet.appendRow(['a', '1']); sheet.appendRow(['b', '2']);
  return { lastRow: sheet.getLastRow(), data: sheet.getDataRange().getValues() };
}
function huge() { SpreadsheetApp.create('big', 4000000, 3); }
function outside() { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(0, 1); }
function tooLong(how) {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  var text = new Array(50002).join('x');
  try {
    if (how === 'append') sheet.appendRow(['first', text]); else sheet.getRange(1, 1, 1, 2).setValues([['first', text]]);
  } catch (e) {
    return { error: e.message, a1: sheet.getRange('A1').getValue(), lastRow: sheet.getLastRow() };
  }
  return { error: null };
}
function realmOfErrors() {
  try { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(0, 1); } catch (e) { return { isError: e instanceof Error, name: e.name, message: e.message }; }
}
function fits() { var r = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1'); r.setValue(new Array(50001).join('x')); return r.getValue().length; }
`;

describe('SpreadsheetApp fake', () => {
  const run = (fn: string, ...args: unknown[]) => {
    const sandbox = new Sandbox({ code: CODE });
    const result = sandbox.execute(fn, args);
    return result;
  };

  it('given =1+1, when a script sets it, then the cell holds the formula and shows 2', () => {
    expect(run('write', 'A1', '=1+1').result).toEqual({ value: 2, formula: '=1+1', shown: '2', type: 'number' });
  });

  it('given a text of 50,001 characters, when a script writes it with setValues or appendRow, then the call fails whole with Google\'s message', () => {
    for (const how of ['values', 'append']) {
      expect(run('tooLong', how).result).toEqual({ error: 'Your input contains more than the maximum of 50000 characters in a single cell.', a1: '', lastRow: 0 });
    }
    expect(run('fits').result).toBe(50_000);
  });

  it('given a service refuses a call, then the script catches an Error of its own realm, named Exception, as on Apps Script', () => {
    expect(run('realmOfErrors').result).toEqual({ isError: true, name: 'Exception', message: 'The coordinates of the range are outside the dimensions of the sheet.' });
  });

  it('given an IMPORTXML formula, then the formula is recorded and the cell shows #NAME?', () => {
    const { result } = run('write', 'A1', '=IMPORTXML("https://evil.example","//a")');
    expect(result).toMatchObject({ formula: '=IMPORTXML("https://evil.example","//a")', value: '#NAME?' });
  });

  it('given a phone number typed as text, then Sheets drops its leading zero unless the cell is formatted as text', () => {
    expect(run('write', 'A1', '0501234567').result).toMatchObject({ value: 501234567, type: 'number' });
    expect(run('write', 'A1', '0501234567', '@').result).toMatchObject({ value: '0501234567', type: 'string' });
    expect(run('write', 'A1', '+966501234567').result).toMatchObject({ value: 966501234567 });
  });

  it('given a leading apostrophe, then the text is kept and the apostrophe is not returned', () => {
    expect(run('write', 'A1', "'0501234567").result).toMatchObject({ value: '0501234567', formula: '' });
    expect(run('write', 'A1', "'=1+1").result).toMatchObject({ value: '=1+1', formula: '' });
  });

  it('given TRUE as text, then the cell holds a boolean', () => {
    expect(run('write', 'A1', 'TRUE').result).toMatchObject({ value: true, type: 'boolean', shown: 'TRUE' });
  });

  it('given data with fewer rows than the range, then setValues throws Apps Script\'s message', () => {
    expect(run('mismatch').error?.message).toBe('The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.');
  });

  it('given a Date written, then getValue returns a Date of the script\'s own realm and blanks are empty strings', () => {
    expect(run('dateBack').result).toEqual({ isDate: true, iso: '2025-01-05T06:30:00.000Z', blank: '' });
  });

  it('given two appended rows, then they land on rows 1 and 2 with numbers parsed', () => {
    expect(run('append').result).toEqual({ lastRow: 2, data: [['a', 1], ['b', 2]] });
  });

  it('given a spreadsheet past ten million cells, then creating it fails', () => {
    expect(run('huge').error?.message).toMatch(/above the limit of 10000000 cells/);
  });

  it('given row 0, then getRange throws the outside-the-sheet message', () => {
    expect(run('outside').error?.message).toBe('The coordinates of the range are outside the dimensions of the sheet.');
  });
});
