// A person submitting a form: Google records the response, writes the sheet row, then fires the
// installable submit triggers (form-bound and spreadsheet-bound), each in its own execution.
import type { ExecutionContext, ExecutionResult } from '../core/execution';
import { triggerSlot } from '../core/triggers';
import { createHandles } from '../services/spreadsheet/handles';
import { createFormHandles, passesTextValidation } from '../services/form/handles';
import {
  appendResponseRow, destinationSheet, formSlot, newResponseId, QUESTION_TYPES, type Answer, type FormModel, type ResponseModel,
} from '../services/form/model';
import { displayOf } from '../services/spreadsheet/values';
import { cellAt, lastColumnWithContent } from '../services/spreadsheet/model';
import type { Host } from './host';

export interface Submission {
  response: ResponseModel;
  executions: ExecutionResult[];
}

function fail(message: string, code: string): Error {
  return new Error(message, { cause: { code } });
}

/** Checks answers as the form page would before it lets a person submit. */
function checkAnswers(form: FormModel, answers: Record<string, unknown>): Record<string, Answer> {
  const clean: Record<string, Answer> = {};
  for (const [key, raw] of Object.entries(answers)) {
    const item = form.items.find((i) => String(i.id) === key);
    if (!item || !QUESTION_TYPES.includes(item.type)) throw fail(`Form ${form.id} has no question with item id ${key}`, 'FORM_NO_ITEM');
    if (raw === null || raw === undefined || raw === '' || (Array.isArray(raw) && raw.length === 0)) continue;
    const answer: Answer = Array.isArray(raw) ? raw.map(String) : String(raw);
    if (['MULTIPLE_CHOICE', 'LIST', 'CHECKBOX'].includes(item.type)) {
      for (const choice of Array.isArray(answer) ? answer : [answer]) {
        if (!item.choices.includes(choice)) throw fail(`"${choice}" is not a choice of "${item.title}"`, 'FORM_BAD_CHOICE');
      }
    }
    if (item.validation && typeof answer === 'string' && !passesTextValidation(item.validation, answer)) {
      throw fail(`The answer to "${item.title}" fails its validation: ${item.validation.helpText ?? item.validation.rule}`, 'FORM_INVALID_ANSWER');
    }
    clean[key] = answer;
  }
  for (const item of form.items) {
    if (item.required && clean[String(item.id)] === undefined) throw fail(`"${item.title}" is required`, 'FORM_REQUIRED');
  }
  return clean;
}

/** Runs the submit triggers for a response; `blank` gives the events blank answers, as Google's
 *  occasional duplicate firing does. */
export function fireSubmitTriggers(sandbox: Host, form: FormModel, response: ResponseModel, blank = false): ExecutionResult[] {
  const world = sandbox.world;
  const all = triggerSlot(world).triggers.filter((t) => t.eventType === 'ON_FORM_SUBMIT');
  const formBound = all.filter((t) => t.source === 'FORMS' && t.sourceId === form.id);
  const sheetBound = all.filter((t) => t.source === 'SPREADSHEETS' && t.sourceId === form.destinationId);
  const seen = blank ? { ...response, answers: {} } : response;

  const formEvent = (uid: string) => (ctx: ExecutionContext) => {
    const handles = createFormHandles(ctx);
    return { authMode: 'FULL', response: handles.response(form, seen), source: handles.form(form), triggerUid: uid };
  };
  const sheetEvent = (uid: string) => (ctx: ExecutionContext) => {
    const target = destinationSheet(world, form);
    if (!target || response.row === null) return { authMode: 'FULL', namedValues: {}, range: null, values: [], triggerUid: uid };
    const { ss, sheet } = target;
    const width = Math.max(1, lastColumnWithContent(sheet));
    const headers = Array.from({ length: width }, (_, i) => String(cellAt(sheet, 1, i + 1)?.v ?? ''));
    const values = headers.map((_, i) => (blank && i > 0 ? '' : displayOf(cellAt(sheet, response.row as number, i + 1), ss.timeZone)));
    const namedValues: Record<string, string[]> = {};
    headers.forEach((h, i) => (namedValues[h] = ctx.realmArray([values[i]])));
    const range = createHandles(ctx).range(ss, sheet, { row: response.row as number, col: 1, numRows: 1, numCols: width });
    return { authMode: 'FULL', namedValues, range, values: ctx.realmArray(values), triggerUid: uid };
  };
  // Both kinds start when the response arrives: independent executions at the same instant.
  return sandbox.concurrently([
    ...formBound.map((t) => () => sandbox.execute(t.handler, [], { user: t.owner, context: 'installable', person: response.email, eventFactory: formEvent(t.uid), cause: `trigger:${t.uid}` })),
    ...sheetBound.map((t) => () => sandbox.execute(t.handler, [], { user: t.owner, context: 'installable', person: response.email, eventFactory: sheetEvent(t.uid), cause: `trigger:${t.uid}` })),
  ]);
}

export function submitForm(sandbox: Host, formId: string, answers: Record<string, unknown>, respondent = ''): Submission {
  const form = formSlot(sandbox.world).forms[formId];
  if (!form) throw fail(`No form with id ${formId}`, 'FORM_NOT_FOUND');
  // The form page: an unpublished form does not open for responders at all; a published one that
  // stopped accepting shows Google's closed page instead of the questions.
  if (form.published !== true) throw fail(`The form ${form.id} is not published: responders cannot open it.`, 'FORM_UNPUBLISHED');
  if (!form.acceptingResponses) throw fail(`The form "${form.title}" is no longer accepting responses.`, 'FORM_CLOSED');
  const response: ResponseModel = {
    id: newResponseId(), timestampMs: sandbox.world.nowMs, email: form.collectEmail ? respondent : '',
    answers: checkAnswers(form, answers), byScript: false, row: null,
  };
  form.responses.push(response);
  appendResponseRow(sandbox.world, form, response);
  return { response, executions: fireSubmitTriggers(sandbox, form, response) };
}

/** Google has been seen to fire a submit trigger twice; `blank` repeats it with blank answers. */
export function replayLastSubmission(sandbox: Host, formId: string, blank = false): ExecutionResult[] {
  const form = formSlot(sandbox.world).forms[formId];
  const last = form?.responses.filter((r) => !r.byScript).at(-1);
  if (!form || !last) throw fail('There is no submission to replay', 'NO_SUBMISSION');
  return fireSubmitTriggers(sandbox, form, last, blank);
}

