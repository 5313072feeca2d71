// What simple triggers (onOpen, onEdit: authMode LIMITED) may not call, with the real refusal:
// code that works from a menu can fail there, and the sandbox must not hide that.

const SCOPES: Array<[RegExp, string]> = [
  [/^MailApp\./, 'https://www.googleapis.com/auth/script.send_mail'],
  [/^(DriveApp|File|Folder)\./, 'https://www.googleapis.com/auth/drive'],
  [/^DocumentApp\./, 'https://www.googleapis.com/auth/documents'],
  [/^FormApp\./, 'https://www.googleapis.com/auth/forms'],
  [/^UrlFetchApp\./, 'https://www.googleapis.com/auth/script.external_request'],
  [/^(ScriptApp\.(newTrigger|getProjectTriggers|getUserTriggers|deleteTrigger)|TriggerBuilder\.create)$/, 'https://www.googleapis.com/auth/script.scriptapp'],
  // A simple trigger may touch only the file it is bound to.
  [/^SpreadsheetApp\.(openById|openByUrl|create)$/, 'https://www.googleapis.com/auth/spreadsheets'],
];

/** The message Apps Script throws when `method` is called in LIMITED mode, or null if allowed. */
export function limitedModeRefusal(method: string): string | null {
  const scope = SCOPES.find(([pattern]) => pattern.test(method))?.[1];
  return scope ? `You do not have permission to call ${method}. Required permissions: ${scope}` : null;
}
