// A submit trigger that fails remembers its response, so the catch-up replays it whatever it left half done.
import { rememberFailedResponse } from '../app/intake/catchUp';
import { ScriptPropertiesStore } from '../adapters/script/properties';

export function noteFailedSubmission(formKey: string, e: GoogleAppsScript.Events.FormsOnFormSubmit): void {
  try {
    rememberFailedResponse(new ScriptPropertiesStore(), formKey, e.response.getId());
  } catch {
    // Properties unreachable too: the catch-up still finds every response no record holds.
  }
}
