// Intake entry points: the service request form's submit trigger, and staff registering a case that
// came through another channel (dialog).
import { noteFailedSubmission } from './submitFailures';
import { services, type Services } from './context';
import { showDialog } from './dialog';
import { inPeoplesWords, report, toPeople } from './errors';
import { failure } from '../domain/codedError';
import { loadConfig } from '../app/config';
import { AuditTrail } from '../app/audit';
import { publishedForms } from '../app/setup';
import { submitRequest, type IntakeOutcome } from '../app/intake/submitRequest';
import type { RequestAnswers } from '../domain/intake/evaluate';
import { channelLabel, intakeChannels, replyChannels } from '../domain/intake/channels';
import { readAnswers } from '../adapters/forms/responseReader';
import { TRIGGER_WAIT_MS } from '../adapters/script/lock';
import { statusLabel } from '../app/register/caseRecord';
import { t } from '../i18n';
import { attestationWords } from '../app/notify/policyWords';
import { staffMemberOf } from '../app/access';
import { dialogFields, type CaseDialogInput } from './dialogSpecs';

function intakeDeps(s: Services) {
  const config = loadConfig(s);
  const audit = new AuditTrail(s.register, s.clock);
  const outbox = s.outbox(config.senderName, config);
  const formUrl = publishedForms(s.store).service_request?.url ?? '';
  return { register: s.register, sequences: s.store, ledger: s.store, clock: s.clock, outbox, audit, config, formUrl, statusUrl: s.statusUrl(), index: s.beneficiaryIndex() };
}

/** Installable form-submit trigger of the service request form. */
export function onServiceRequestSubmit(e: GoogleAppsScript.Events.FormsOnFormSubmit): void {
  const s = services(TRIGGER_WAIT_MS);
  try {
    s.locker.withLock(() => {
      const published = publishedForms(s.store).service_request;
      submitRequest(intakeDeps(s), {
        responseId: e.response.getId(),
        channel: 'google_forms',
        answers: readAnswers(e.response, published),
        actor: 'google_forms',
        receivedAt: new Date(e.response.getTimestamp().getTime()),
      });
    });
  } catch (err) {
    // The raw response stays in the form and its response sheet: the daily catch-up replays it.
    report(err);
    noteFailedSubmission('service_request', e, err);
    throw err;
  }
}

/** Choices for the "new case from another channel" dialog. */
export function getIntakeOptions() {
  const s = services();
  const { profile } = loadConfig(s);
  const opt = (value: string, label: string) => ({ value, label });
  return {
    channels: intakeChannels(profile).map((id) => opt(id, channelLabel(profile, id))),
    replyChannels: replyChannels(profile).map((id) => opt(id, channelLabel(profile, id))),
    beneficiaryTypes: profile.beneficiaryTypes.map((b) => opt(b.id, b.labelAr)),
    services: profile.services.map((x) => opt(x.id, x.nameAr)),
    categories: profile.categories.map((c) => opt(c.id, c.nameAr)),
    domains: profile.domains.map((d) => opt(d.id, d.nameAr)),
    attestation: attestationWords(profile),
    consent: t('form.sr.consent.text'),
  };
}

/** Staff register a request that came by interview, phone, letter, fax, a representative… (same checks as the form). */
export function registerCaseFromChannel(input: RequestAnswers & Partial<CaseDialogInput>): { caseNo: string; status: string; missing: string[]; message: string } {
  const s = services();
  const outcome: IntakeOutcome = inPeoplesWords(() => s.locker.withLock(() => {
    const deps = intakeDeps(s);
    // Only people in the staff tab register cases.
    staffMemberOf(deps.config.staff, s.identity.currentUserEmail());
    return submitRequest(deps, {
      responseId: null,
      channel: String(input.channel || 'interview'),
      answers: input,
      actor: s.identity.currentUserEmail(),
      receivedAt: s.clock.now(),
    });
  }));
  if (outcome.kind !== 'created' && outcome.kind !== 'updated') throw toPeople(failure('BLANK', 'newCase.blank'));
  const status = statusLabel(outcome.status);
  return { caseNo: outcome.caseNo, status, missing: outcome.missing, message: t('newCase.ok', { caseNo: outcome.caseNo, status }) };
}

/** Menu item: opens the dialog. */
export function openNewCaseDialog(): void {
  showDialog('newCase', 'newCase.title', { fields: dialogFields('newCase') });
}
