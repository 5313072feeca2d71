// Programs and activities (PR): the registration and evaluation forms' submit triggers, the daily
// evaluation sender, and the calls staff make from the menu, dialogs and the sidebar.
import { noteFailedSubmission } from './submitFailures';
import { services, type Services } from './context';
import { inPeoplesWords, report } from './errors';
import { loadConfig } from '../app/config';
import { AuditTrail } from '../app/audit';
import { publishedForms } from '../app/setup';
import type { ProgramDeps } from '../app/programs/programDeps';
import { createProgram as create, programAnnouncement as announcement, type ProgramInput } from '../app/programs/programAdmin';
import { registerFromForm, type RegistrationOutcome } from '../app/programs/registration';
import * as steps from '../app/programs/registrantSteps';
import { programReport as report_, recordAttendance as attendance, sendProgramEvaluations as sendEvaluations, storeEvaluation } from '../app/programs/programEnd';
import { readAnswers } from '../adapters/forms/responseReader';
import { TRIGGER_WAIT_MS } from '../adapters/script/lock';

function programDeps(s: Services): ProgramDeps {
  const config = loadConfig(s);
  return {
    register: s.register, sequences: s.store, clock: s.clock, config, docs: s.docs, forms: publishedForms(s.store),
    audit: new AuditTrail(s.register, s.clock), outbox: s.outbox(config.senderName, config),
  };
}

/** Runs a staff call under the lock with the caller as the actor. */
function staffCall<T>(work: (deps: ProgramDeps, actor: string) => T): T {
  const s = services();
  const actor = s.identity.currentUserEmail();
  return inPeoplesWords(() => s.locker.withLock(() => work(programDeps(s), actor)));
}

/** Installable form-submit trigger of the program registration form. */
export function onProgramRegistrationSubmit(e: GoogleAppsScript.Events.FormsOnFormSubmit): RegistrationOutcome | undefined {
  const s = services(TRIGGER_WAIT_MS);
  try {
    return s.locker.withLock(() => {
      const deps = programDeps(s);
      return registerFromForm(deps, {
        responseId: e.response.getId(),
        answers: readAnswers(e.response, deps.forms.program_registration),
        actor: 'google_forms',
        receivedAt: new Date(e.response.getTimestamp().getTime()),
      });
    });
  } catch (err) {
    // The raw response stays in the form and its response sheet: the daily catch-up replays it.
    report(err);
    noteFailedSubmission('program_registration', e, err);
    throw err;
  }
}

/** Installable form-submit trigger of the program evaluation form. */
export function onProgramEvaluationSubmit(e: GoogleAppsScript.Events.FormsOnFormSubmit): void {
  const s = services(TRIGGER_WAIT_MS);
  try {
    s.locker.withLock(() => {
      const deps = programDeps(s);
      storeEvaluation(deps, {
        responseId: e.response.getId(),
        answers: readAnswers(e.response, deps.forms.program_evaluation),
        submittedAt: new Date(e.response.getTimestamp().getTime()),
      });
    });
  } catch (err) {
    report(err);
    noteFailedSubmission('program_evaluation', e, err);
    throw err;
  }
}

/** Daily trigger: evaluation forms for programs that ended, to those who attended, once each. */
export function sendProgramEvaluations(): void {
  const s = services(TRIGGER_WAIT_MS);
  try {
    s.locker.withLock(() => console.log(JSON.stringify(sendEvaluations(programDeps(s)))));
  } catch (err) {
    report(err);
    throw err;
  }
}

export function createProgram(input: ProgramInput) {
  return staffCall((deps, actor) => create(deps, input, actor));
}

export function programAnnouncement(programId: string): string {
  return staffCall((deps, actor) => announcement(deps, programId, actor));
}

export function recordProgramPayment(regNo: string, amount: number, receiptNo: string) {
  return staffCall((deps, actor) => steps.recordProgramPayment(deps, regNo, amount, receiptNo, actor));
}

export function inviteToInterview(regNo: string) {
  return staffCall((deps, actor) => steps.inviteToInterview(deps, regNo, actor));
}

export function recordInterview(regNo: string, accepted: boolean, notes: string) {
  return staffCall((deps, actor) => steps.recordInterview(deps, regNo, accepted, notes, actor));
}

export function callToCompleteRegistration(regNo: string) {
  return staffCall((deps, actor) => steps.callToCompleteRegistration(deps, regNo, actor));
}

export function enrollRegistrant(regNo: string) {
  return staffCall((deps, actor) => steps.enrollRegistrant(deps, regNo, actor));
}

export function recordAttendance(programId: string, date: string, presentRegNos: string[]) {
  return staffCall((deps, actor) => attendance(deps, programId, date, presentRegNos, actor));
}

export function programReport(programId: string) {
  return staffCall((deps, actor) => report_(deps, programId, actor));
}
