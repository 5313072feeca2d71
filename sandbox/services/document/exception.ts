// Apps Script's own exception shape, shared by the Docs, Drive and Mail fakes.

/** Apps Script throws errors whose name is 'Exception' (so String(e) reads "Exception: …") and
 *  whose message is the exact wording scripts and people match on; the code is for our own callers. */
export function appsScriptException(message: string, code: string): Error {
  const error = new Error(message, { cause: { code } });
  error.name = 'Exception';
  return error;
}
