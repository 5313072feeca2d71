// People read Arabic: engineers' error texts never reach them; coded errors map to the register's messages.
import { report, userMessage } from '../../src/entry/errors';
import { t } from '../../src/i18n';

const coded = (message: string, code: string) => new Error(message, { cause: { code } });

describe('userMessage', () => {
  it.each([
    ['BUSY', 'register.error.busy'],
    ['NOT_SET_UP', 'register.error.notSetUp'],
    ['CORRUPT_ROW', 'register.error.corruptRow'],
    ['BLANK', 'newCase.blank'],
  ] as const)('given the code %s, then the Arabic message %s', (code, key) => {
    expect(userMessage(coded('english detail', code))).toBe(t(key));
  });

  it('given an error already worded in Arabic, then it is shown as it is', () => {
    expect(userMessage(coded('لم يُعثر على الحالة رقم 1448-00009.', 'CASE_NOT_FOUND'))).toBe('لم يُعثر على الحالة رقم 1448-00009.');
  });

  it("given Sheets' refusal of a text longer than a cell, then the Arabic sentence saying nothing was saved and what to do", () => {
    expect(userMessage(new Error('Your input contains more than the maximum of 50000 characters in a single cell.'))).toBe(t('register.error.cellTooLong'));
  });

  it('given an unexpected error, then an Arabic apology with its code and no engineer text', () => {
    const message = userMessage(new TypeError('x is undefined'));
    expect(message).toBe(t('register.error.unexpected', { code: 'UNEXPECTED' }));
    expect(message).not.toContain('undefined');
  });
});

describe('report', () => {
  const logged: string[] = [];
  beforeAll(() => {
    jest.spyOn(console, 'error').mockImplementation((line: string) => void logged.push(line));
    (globalThis as Record<string, unknown>).SpreadsheetApp = { getUi: () => { throw new Error('no UI in a trigger'); } };
  });
  afterAll(() => {
    jest.restoreAllMocks();
    delete (globalThis as Record<string, unknown>).SpreadsheetApp;
  });

  it('logs an unexpected error with its stack, and a coded one with its message only', () => {
    const unexpected = new TypeError('x is undefined');
    report(unexpected);
    report(coded('register is busy', 'BUSY'));
    expect(logged[0]).toBe(`UNEXPECTED: ${unexpected.stack}`);
    expect(logged[0]).toContain('errors.test.ts');
    expect(logged[1]).toBe('BUSY: register is busy');
  });
});
