// gas-fakes' testsheetsdatavalidations.js (and the validation part of testsheetssets.js) restated: rules, builders, checkboxes.
import { conformance, type ConformanceCase } from './harness';

const BASICS = 'testsheetsdatavalidations.js › data validation basics';
const SETTING = 'testsheetsdatavalidations.js › setting data validations';
const INSERT = 'testsheetsdatavalidations.js › inserting checkboxes';
const ENUMS = 'testsheetsdatavalidations.js › test enum selection';
const CLEARING = 'testsheetssets.js › clearing ranges';
const SHEET = 'var ss = SpreadsheetApp.getActiveSpreadsheet(); var sheet = ss.getSheets()[0];';
const NEW = 'var b = SpreadsheetApp.newDataValidation();';
/** A rule built from `chain` (after newDataValidation()), read back as [criteria type, criteria values]. */
const built = (chain: string) => `${NEW} var rule = b.${chain}.build(); return [String(rule.getCriteriaType()), rule.getCriteriaValues()];`;
const DA = "new Date('1920-11-18T00:00:00Z')";
const DB = "new Date('2012-12-31T00:00:00Z')";
/** Like `built`, for date rules: the values as ISO strings. */
const builtDates = (chain: string) => `${NEW} var rule = b.${chain}.build(); return [String(rule.getCriteriaType()), rule.getCriteriaValues().map(function (d) { return d.toISOString(); })];`;

const basics: ConformanceCase[] = [
  { source: BASICS, what: 'a builder prints as DataValidationBuilder', script: `${NEW} return String(b);`, expected: 'DataValidationBuilder' },
  { source: BASICS, what: 'a built rule prints as DataValidation', script: `${NEW} return String(b.requireCheckbox().build());`, expected: 'DataValidation' },
  { source: BASICS, what: 'requireCheckbox() is CHECKBOX with no values', script: built('requireCheckbox()'), expected: ['CHECKBOX', []] },
  { source: BASICS, what: "requireCheckbox('A') keeps only ['A']", script: built("requireCheckbox('A')"), expected: ['CHECKBOX', ['A']] },
  { source: BASICS, what: "requireCheckbox('A', 'B') keeps ['A', 'B']", script: built("requireCheckbox('A', 'B')"), expected: ['CHECKBOX', ['A', 'B']] },
  { source: BASICS, what: 'a later requireCheckbox() replaces the earlier values', script: built("requireCheckbox('A', 'B').requireCheckbox()"), expected: ['CHECKBOX', []] },
  { source: BASICS, what: 'a rule allows invalid input unless told otherwise', script: `${NEW} return b.requireCheckbox().build().getAllowInvalid();`, expected: true },
  { source: BASICS, what: 'setAllowInvalid(false) is kept by the rule', script: `${NEW} return b.requireCheckbox().setAllowInvalid(false).build().getAllowInvalid();`, expected: false },
  { source: BASICS, what: 'setAllowInvalid(true) after false is kept', script: `${NEW} return b.requireCheckbox().setAllowInvalid(false).setAllowInvalid(true).build().getAllowInvalid();`, expected: true },
  { source: BASICS, what: 'a rule has no help text unless set', script: `${NEW} return b.requireCheckbox().build().getHelpText();`, expected: null },
  { source: BASICS, what: 'setHelpText is kept by the rule', script: `${NEW} return b.requireCheckbox('A', 'B').setHelpText('foo').build().getHelpText();`, expected: 'foo' },
  { source: BASICS, what: 'requireDate() is DATE_IS_VALID_DATE with no values', script: builtDates('requireDate()'), expected: ['DATE_IS_VALID_DATE', []] },
  { source: BASICS, what: 'requireDateAfter keeps its date', script: builtDates(`requireDateAfter(${DA})`), expected: ['DATE_AFTER', ['1920-11-18T00:00:00.000Z']] },
  { source: BASICS, what: 'requireDateBefore keeps its date', script: builtDates(`requireDateBefore(${DB})`), expected: ['DATE_BEFORE', ['2012-12-31T00:00:00.000Z']] },
  { source: BASICS, what: 'a date value reads back as a Date', script: `${NEW} return b.requireDateAfter(${DA}).build().getCriteriaValues()[0] instanceof Date;`, expected: true },
  { source: BASICS, what: 'requireFormulaSatisfied is CUSTOM_FORMULA with its formula', script: built("requireFormulaSatisfied('=ISNUMBER(A1)')"), expected: ['CUSTOM_FORMULA', ['=ISNUMBER(A1)']] },
  { source: BASICS, what: 'requireNumberBetween keeps both bounds', script: built('requireNumberBetween(12.5, 87.25)'), expected: ['NUMBER_BETWEEN', [12.5, 87.25]] },
  { source: BASICS, what: 'requireNumberGreaterThan keeps its bound', script: built('requireNumberGreaterThan(41.5)'), expected: ['NUMBER_GREATER_THAN', [41.5]] },
  { source: BASICS, what: 'requireNumberLessThan keeps its bound', script: built('requireNumberLessThan(3.75)'), expected: ['NUMBER_LESS_THAN', [3.75]] },
  { source: BASICS, what: 'requireTextContains keeps its text', script: built("requireTextContains('42.1')"), expected: ['TEXT_CONTAINS', ['42.1']] },
  { source: BASICS, what: 'requireTextIsEmail is TEXT_IS_VALID_EMAIL with no values', script: built('requireTextIsEmail()'), expected: ['TEXT_IS_VALID_EMAIL', []] },
  { source: BASICS, what: 'requireValueInList(values, true) reads back [values, true]', script: built("requireValueInList(['a', 'false', '2', 'c'], true)"), expected: ['VALUE_IN_LIST', [['a', 'false', '2', 'c'], true]] },
  { source: BASICS, what: 'requireValueInList turns values into strings and shows the dropdown by default', script: built("requireValueInList([9, false, 'z'])"), expected: ['VALUE_IN_LIST', [['9', 'false', 'z'], true]] },
  { source: BASICS, what: 'requireValueInRange reads back the Range first', script: `${SHEET} ${NEW} var v = b.requireValueInRange(sheet.getRange('A2:C4')).build().getCriteriaValues(); return [v[0].getA1Notation(), v[1]];`, expected: ['A2:C4', true] },
  { source: BASICS, what: 'requireValueInRange(range, false) reads back false for the dropdown', script: `${SHEET} ${NEW} var v = b.requireValueInRange(sheet.getRange('A2:C4'), false).build().getCriteriaValues(); return [v[0].getA1Notation(), v[1]];`, expected: ['A2:C4', false] },
  { source: BASICS, what: 'copy() of a rule is a builder', script: `${NEW} return String(b.requireCheckbox().build().copy());`, expected: 'DataValidationBuilder' },
];

/** Sets `chain`'s rule on `a1`, then reads every cell back: [rows, columns, every criteria, first cell's values]. */
const onRange = (a1: string, chain: string) => `${SHEET} ${NEW} var r = sheet.getRange(${JSON.stringify(a1)}); r.setDataValidation(b.${chain}.build());
  var all = r.getDataValidations(); var flat = [].concat.apply([], all);
  return [all.length, all[0].length, flat.map(function (f) { return String(f.getCriteriaType()); }).filter(function (t, i, a) { return a.indexOf(t) === i; }),
    flat.every(function (f) { return typeof f.getAllowInvalid() === 'boolean'; }), String(r.getDataValidation().getCriteriaType()), r.getDataValidation().getCriteriaValues()];`;

const setting: ConformanceCase[] = [
  { source: SETTING, what: 'a plain checkbox rule on C1:D2 covers every cell', script: onRange('C1:D2', 'requireCheckbox()'), expected: [2, 2, ['CHECKBOX'], true, 'CHECKBOX', []] },
  { source: SETTING, what: 'a checkbox rule with custom values on E1:F2', script: onRange('E1:F2', "requireCheckbox('foo', 'bar')"), expected: [2, 2, ['CHECKBOX'], true, 'CHECKBOX', ['foo', 'bar']] },
  { source: SETTING, what: 'a list rule on C19:E19', script: onRange('C19:E19', "requireValueInList(['foo', 'bar', 'foobar'], true)"), expected: [1, 3, ['VALUE_IN_LIST'], true, 'VALUE_IN_LIST', [['foo', 'bar', 'foobar'], true]] },
  { source: SETTING, what: 'a date rule on A15:B15', script: onRange('A15:B15', 'requireDate()'), expected: [1, 2, ['DATE_IS_VALID_DATE'], true, 'DATE_IS_VALID_DATE', []] },
  { source: SETTING, what: 'a text-contains rule on A17:B17', script: onRange('A17:B17', "requireTextContains('foo')"), expected: [1, 2, ['TEXT_CONTAINS'], true, 'TEXT_CONTAINS', ['foo']] },
  { source: SETTING, what: 'a formula rule on one cell A3', script: onRange('A3', "requireFormulaSatisfied('=F7')"), expected: [1, 1, ['CUSTOM_FORMULA'], true, 'CUSTOM_FORMULA', ['=F7']] },
  { source: SETTING, what: 'a formula rule naming another range, on C3:D4', script: onRange('C3:D4', "requireFormulaSatisfied('=Sheet1!$F$7:$F$8')"), expected: [2, 2, ['CUSTOM_FORMULA'], true, 'CUSTOM_FORMULA', ['=Sheet1!$F$7:$F$8']] },
  { source: SETTING, what: 'a number-between rule on C5', script: onRange('C5', 'requireNumberBetween(20, 40)'), expected: [1, 1, ['NUMBER_BETWEEN'], true, 'NUMBER_BETWEEN', [20, 40]] },
  { source: SETTING, what: 'a less-than rule on E7:F8', script: onRange('E7:F8', 'requireNumberLessThan(20)'), expected: [2, 2, ['NUMBER_LESS_THAN'], true, 'NUMBER_LESS_THAN', [20]] },
  { source: SETTING, what: 'a greater-than rule on C9:D10', script: onRange('C9:D10', 'requireNumberGreaterThan(20)'), expected: [2, 2, ['NUMBER_GREATER_THAN'], true, 'NUMBER_GREATER_THAN', [20]] },
  { source: SETTING, what: 'a value-in-range rule reads back the Range from every cell', script: `${SHEET} ${NEW} var r = sheet.getRange('A19:B19'); r.setDataValidation(b.requireValueInRange(sheet.getRange('$a$1:$b$3'), false).build());
      return r.getDataValidations()[0].map(function (f) { var v = f.getCriteriaValues(); return [String(f.getCriteriaType()), v[0].getA1Notation(), v[1]]; });`, expected: [['VALUE_IN_RANGE', 'A1:B3', false], ['VALUE_IN_RANGE', 'A1:B3', false]] },
  { source: SETTING, what: 'a date-before rule keeps its date on C13:D13', script: `${SHEET} ${NEW} var r = sheet.getRange('C13:D13'); r.setDataValidation(b.requireDateBefore(${DA}).build());
      return r.getDataValidations()[0].map(function (f) { return [String(f.getCriteriaType()), f.getCriteriaValues()[0].toISOString()]; });`, expected: [['DATE_BEFORE', '1920-11-18T00:00:00.000Z'], ['DATE_BEFORE', '1920-11-18T00:00:00.000Z']] },
  { source: SETTING, what: 'a date-after rule keeps its date on A15:B15', script: `${SHEET} ${NEW} var r = sheet.getRange('A15:B15'); r.setDataValidation(b.requireDateAfter(${DA}).build());
      return r.getDataValidations()[0].map(function (f) { return [String(f.getCriteriaType()), f.getCriteriaValues()[0].toISOString()]; });`, expected: [['DATE_AFTER', '1920-11-18T00:00:00.000Z'], ['DATE_AFTER', '1920-11-18T00:00:00.000Z']] },
  { source: SETTING, what: 'setDataValidations gives each cell its own list (values as strings)', script: `${SHEET} var r = sheet.getRange('E19:G20');
      var lists = [[[[1, 2], true], [[3, 4, 5], false], [[6, 7], true]], [[['a', 'b'], false], [['c', 'd', 'e'], true], [['f', 'g'], false]]];
      r.setDataValidations(lists.map(function (row) { return row.map(function (a) { return SpreadsheetApp.newDataValidation().requireValueInList(a[0], a[1]).build(); }); }));
      return r.getDataValidations().map(function (row) { return row.map(function (f) { return f.getCriteriaValues(); }); });`,
  expected: [[[['1', '2'], true], [['3', '4', '5'], false], [['6', '7'], true]], [[['a', 'b'], false], [['c', 'd', 'e'], true], [['f', 'g'], false]]] },
  { source: SETTING, what: 'setDataValidations gives each cell its own bounds', script: `${SHEET} var r = sheet.getRange('E9:F10');
      var bounds = [[[20, 40], [30, 40]], [[50, 60], [70, 80]]];
      r.setDataValidations(bounds.map(function (row) { return row.map(function (a) { return SpreadsheetApp.newDataValidation().requireNumberBetween(a[0], a[1]).build(); }); }));
      return r.getDataValidations().map(function (row) { return row.map(function (f) { return f.getCriteriaValues(); }); });`, expected: [[[20, 40], [30, 40]], [[50, 60], [70, 80]]] },
  { source: CLEARING, what: 'clearDataValidations leaves null in every cell', script: `${SHEET} var r = sheet.getRange('C2:E5'); r.setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList([1, 2], true).build());
      var before = r.getDataValidations(); r.clearDataValidations(); return [before.length, before[0].length, r.getDataValidations()];`, expected: [4, 3, [[null, null, null], [null, null, null], [null, null, null], [null, null, null]]] },
];

const checkboxes: ConformanceCase[] = [
  { source: INSERT, what: 'insertCheckboxes() is a CHECKBOX rule with no values', script: `${SHEET} var dv = sheet.getRange('A1:A2').insertCheckboxes().getDataValidation(); return [String(dv.getCriteriaType()), dv.getCriteriaValues()];`, expected: ['CHECKBOX', []] },
  { source: INSERT, what: "insertCheckboxes('DONE') keeps ['DONE']", script: `${SHEET} var dv = sheet.getRange('B1:B2').insertCheckboxes('DONE').getDataValidation(); return [String(dv.getCriteriaType()), dv.getCriteriaValues()];`, expected: ['CHECKBOX', ['DONE']] },
  { source: INSERT, what: "insertCheckboxes('YES', 'NO') keeps ['YES', 'NO']", script: `${SHEET} var dv = sheet.getRange('C1:C2').insertCheckboxes('YES', 'NO').getDataValidation(); return [String(dv.getCriteriaType()), dv.getCriteriaValues()];`, expected: ['CHECKBOX', ['YES', 'NO']] },
  // gas-fakes overwrites a requireNumberEqualTo rule, which the sandbox does not fake: a greater-than rule instead.
  { source: INSERT, what: 'insertCheckboxes replaces an existing rule', script: `${SHEET} var r = sheet.getRange('D1').setDataValidation(SpreadsheetApp.newDataValidation().requireNumberGreaterThan(5).build()); return String(r.insertCheckboxes().getDataValidation().getCriteriaType());`, expected: 'CHECKBOX' },
  // Google's reference (Range.insertCheckboxes): every cell takes the unchecked value, whatever it held.
  { source: INSERT, what: 'insertCheckboxes() sets every cell to false', script: `${SHEET} var r = sheet.getRange('A1:A2'); r.setValues([['x'], ['']]); return r.insertCheckboxes().getValues();`, expected: [[false], [false]] },
  { source: INSERT, what: "insertCheckboxes('DONE') sets every cell to ''", script: `${SHEET} var r = sheet.getRange('A1:A2'); r.setValues([['x'], [3]]); return r.insertCheckboxes('DONE').getValues();`, expected: [[''], ['']] },
  { source: INSERT, what: "insertCheckboxes('YES', 'NO') sets every cell to 'NO'", script: `${SHEET} var r = sheet.getRange('A1:A2'); r.setValues([['x'], ['']]); return r.insertCheckboxes('YES', 'NO').getValues();`, expected: [['NO'], ['NO']] },
];

const enums: ConformanceCase[] = [
  { source: ENUMS, what: 'DataValidationCriteria.DATE_AFTER', script: 'return SpreadsheetApp.DataValidationCriteria.DATE_AFTER.toString();', expected: 'DATE_AFTER' },
  { source: ENUMS, what: 'DataValidationCriteria.DATE_BEFORE', script: 'return SpreadsheetApp.DataValidationCriteria.DATE_BEFORE.toString();', expected: 'DATE_BEFORE' },
  { source: ENUMS, what: 'DataValidationCriteria.DATE_AFTER_RELATIVE', script: 'return SpreadsheetApp.DataValidationCriteria.DATE_AFTER_RELATIVE.toString();', expected: 'DATE_AFTER_RELATIVE' },
  { source: ENUMS, what: 'RelativeDate.TODAY', script: 'return SpreadsheetApp.RelativeDate.TODAY.toString();', expected: 'TODAY' },
  { source: ENUMS, what: 'ProtectionType.SHEET', script: 'return SpreadsheetApp.ProtectionType.SHEET.toString();', expected: 'SHEET' },
];

conformance('DataValidation', [...basics, ...setting, ...checkboxes, ...enums]);
