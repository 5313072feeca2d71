// A form's responses since an instant, each with its id and timestamp, for the intake catch-up.
import type { SubmittedResponse } from '../../ports';

type FormResponse = GoogleAppsScript.Forms.FormResponse;

export function formResponsesSince(formId: string, sinceMs: number | null): Array<SubmittedResponse<FormResponse>> {
  const form = FormApp.openById(formId);
  const responses = sinceMs === null ? form.getResponses() : form.getResponses(new Date(sinceMs));
  return responses.map((response) => ({ id: response.getId(), atMs: response.getTimestamp().getTime(), handle: response }));
}
