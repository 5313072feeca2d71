// Data validation: the builder scripts use, the rule objects they read back, and whether a typed value passes.
import type { ExecutionContext } from '../../core/execution';
import { isDateValue, type CellValue, type DataValidationModel } from './model';
import { isDateObject } from './values';

export const DataValidationCriteria = {
  VALUE_IN_LIST: 'VALUE_IN_LIST', VALUE_IN_RANGE: 'VALUE_IN_RANGE', CHECKBOX: 'CHECKBOX',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN', NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN', NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE', DATE_AFTER: 'DATE_AFTER', DATE_BEFORE: 'DATE_BEFORE',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL', TEXT_CONTAINS: 'TEXT_CONTAINS', CUSTOM_FORMULA: 'CUSTOM_FORMULA',
} as const;

const toCell = (v: unknown): CellValue => (isDateObject(v) ? { date: v.getTime() } : (v as CellValue));

export function dataValidationHandle(ctx: ExecutionContext, model: DataValidationModel) {
  return {
    getCriteriaType: () => model.criteria,
    getCriteriaValues: () => {
      const args = model.args as CellValue[];
      // requireValueInList reads back as [values, showDropdown], as in Apps Script.
      if (model.criteria === 'VALUE_IN_LIST') return [ctx.toRealm(args), model.showDropdown];
      return args.map((a) => (isDateValue(a) ? ctx.newDate(a.date) : a));
    },
    getAllowInvalid: () => model.allowInvalid,
    getHelpText: () => model.helpText,
    copy: () => dataValidationBuilder(ctx, { ...model }),
    __model: model,
  };
}

export function dataValidationBuilder(ctx: ExecutionContext, start?: DataValidationModel) {
  const model: DataValidationModel = start ?? { criteria: '', args: [], allowInvalid: true, helpText: null, showDropdown: true };
  const set = (criteria: string, args: unknown[]) => {
    model.criteria = criteria;
    model.args = args.map(toCell);
    return builder;
  };
  const builder = {
    requireValueInList: (values: unknown[], showDropdown = true) => ((model.showDropdown = showDropdown), set('VALUE_IN_LIST', values.map(String))),
    requireValueInRange: (range: { getA1Notation(): string; getSheet(): { getName(): string } }, showDropdown = true) =>
      ((model.showDropdown = showDropdown), set('VALUE_IN_RANGE', [`'${range.getSheet().getName()}'!${range.getA1Notation()}`])),
    requireCheckbox: (checked?: unknown, unchecked?: unknown) => set('CHECKBOX', checked === undefined ? [] : [checked, unchecked ?? '']),
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
      return dataValidationHandle(ctx, { ...model, args: [...(model.args as CellValue[])] });
    },
  };
  return builder;
}

/** Whether Sheets accepts a value a PERSON types (scripts may write anything; the cell is flagged). */
export function passesValidation(rule: DataValidationModel, value: CellValue): boolean {
  const args = rule.args as CellValue[];
  if (value === null || value === '') return true;
  const n = typeof value === 'number' ? value : NaN;
  switch (rule.criteria) {
    case 'VALUE_IN_LIST': return args.map(String).includes(typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : String(value));
    case 'CHECKBOX': return typeof value === 'boolean' || (args.length > 0 && args.includes(value));
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
