// The selected record's dialog sends untrusted values: each is trimmed, typed, bounded and checked against its choices.
import { coerceInputs, MAX_LENGTH, type InputView } from '../../../src/app/rowActions/inputs';
import { ACTIONS, type RowActionValues } from '../../../src/app/rowActions/actions';
import { isLabelKey, t } from '../../../src/i18n';
import { WORKFLOW_STEP_ROLES } from '../../../src/app/access';
import { wordsOf } from '../../../src/domain/codedError';

const input = (name: string, kind: InputView['kind'], extra: Partial<InputView> = {}): InputView => ({ name, kind, label: name, optional: false, ...extra });
const refusal = (inputs: InputView[], raw: unknown): { message: string; code: unknown } => {
  try {
    coerceInputs(inputs, raw);
  } catch (err) {
    return { message: wordsOf(err) ?? (err as Error).message, code: ((err as Error).cause as { code?: string }).code };
  }
  throw new Error('not refused');
};

describe('coercing the dialog values', () => {
  it('trims text, collapses spaces on a line and keeps paragraphs in a long text', () => {
    const v = coerceInputs([input('a', 'text'), input('b', 'long')], { a: '  رقم   ١٢ ', b: ' سطر أول \r\n\r\n\r\n سطر ثانٍ ' });
    expect(v).toEqual({ a: 'رقم ١٢', b: 'سطر أول\n\nسطر ثانٍ' });
  });

  it('drops control characters', () => {
    expect(coerceInputs([input('a', 'text')], { a: 'اسم\u0000\u0007 آخر' }).a).toBe('اسم آخر');
  });

  it('refuses a missing or blank required value, naming the field, and lets an optional one be blank', () => {
    expect(refusal([input('السبب', 'long')], { السبب: '   ' })).toEqual({ message: 'البيانات غير مكتملة: السبب.', code: 'INVALID_INPUT' });
    expect(refusal([input('السبب', 'text')], {}).message).toBe('البيانات غير مكتملة: السبب.');
    expect(coerceInputs([input('notes', 'long', { optional: true })], {})).toEqual({ notes: '' });
  });

  it('refuses text longer than its kind allows', () => {
    expect(refusal([input('رقم السند', 'text')], { 'رقم السند': 'x'.repeat(MAX_LENGTH.text! + 1) }).message).toBe(`«رقم السند» أطول من ${MAX_LENGTH.text} حرف.`);
    expect(coerceInputs([input('b', 'long')], { b: 'x'.repeat(MAX_LENGTH.long!) }).b).toHaveLength(MAX_LENGTH.long!);
  });

  it('reads numbers with Latin or Arabic-Indic digits and refuses anything else', () => {
    expect(coerceInputs([input('n', 'number')], { n: '١٥٠٠' })).toEqual({ n: 1500 });
    expect(coerceInputs([input('n', 'number')], { n: 99.5 })).toEqual({ n: 99.5 });
    for (const bad of ['ألف', '-5', '1e3', '0x10', '2e10', 'Infinity', '12abc']) {
      expect(refusal([input('المبلغ', 'number')], { المبلغ: bad }).message).toBe('اكتب رقمًا صحيحًا في «المبلغ».');
    }
  });

  it('takes dates as year-month-day only', () => {
    expect(coerceInputs([input('d', 'date')], { d: '٢٠٢٦-١٢-٠٦' })).toEqual({ d: '2026-12-06' });
    expect(refusal([input('التاريخ', 'date')], { التاريخ: '2026-02-30' }).message).toBe('التاريخ في الحقل «التاريخ» غير صالح.');
    expect(refusal([input('التاريخ', 'date')], { التاريخ: '06/12/2026' }).code).toBe('INVALID_INPUT');
  });

  it('takes yes/no as true or false only', () => {
    expect(coerceInputs([input('y', 'yesno')], { y: 'false' })).toEqual({ y: false });
    expect(coerceInputs([input('y', 'yesno')], { y: true })).toEqual({ y: true });
    expect(refusal([input('تمت التسوية', 'yesno')], { 'تمت التسوية': 'ربما' }).message).toBe('اختر قيمة من القائمة في «تمت التسوية».');
  });

  it('takes a choice only from its options, and a check list only of its options, once each', () => {
    const options = [{ value: 'court', label: 'حكم قضائي' }, { value: 'dispute_authority', label: 'حكم نهائي' }];
    expect(coerceInputs([input('k', 'choice', { options })], { k: ' court ' })).toEqual({ k: 'court' });
    expect(refusal([input('الحكم', 'choice', { options })], { الحكم: 'sharia' }).message).toContain('«الحكم»');
    const people = [{ value: 'R-1', label: 'R-1 — سلمان' }, { value: 'R-2', label: 'R-2 — ريم' }];
    expect(coerceInputs([input('p', 'checks', { options: people })], { p: ['R-2', 'R-2', 'R-1'] })).toEqual({ p: ['R-2', 'R-1'] });
    expect(coerceInputs([input('p', 'checks', { options: people })], { p: 'R-1' })).toEqual({ p: ['R-1'] });
    expect(coerceInputs([input('p', 'checks', { options: people })], {})).toEqual({ p: [] });
    expect(refusal([input('الحاضرون', 'checks', { options: people })], { الحاضرون: ['R-1', 'R-9'] }).code).toBe('INVALID_INPUT');
  });

  it('treats objects, arrays and functions where text is expected as missing, and ignores inherited names', () => {
    expect(refusal([input('a', 'text')], { a: { toString: () => 'x' } }).message).toContain('البيانات غير مكتملة');
    expect(refusal([input('a', 'text')], { a: ['x'] }).message).toContain('البيانات غير مكتملة');
    expect(refusal([input('constructor', 'text')], {}).message).toContain('البيانات غير مكتملة');
    expect(refusal([input('a', 'text')], null).message).toContain('البيانات غير مكتملة');
    expect(coerceInputs([input('a', 'text')], { a: 'x', extra: 'ignored' })).toEqual({ a: 'x' });
  });
});

describe('the action table', () => {
  it('labels every action and input from the catalog', () => {
    const keys = ACTIONS.flatMap((a) => [a.label, ...a.inputs.map((i) => i.label)]);
    expect(keys.filter((k) => !isLabelKey(k) || t(k) === '')).toEqual([]);
  });

  it('gives every input a known kind and names every action in the role table (src/app/access.ts)', () => {
    for (const a of ACTIONS) {
      expect(Object.keys(WORKFLOW_STEP_ROLES)).toContain(a.id);
      for (const i of a.inputs) expect(['text', 'long', 'number', 'date', 'yesno', 'choice', 'checks']).toContain(i.kind);
    }
    expect(new Set(ACTIONS.map((a) => a.id)).size).toBe(ACTIONS.length);
  });
});

describe('typed actions (no string mini-language)', () => {
  it('keeps each action\'s inputs in the order the dialog shows them, with their kinds and labels', () => {
    const minutes = ACTIONS.find((a) => a.id === 'RecordMinutes');
    expect(minutes?.inputs.map((i) => [i.name, i.kind, i.label])).toEqual([
      ['minutesRef', 'text', 'col.claims.minutes_ref'], ['date', 'date', 'mail.fact.date'], ['harm', 'long', 'policy.compensation.minutes.harm'],
      ['size', 'text', 'policy.compensation.minutes.size'], ['causes', 'long', 'policy.compensation.minutes.causes'],
    ]);
    expect(ACTIONS.find((a) => a.id === 'RecordInterview')?.inputs.map((i) => [i.name, i.optional])).toEqual([['accepted', false], ['interview_notes', true]]);
    expect(ACTIONS.find((a) => a.id === 'StartInvestigation')?.label).toBe('policy.complaint.command.StartInvestigation');
  });

  it('gives each staff call its values with their types (checked by tsc in npm test)', () => {
    const settlement: RowActionValues<'RecordSettlement'> = { settlement: 'صلح', amount: 500, date: '2025-01-05', evidence: 'م-1' };
    // @ts-expect-error an amount is a number, not text
    const wrongAmount: RowActionValues<'RecordSettlement'> = { settlement: 'صلح', amount: '500', date: '2025-01-05', evidence: 'م-1' };
    // @ts-expect-error attendance takes the list of registrations present
    const wrongPresent: RowActionValues<'RecordAttendance'> = { date: '2025-01-05', present: 'R-1' };
    expect([settlement.amount, wrongAmount.amount, wrongPresent.present]).toEqual([500, '500', 'R-1']);
  });
});
