// The inputs a selected-record action asks for, and the values the page sends (untrusted) coerced, trimmed and checked.
import { cleanText, toLatinDigits } from '../../domain/text';
import { isIsoDate } from '../../domain/time';
import { failure } from '../../domain/codedError';

export type InputKind = 'text' | 'long' | 'number' | 'date' | 'yesno' | 'choice' | 'checks';

/** An input as the dialog shows it: its Arabic label, and for a choice or check list the values allowed. */
export interface InputView {
  name: string;
  kind: InputKind;
  label: string;
  optional: boolean;
  options?: Array<{ value: string; label: string }>;
  value?: string;
}

export type Values = Record<string, string | number | boolean | string[]>;

/** The longest text kept: a line, or a paragraph such as a resolution or the causes in minutes. */
export const MAX_LENGTH: Partial<Record<InputKind, number>> = { text: 200, long: 3000 };

const scalar = (v: unknown): string => (['string', 'number', 'boolean'].includes(typeof v) ? String(v) : '');

/** Each input's value from what the page sent; a refusal names the field in Arabic (code INVALID_INPUT). */
export function coerceInputs(inputs: readonly InputView[], raw: unknown): Values {
  const given = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const out: Values = {};
  for (const { name, kind, label: field, optional, options } of inputs) {
    const v = Object.prototype.hasOwnProperty.call(given, name) ? given[name] : '';
    const allowed = (x: string) => (options ?? []).some((o) => o.value === x);
    /** A refusal naming the field (its label, as the dialog shows it). */
    type FieldKey = 'sidebar.error.INVALID_CHOICE' | 'cm.error.INVALID_INPUT' | 'ra.error.number' | 'policy.compensation.error.INVALID_DATE';
    const refuse = (key: FieldKey = 'sidebar.error.INVALID_CHOICE'): never => {
      throw failure('INVALID_INPUT', key, { field });
    };
    const tooLong = (limit: number): never => {
      throw failure('INVALID_INPUT', 'ra.error.tooLong', { field, max: limit });
    };
    if (kind === 'checks') {
      const list = (Array.isArray(v) ? v : [v]).map((x) => scalar(x).trim()).filter(Boolean);
      if (!list.every(allowed)) refuse();
      out[name] = [...new Set(list)];
      continue;
    }
    // Control characters never reach the register; a long text keeps its line breaks.
    const text = cleanText(scalar(v).replace(/[\u0000-\u0009\u000B-\u001F\u007F]/g, ' '), { multiline: kind === 'long' });
    const latin = toLatinDigits(text);
    const max = MAX_LENGTH[kind];
    if (!text && !optional) refuse('cm.error.INVALID_INPUT');
    if (max && text.length > max) tooLong(max);
    if (kind === 'number' && (!/^\d+(\.\d+)?$/.test(latin) || +latin > 1e9)) refuse('ra.error.number');
    if (kind === 'date' && !isIsoDate(latin)) refuse('policy.compensation.error.INVALID_DATE');
    if (kind === 'yesno' && text !== 'true' && text !== 'false') refuse();
    if (kind === 'choice' && !allowed(text)) refuse();
    out[name] = kind === 'number' ? +latin : kind === 'yesno' ? text === 'true' : kind === 'date' ? latin : text;
  }
  return out;
}
