// The intake catch-up as the scheduled jobs and setup run it: every enabled form's responses since the
// last run, each one the register does not hold replayed through the same submit trigger function.
import type { Services } from './context';
import { loadConfig } from '../app/config';
import { publishedForms } from '../app/setup';
import { TRIGGERS } from '../ports/triggers';
import { catchUpResponses, type CatchUpForm, type CatchUpReport } from '../app/intake/catchUp';
import { formResponsesSince } from '../adapters/forms/responseSource';
import { onServiceRequestSubmit } from './intake';
import { onComplaintSubmit, onDataUpdateSubmit } from './complaints';
import { onProgramEvaluationSubmit, onProgramRegistrationSubmit } from './programs';
import { onSatisfactionSubmit } from './satisfaction';

type FormResponse = GoogleAppsScript.Forms.FormResponse;
type SubmitHandler = (e: GoogleAppsScript.Events.FormsOnFormSubmit) => unknown;

const SUBMIT_HANDLERS: Record<string, SubmitHandler> = {
  onServiceRequestSubmit, onComplaintSubmit, onDataUpdateSubmit, onProgramRegistrationSubmit, onProgramEvaluationSubmit, onSatisfactionSubmit,
};

/** Runs outside the script lock: each replay takes it through its handler, as the trigger would. */
export function catchUpFormResponses(s: Services): CatchUpReport {
  const { profile } = loadConfig(s);
  const published = publishedForms(s.store);
  const forms: Array<CatchUpForm<FormResponse>> = [];
  for (const spec of TRIGGERS) {
    if (spec.kind !== 'formSubmit' || (spec.enabled && !spec.enabled(profile))) continue;
    const form = published[spec.formKey];
    const handler = SUBMIT_HANDLERS[spec.handler];
    if (!form || !handler) continue;
    forms.push({
      formKey: spec.formKey,
      tab: spec.tab,
      responses: (sinceMs) => formResponsesSince(form.formId, sinceMs),
      // The event as Google sends a form-bound submit trigger: the handlers read only `response`.
      replay: (r) => handler({ response: r.handle } as GoogleAppsScript.Events.FormsOnFormSubmit),
    });
  }
  const caught = catchUpResponses({ register: s.register, store: s.store, clock: s.clock }, forms);
  console.log(JSON.stringify({ catchUp: caught }));
  return caught;
}
