// Turns errors into Arabic messages for people; only entry code does this.
import { t, type MessageKey } from '../i18n';

export function errorCode(err: unknown): string {
  const cause = err instanceof Error ? (err.cause as { code?: string } | undefined) : undefined;
  return cause?.code ?? 'UNEXPECTED';
}

/** The Arabic message for an error: coded errors already carry one; lock timeouts say "busy". */
export function userMessage(err: unknown): string {
  const code = errorCode(err);
  // Codes whose error text is for engineers: people get the register's own Arabic message.
  const known: Partial<Record<string, MessageKey>> = {
    BUSY: 'register.error.busy',
    NOT_SET_UP: 'register.error.notSetUp',
    CORRUPT_ROW: 'register.error.corruptRow',
    BLANK: 'newCase.blank',
  };
  const knownKey = known[code];
  if (knownKey) return t(knownKey);
  // Google's own refusal of a text longer than a Sheets cell holds, from a write of something typed.
  if (err instanceof Error && /maximum of 50000 characters in a single cell/.test(err.message)) return t('register.error.cellTooLong');
  if (code !== 'UNEXPECTED' && err instanceof Error && /[\u0600-\u06FF]/.test(err.message)) return err.message;
  const key = `case.error.${code}` as MessageKey;
  const text = t(key);
  return text !== key ? text : t('register.error.unexpected', { code });
}

/** Runs a call a dialog makes; whatever fails reaches the page as the person's Arabic sentence, code kept. */
export function inPeoplesWords<T>(work: () => T): T {
  try {
    return work();
  } catch (err) {
    throw new Error(userMessage(err), { cause: err instanceof Error ? err.cause : undefined });
  }
}

/** Shows the message to the person at the keyboard when there is one (menu, dialog); triggers log it. */
export function report(err: unknown): string {
  const message = userMessage(err);
  const code = errorCode(err);
  // An unexpected error keeps its stack for the engineer (names are minified: see docs/bundle-size.md).
  const detail = err instanceof Error ? (code === 'UNEXPECTED' && err.stack) || err.message : String(err);
  console.error(`${code}: ${detail}`);
  try {
    SpreadsheetApp.getUi().alert(message);
  } catch {
    // No UI in a trigger execution: the log and the audit tab carry it.
  }
  return message;
}
