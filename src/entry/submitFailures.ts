// A submit trigger that fails remembers its response, so the catch-up replays it whatever it left half done.
import { rememberFailedResponse } from '../app/intake/catchUp';
import { ScriptPropertiesStore } from '../adapters/script/properties';
import { noteFailedRun } from './failedRuns';

export function noteFailedSubmission(formKey: string, e: GoogleAppsScript.Events.FormsOnFormSubmit, err: unknown): void {
  noteFailedRun('formSubmit', err);
  try {
    rememberFailedResponse(new ScriptPropertiesStore(), formKey, e.response.getId());
  } catch {
    // Properties unreachable too: the catch-up still finds every response no record holds.
  }
}
