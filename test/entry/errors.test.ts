// People read Arabic: one describeError words every coded error through the catalog, Google's own refusals by
// their kind, and anything else as the generic apology; the log keeps a technical line with no personal data.
import { describeError, errorCode, inPeoplesWords, report, technicalDetail } from '../../src/entry/errors';
import { CodedError, failure, label, wording } from '../../src/domain/codedError';
import { caseError } from '../../src/domain/case';
import { t } from '../../src/i18n';

describe('describeError', () => {
  it('given a coded error, then its catalog sentence in Arabic, or in English when asked', () => {
    const err = failure('CASE_NOT_FOUND', 'register.error.caseNotFound', { caseNo: '1448-00009' });
    expect(describeError(err)).toBe(t('register.error.caseNotFound', { caseNo: '1448-00009' }));
    expect(describeError(err, 'en')).toBe(t('register.error.caseNotFound', { caseNo: '1448-00009' }, 'en'));
    expect(errorCode(err)).toBe('CASE_NOT_FOUND');
  });

  it("given a coded error, then its message is the engineer's (code and key), never the person's sentence", () => {
    const err = failure('CASE_NOT_FOUND', 'register.error.caseNotFound', { caseNo: '1448-00009' });
    expect(err.message).toBe('CASE_NOT_FOUND (register.error.caseNotFound)');
    expect(err.message).not.toMatch(/[\u0600-\u06FF]/);
  });

  it("given a label parameter, then it is worded in the reader's language", () => {
    const err = new CodedError('MISSING_COLUMN', wording('register.error.missingColumn', { column: 'X', tab: label('tab.cases') }));
    expect(describeError(err)).toBe(t('register.error.missingColumn', { column: 'X', tab: t('tab.cases') }));
    expect(describeError(err, 'en')).toBe(t('register.error.missingColumn', { column: 'X', tab: t('tab.cases', {}, 'en') }, 'en'));
  });

  it('given a domain refusal, then the same function words it (no per-area describer)', () => {
    const err = caseError({ code: 'ILLEGAL_TRANSITION', from: 'closed', command: 'StartStudy' });
    expect(describeError(err)).toBe('لا يمكن الانتقال من «مغلق» إلى «قيد الدراسة»');
    expect(describeError(err, 'en')).toBe('Cannot go from «Closed» to «Under study»');
  });

  it.each([
    ['Your input contains more than the maximum of 50000 characters in a single cell.', 'CELL_TOO_LONG', 'register.error.cellTooLong'],
    ['Lock timeout: another process was holding the lock for too long.', 'BUSY', 'register.error.busy'],
    ['Service invoked too many times for one day: email.', 'QUOTA', 'register.error.quota'],
    ['Service invoked too many times in a short time: spreadsheets. Try Utilities.sleep(1000) between calls.', 'QUOTA', 'register.error.quota'],
    ['You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets', 'PERMISSION', 'register.error.permission'],
    ['Exceeded maximum execution time', 'TIMEOUT', 'register.error.timeout'],
  ] as const)("given Google's «%s», then %s and its Arabic sentence", (message, code, key) => {
    const err = new Error(message);
    expect(describeError(err)).toBe(t(key));
    expect(errorCode(err)).toBe(code);
  });

  it('given an unexpected error, then an Arabic apology with its code and no engineer text', () => {
    const message = describeError(new TypeError('x is undefined'));
    expect(message).toBe(t('register.error.unexpected', { code: 'UNEXPECTED' }));
    expect(message).not.toContain('undefined');
  });

  it('given an Arabic text in a plain Error, then it is not shown as if it were a message (no "is it Arabic" test)', () => {
    expect(describeError(new Error('لم يُعثر على الحالة'))).toBe(t('register.error.unexpected', { code: 'UNEXPECTED' }));
  });
});

describe('inPeoplesWords', () => {
  beforeAll(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
  afterAll(() => jest.restoreAllMocks());

  it("gives the page the person's sentence, and an outer entry the same code and words", () => {
    const inner = () => inPeoplesWords(() => { throw failure('BUSY', 'register.error.busy'); });
    let told: unknown;
    try { inPeoplesWords(inner); } catch (err) { told = err; }
    expect((told as Error).message).toBe(t('register.error.busy'));
    expect(errorCode(told)).toBe('BUSY');
    expect(describeError(told)).toBe(t('register.error.busy'));
  });
});

describe('report and the technical line', () => {
  const logged: string[] = [];
  beforeAll(() => {
    jest.spyOn(console, 'error').mockImplementation((line: string) => void logged.push(line));
    (globalThis as Record<string, unknown>).SpreadsheetApp = { getUi: () => { throw new Error('no UI in a trigger'); } };
  });
  afterAll(() => {
    jest.restoreAllMocks();
    delete (globalThis as Record<string, unknown>).SpreadsheetApp;
  });

  it('logs an unexpected error by its kind and stack frames, never its message (it may hold what someone typed)', () => {
    const unexpected = new TypeError('no row for 1012345678 ahmad@example.com');
    expect(report(unexpected)).toBe(t('register.error.unexpected', { code: 'UNEXPECTED' }));
    expect(logged[0]).toMatch(/^UNEXPECTED: TypeError\n\s+at /);
    expect(logged[0]).toContain('errors.test.ts');
    expect(logged[0]).not.toContain('1012345678');
    expect(logged[0]).not.toContain('ahmad@example.com');
  });

  it("logs a coded error by its code and key, never its parameters", () => {
    report(failure('NOT_FOUND', 'optout.notFound', { beneficiaryId: '1012345678' }));
    expect(logged[1]).toBe('NOT_FOUND: NOT_FOUND (optout.notFound)');
    expect(technicalDetail(failure('NOT_FOUND', 'optout.notFound', { beneficiaryId: '1012345678' }))).not.toContain('1012345678');
  });
});
