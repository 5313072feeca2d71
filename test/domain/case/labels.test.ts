// Every status, command and refusal has its own Arabic and English wording for staff to read.
import { fill, t, type MessageKey } from '../../../src/i18n';
import { CASE_ERROR_CODES, CASE_STATUSES, COMMAND_TYPES } from '../../../src/domain/case';

const keys: MessageKey[] = [
  ...CASE_STATUSES.map((s) => `case.status.${s}` as const),
  ...COMMAND_TYPES.map((c) => `case.command.${c}` as const),
  ...CASE_ERROR_CODES.map((code) => `case.error.${code}` as const),
];
const ARABIC_LETTER = /[\u0621-\u064A]/;

describe('case labels', () => {
  it.each(keys)('given %s, then the Arabic is Arabic and the English differs from it', (key) => {
    // The raw messages, placeholders kept: some keys here have them.
    const ar = fill(key, {}, 'ar');
    const en = fill(key, {}, 'en');
    expect(ar).not.toBe(key);
    expect(ar).toMatch(ARABIC_LETTER);
    expect(en).not.toMatch(ARABIC_LETTER);
    expect(en).not.toBe(ar);
  });

  it('given the status column, then no two statuses share a label', () => {
    const labels = CASE_STATUSES.map((s) => t(`case.status.${s}`));
    expect(new Set(labels).size).toBe(labels.length);
    expect(t('case.status.incomplete')).toBe('ناقص');
    expect(t('case.status.under_study')).toBe('قيد الدراسة');
  });
});
