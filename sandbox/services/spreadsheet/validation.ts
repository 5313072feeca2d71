// Data validation: the builder scripts use, the rule objects they read back, and whether a typed value passes.
import type { ExecutionContext } from '../../core/execution';
import { isDateValue, type CellValue, type DataValidationModel } from './model';
import { isDateObject } from './values';

/** Every value of Google's SpreadsheetApp.DataValidationCriteria enum (only some have builders here). */
export const DataValidationCriteria = Object.fromEntries([
  'DATE_AFTER', 'DATE_BEFORE', 'DATE_BETWEEN', 'DATE_EQUAL_TO', 'DATE_IS_VALID_DATE', 'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER', 'DATE_ON_OR_BEFORE', 'DATE_AFTER_RELATIVE', 'DATE_BEFORE_RELATIVE', 'DATE_EQUAL_TO_RELATIVE',
  'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN', 'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO', 'TEXT_NOT_EQUAL_TO', 'TEXT_IS_VALID_EMAIL', 'TEXT_IS_VALID_URL', 'VALUE_IN_LIST', 'VALUE_IN_RANGE',
  'CUSTOM_FORMULA', 'CHECKBOX', 'DATE_NOT_EQUAL_TO',
].map((k) => [k, k])) as Record<string, string>;

/** SpreadsheetApp.RelativeDate, the dates a rule can be relative to. */
export const RelativeDate = Object.fromEntries(['TODAY', 'TOMORROW', 'YESTERDAY', 'PAST_WEEK', 'PAST_MONTH', 'PAST_YEAR'].map((k) => [k, k])) as Record<string, string>;

/** Resolves the A1 notation a VALUE_IN_RANGE rule holds (with its sheet name) to a Range the script can read. */
export type RangeResolver = (a1: string) => unknown;

const toCell = (v: unknown): CellValue => (isDateObject(v) ? { date: v.getTime() } : (v as CellValue));

export function dataValidationHandle(ctx: ExecutionContext, model: DataValidationModel, resolve: RangeResolver) {
  return {
    getCriteriaType: () => model.criteria,
    getCriteriaValues: () => {
      const args = model.args as CellValue[];
      // requireValueInList reads back as [values, showDropdown], requireValueInRange as [Range, showDropdown],
      // as in Apps Script (gas-fakes testsheetsdatavalidations.js, live).
      if (model.criteria === 'VALUE_IN_LIST') return ctx.realmArray([ctx.toRealm(args), model.showDropdown]);
      if (model.criteria === 'VALUE_IN_RANGE') return ctx.realmArray([resolve(String(args[0])), model.showDropdown]);
      return ctx.realmArray(args.map((a) => (isDateValue(a) ? ctx.newDate(a.date) : a)));
    },
    getAllowInvalid: () => model.allowInvalid,
    getHelpText: () => model.helpText,
    copy: () => dataValidationBuilder(ctx, { ...model }),
    toString: () => 'DataValidation',
    __model: model,
  };
}

export function dataValidationBuilder(ctx: ExecutionContext, start?: DataValidationModel) {
  const model: DataValidationModel = start ?? { criteria: '', args: [], allowInvalid: true, helpText: null, showDropdown: true };
  // The range a requireValueInRange rule was given: a rule built here reads it back as that Range.
  let inRange: unknown = null;
  const set = (criteria: string, args: unknown[]) => {
    model.criteria = criteria;
    model.args = args.map(toCell);
    return builder;
  };
  const builder = {
    requireValueInList: (values: unknown[], showDropdown = true) => ((model.showDropdown = showDropdown), set('VALUE_IN_LIST', values.map(String))),
    requireValueInRange: (range: { getA1Notation(): string; getSheet(): { getName(): string } }, showDropdown = true) => {
      inRange = range;
      model.showDropdown = showDropdown;
      return set('VALUE_IN_RANGE', [`'${range.getSheet().getName().replace(/'/g, "''")}'!${range.getA1Notation()}`]);
    },
    // Google keeps only the values given: requireCheckbox('A') reads back ['A'] (gas-fakes, live).
    requireCheckbox: (...values: unknown[]) => set('CHECKBOX', values.slice(0, 2).filter((v) => v !== undefined)),
    requireNumberBetween: (a: number, b: number) => set('NUMBER_BETWEEN', [a, b]),
    requireNumberGreaterThan: (a: number) => set('NUMBER_GREATER_THAN', [a]),
    requireNumberLessThan: (a: number) => set('NUMBER_LESS_THAN', [a]),
    requireDate: () => set('DATE_IS_VALID_DATE', []),
    requireDateAfter: (d: Date) => set('DATE_AFTER', [d]),
    requireDateBefore: (d: Date) => set('DATE_BEFORE', [d]),
    requireTextIsEmail: () => set('TEXT_IS_VALID_EMAIL', []),
    requireTextContains: (text: string) => set('TEXT_CONTAINS', [text]),
    requireFormulaSatisfied: (formula: string) => set('CUSTOM_FORMULA', [formula]),
    setAllowInvalid: (allow: boolean) => ((model.allowInvalid = allow), builder),
    setHelpText: (text: string) => ((model.helpText = text), builder),
    build: () => {
      if (!model.criteria) throw Object.assign(new Error('You must set a criteria before building a data validation rule.', { cause: { code: 'DV_NO_CRITERIA' } }), { name: 'Exception' });
      const range = inRange;
      return dataValidationHandle(ctx, { ...model, args: [...(model.args as CellValue[])] }, () => range);
    },
    toString: () => 'DataValidationBuilder',
  };
  return builder;
}

/** Whether Sheets accepts a value a PERSON types (scripts may write anything; the cell is flagged). */
export function passesValidation(rule: DataValidationModel, value: CellValue, rangeValues: (a1: string) => CellValue[]): boolean {
  const args = rule.args as CellValue[];
  if (value === null || value === '') return true;
  const n = typeof value === 'number' ? value : NaN;
  switch (rule.criteria) {
    case 'VALUE_IN_LIST': return args.map(String).includes(typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : String(value));
    // A checkbox with custom values accepts only those values (blank passes above); a plain one only booleans.
    case 'CHECKBOX': return args.length === 0 ? typeof value === 'boolean' : args.includes(value);
    case 'VALUE_IN_RANGE': return rangeValues(String(args[0])).some((v) => v !== null && v !== '' && sameValue(v, value));
    case 'NUMBER_BETWEEN': return n >= Number(args[0]) && n <= Number(args[1]);
    case 'NUMBER_GREATER_THAN': return n > Number(args[0]);
    case 'NUMBER_LESS_THAN': return n < Number(args[0]);
    case 'DATE_IS_VALID_DATE': return isDateValue(value);
    case 'DATE_AFTER': return isDateValue(value) && isDateValue(args[0]) && value.date > args[0].date;
    case 'DATE_BEFORE': return isDateValue(value) && isDateValue(args[0]) && value.date < args[0].date;
    case 'TEXT_IS_VALID_EMAIL': return typeof value === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
    case 'TEXT_CONTAINS': return String(value).includes(String(args[0]));
    default: return true;
  }
}

const sameValue = (a: CellValue, b: CellValue) => (isDateValue(a) || isDateValue(b) ? isDateValue(a) && isDateValue(b) && a.date === b.date : String(a) === String(b));
