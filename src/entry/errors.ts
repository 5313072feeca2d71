// The one place errors become words for people: coded errors through the catalog, Google's own by their kind.
import { CodedError, codeOf, failure, sentence, wording, wordsOf } from '../domain/codedError';
import type { Lang } from '../i18n';

// Errors already put into words for a page (inPeoplesWords): each keeps the error it tells as its cause.
const told = new WeakSet<Error>();

/** The error a page's sentence was made from, or the error itself. */
export function rootOf(err: unknown): unknown {
  return err instanceof Error && told.has(err) ? err.cause : err;
}

/** The code of an error: a coded error's own, Google's kind of refusal, or UNEXPECTED. */
export function errorCode(error: unknown): string {
  const err = rootOf(error);
  return codeOf(err) ?? googleError(err)?.code ?? 'UNEXPECTED';
}

// Google's own refusals, by the text Apps Script gives each (docs/errors.md): they carry no code.
const GOOGLE: ReadonlyArray<readonly [RegExp, () => CodedError]> = [
  // A text longer than a Sheets cell holds, from a write of something typed.
  [/maximum of 50000 characters in a single cell/, () => failure('CELL_TOO_LONG', 'register.error.cellTooLong')],
  [/^Lock timeout/, () => failure('BUSY', 'register.error.busy')],
  [/Service invoked too many times|Too many simultaneous invocations|Limit Exceeded|quota/i, () => failure('QUOTA', 'register.error.quota')],
  [/You do not have permission|Authorization is required|Access denied|PERMISSION_DENIED/i, () => failure('PERMISSION', 'register.error.permission')],
  [/Exceeded maximum execution time|timed out|^Timeout/i, () => failure('TIMEOUT', 'register.error.timeout')],
];

function googleError(err: unknown): CodedError | null {
  if (!(err instanceof Error) || err instanceof CodedError) return null;
  return GOOGLE.find(([pattern]) => pattern.test(err.message))?.[1]() ?? null;
}

/**
 * What the person is told, in `lang` (Arabic by default): a coded error's sentence from the catalog, Google's
 * refusals (quota, permission, timeout, a cell too long, a held lock) by their kind, anything else the generic
 * apology with its code. Never an engineer's text.
 */
export function describeError(error: unknown, lang: Lang = 'ar'): string {
  const err = rootOf(error);
  return wordsOf(err, lang) ?? wordsOf(googleError(err), lang) ?? sentence(wording('register.error.unexpected', { code: errorCode(err) }), lang);
}

/**
 * The technical line the log keeps: the code, and for an error with no code its kind and stack frames (where it
 * happened). Never its message nor a coded error's parameters: either may hold what a beneficiary typed.
 */
export function technicalDetail(error: unknown): string {
  const err = rootOf(error);
  const code = errorCode(err);
  if (!(err instanceof Error)) return `${code}: ${typeof err}`;
  if (err instanceof CodedError) return `${code}: ${err.message}`;
  const frames = (err.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).join('\n');
  // Google's own refusals name no person: their text says which limit or permission (names are minified: docs/bundle-size.md).
  const what = googleError(err) ? err.message : err.name;
  return `${code}: ${what}${frames ? `\n${frames}` : ''}`;
}

/**
 * Runs a call a page makes (google.script.run passes on only an error's message): whatever fails reaches it as the
 * person's sentence; the error told stays its cause, so an outer entry reads the same code and words.
 */
export function inPeoplesWords<T>(work: () => T, lang: Lang = 'ar'): T {
  try {
    return work();
  } catch (err) {
    throw toPeople(err, lang);
  }
}

/** `entry` with whatever it throws put into the person's words (inPeoplesWords), for the bundle's globals. */
export function spoken<A extends unknown[], R>(entry: (...args: A) => R): (...args: A) => R {
  return (...args) => inPeoplesWords(() => entry(...args));
}

/** The error a page is given for `err`: its message the person's sentence (the technical detail logged). */
export function toPeople(err: unknown, lang: Lang = 'ar'): Error {
  if (err instanceof Error && told.has(err)) return err;
  console.error(technicalDetail(err));
  const toldError = new Error(describeError(err, lang), { cause: err });
  told.add(toldError);
  return toldError;
}

/** Shows the message to the person at the keyboard when there is one (menu, dialog); triggers log it. */
export function report(err: unknown): string {
  const message = describeError(err);
  console.error(technicalDetail(err));
  try {
    SpreadsheetApp.getUi().alert(message);
  } catch {
    // No UI in a trigger execution: the log and the audit tab carry it.
  }
  return message;
}
