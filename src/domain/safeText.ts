// Untrusted text that could be read as a spreadsheet formula is made inert (OWASP CSV injection).

/** Characters that make Sheets (or a CSV export opened in a spreadsheet) treat text as a formula. */
const FORMULA_TRIGGER = /^[=+\-@\t\r\n]/;

export function looksLikeFormula(text: string): boolean {
  return FORMULA_TRIGGER.test(text);
}

/** Prefixes formula-like text with an apostrophe, which Sheets stores as plain text and hides. */
export function inertText(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}
