// Satisfaction (SAT, G5, G6): the survey form's submit trigger, the daily survey sender, staff logs of
// field activities, and the figures the weekly manager summary reads.
import { noteFailedSubmission } from './submitFailures';
import { services, type Services } from './context';
import { inPeoplesWords, report } from './errors';
import { loadConfig } from '../app/config';
import { AuditTrail } from '../app/audit';
import { publishedForms } from '../app/setup';
import type { SatisfactionDeps } from '../app/satisfaction/satisfactionDeps';
import { sendSatisfactionSurveys as sendSurveys, type SurveyRun } from '../app/satisfaction/sendSurveys';
import { storeSatisfactionResponse } from '../app/satisfaction/surveyResponses';
import { logFieldActivity as logActivity, type FieldActivityInput } from '../app/satisfaction/fieldActivities';
import { satisfactionScores as scores, type SatisfactionFigures } from '../app/satisfaction/satisfactionScores';
import type { IsoDate } from '../domain/time';
import { readAnswers } from '../adapters/forms/responseReader';
import { TRIGGER_WAIT_MS } from '../adapters/script/lock';

function satisfactionDeps(s: Services): SatisfactionDeps {
  const config = loadConfig(s);
  return {
    register: s.register, clock: s.clock, config, form: publishedForms(s.store).satisfaction,
    audit: new AuditTrail(s.register, s.clock), outbox: s.outbox(config.senderName, config), store: s.store,
  };
}

/** Installable form-submit trigger of the satisfaction form. */
export function onSatisfactionSubmit(e: GoogleAppsScript.Events.FormsOnFormSubmit): void {
  const s = services(TRIGGER_WAIT_MS);
  try {
    s.locker.withLock(() => {
      const deps = satisfactionDeps(s);
      if (!deps.form) return;
      storeSatisfactionResponse(deps, {
        responseId: e.response.getId(),
        answers: readAnswers(e.response, deps.form),
        submittedAt: new Date(e.response.getTimestamp().getTime()),
      });
    });
  } catch (err) {
    report(err);
    noteFailedSubmission('satisfaction', e, err);
    throw err;
  }
}

/** Daily trigger: after-service and periodic surveys (never on a Friday or Saturday). */
export function sendSatisfactionSurveys(): SurveyRun | undefined {
  const s = services(TRIGGER_WAIT_MS);
  try {
    return s.locker.withLock(() => sendSurveys(satisfactionDeps(s)));
  } catch (err) {
    report(err);
    throw err;
  }
}

/** Staff log a field survey, supervisory visit or interview (SAT-2…4). */
export function logFieldActivity(input: FieldActivityInput): { kind: string; date: string } {
  const s = services();
  const actor = s.identity.currentUserEmail();
  return inPeoplesWords(() => s.locker.withLock(() => {
    const config = loadConfig(s);
    return logActivity({ register: s.register, clock: s.clock, audit: new AuditTrail(s.register, s.clock), profile: config.profile, staff: config.staff }, input, actor);
  }));
}

/** Averages of the responses received between two days (yyyy-mm-dd, both included), for the manager summary. */
export function satisfactionScores(fromIso: string, toIso: string): SatisfactionFigures | null {
  const s = services();
  return scores(s.register, fromIso as IsoDate, toIso as IsoDate);
}
