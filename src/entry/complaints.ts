// Entry points of complaints, compensation, staff sign-off and data updates: form triggers, the daily
// reminder trigger, and the staff calls (lock, services, configuration, use case).
import { noteFailedSubmission } from './submitFailures';
import { services, type Services } from './context';
import { showDialog } from './dialog';
import { inPeoplesWords, report } from './errors';
import { loadConfig } from '../app/config';
import { AuditTrail } from '../app/audit';
import { publishedForms } from '../app/setup';
import { COMPLAINT_REPLY_CHANNELS, complaintReplyChannel, complaintStep, complaintsOverview as overview, followUpCommittee, receiveComplaint } from '../app/complaints/complaints';
import { approvingMember, claimStep, investigationCommittee, openClaim, writeInvestigationMinutes, type ClaimDeps } from '../app/complaints/claims';
import { acknowledgePolicy as acknowledge, sendSignoffReminders } from '../app/complaints/signoff';
import { applyDataUpdate } from '../app/complaints/dataUpdate';
import { refusal } from '../app/complaints/errors';
import type { RulingKind } from '../domain/compensation';
import { COMPLAINT_CHANNELS, type ComplaintSummary } from '../domain/complaint';
import { channelLabel } from '../domain/intake/channels';
import { readAnswers } from '../adapters/forms/responseReader';
import { TRIGGER_WAIT_MS } from '../adapters/script/lock';
import { t } from '../i18n';
import { requireStep } from '../app/access';
import { listLabel } from '../app/register/lists';
import { dialogFields, type ComplaintDialogInput } from './dialogSpecs';

function deps(s: Services): ClaimDeps & { store: Services['store'] } {
  const config = loadConfig(s);
  return {
    register: s.register, clock: s.clock, config, sequences: s.store, store: s.store, docs: s.docs,
    audit: new AuditTrail(s.register, s.clock),
    outbox: s.outbox(config.senderName, config),
  };
}

/** Runs a staff call under the lock with the current user as the actor. */
function asStaff<T>(work: (d: ReturnType<typeof deps>, actor: string) => T): T {
  const s = services();
  const actor = s.identity.currentUserEmail();
  return s.locker.withLock(() => work(deps(s), actor));
}

/** Runs a trigger under the lock; errors are logged and rethrown so the execution shows as failed. */
function asTrigger(work: (s: Services) => void, submitted?: { formKey: string; e: GoogleAppsScript.Events.FormsOnFormSubmit }): void {
  const s = services(TRIGGER_WAIT_MS);
  try {
    s.locker.withLock(() => work(s));
  } catch (err) {
    report(err);
    if (submitted) noteFailedSubmission(submitted.formKey, submitted.e, err);
    throw err;
  }
}

const text = (v: unknown): string => (Array.isArray(v) ? v.join(' ') : String(v ?? '')).trim();

/** Installable form-submit trigger of the complaint form (idempotent by response id). */
export function onComplaintSubmit(e: GoogleAppsScript.Events.FormsOnFormSubmit): void {
  asTrigger((s) => {
    const d = deps(s);
    const answers = readAnswers(e.response, publishedForms(s.store).complaint);
    receiveComplaint(d, {
      responseId: e.response.getId(), channel: 'form', caseNo: text(answers.case_no), complainant: text(answers.complainant),
      mobile: text(answers.mobile), email: text(answers.email), replyChannel: complaintReplyChannel(d.config.profile, text(answers.reply_channel)),
      summary: text(answers.summary), actor: 'google_forms', receivedAt: new Date(e.response.getTimestamp().getTime()),
    });
  }, { formKey: 'complaint', e });
}

/** Staff register a complaint that came by phone, text message, fax, email or the website link (CM-1). */
export function registerComplaint(input: ComplaintDialogInput): { complaintNo: string; message: string } {
  return inPeoplesWords(() => asStaff((d, actor) => {
    requireStep(d.config.staff, actor, 'RegisterComplaint');
    const outcome = receiveComplaint(d, {
      responseId: null, channel: text(input.channel) || 'mobile', caseNo: text(input.caseNo), complainant: text(input.complainant),
      mobile: text(input.mobile), email: text(input.email), replyChannel: complaintReplyChannel(d.config.profile, text(input.replyChannel)),
      summary: text(input.summary), actor, receivedAt: d.clock.now(),
    });
    return { complaintNo: outcome.complaintNo, message: t('cm.ok.created', { no: outcome.complaintNo, due: String(outcome.due) }) };
  }));
}

/** Choices for the staff complaint dialog: CM-1's channels (the form has its own) and reply channels. */
export function getComplaintOptions(): { channels: Array<{ value: string; label: string }>; replyChannels: Array<{ value: string; label: string }> } {
  return asStaff((d) => ({
    channels: COMPLAINT_CHANNELS.filter((c) => c !== 'form').map((c) => ({ value: c, label: listLabel('complaintChannel', c) })),
    replyChannels: COMPLAINT_REPLY_CHANNELS.map((id) => ({ value: id, label: channelLabel(d.config.profile, id) })),
  }));
}

/** Menu item «تسجيل شكوى»: the dialog for a complaint that came by phone, text, fax, email or the website. */
export function openComplaintDialog(): void {
  showDialog('newComplaint', 'menu.newComplaint', { fields: dialogFields('newComplaint') }, { width: 480, height: 560 });
}

type ComplaintBuild = Parameters<typeof complaintStep>[3];

function step(no: string, build: (stamp: Parameters<ComplaintBuild>[0], row: Parameters<ComplaintBuild>[1], d: ClaimDeps) => ReturnType<ComplaintBuild>) {
  return asStaff((d, actor) => {
    const r = complaintStep(d, no, actor, (stamp, row) => build(stamp, row, d));
    return { ...r, message: t('cm.ok.step', { no: r.complaintNo, status: r.status }) };
  });
}

export function assignComplaint(complaintNo: string, committee?: string) {
  return step(complaintNo, (stamp, _row, d) => ({ type: 'AssignToCommittee', data: { committee: followUpCommittee(d.config, committee), ...stamp } }));
}

export function startComplaintInvestigation(complaintNo: string) {
  return step(complaintNo, (stamp) => ({ type: 'StartInvestigation', data: stamp }));
}

export function recordComplaintResolution(complaintNo: string, settled: boolean, resolution: string) {
  return step(complaintNo, (stamp) => ({ type: 'RecordResolution', data: { settled: settled === true || String(settled) === 'true', resolution: text(resolution), ...stamp } }));
}

/** Tells the complainant the outcome on their channel (email, or a task for staff on the others). */
export function notifyComplainant(complaintNo: string) {
  return step(complaintNo, (stamp, row) => ({ type: 'NotifyComplainant', data: { channel: String(row.reply_channel || 'email'), ...stamp } }));
}

export function closeComplaint(complaintNo: string) {
  return step(complaintNo, (stamp) => ({ type: 'CloseComplaint', data: stamp }));
}

/** SAT-5: every complaint, the open ones oldest first with their age and due date. */
export function complaintsOverview(): ComplaintSummary {
  const s = services();
  return overview({ register: s.register, clock: s.clock, config: loadConfig(s) });
}

export function openCompensationClaim(input: { complaintNo?: string; caseNo?: string; description: string }) {
  return asStaff((d, actor) => {
    const r = openClaim(d, input ?? { description: '' }, actor);
    return { ...r, message: t('cm.ok.claim', { no: r.claimNo, status: r.status }) };
  });
}

type ClaimBuild = Parameters<typeof claimStep>[3];

function claimCall(claimNo: string, build: (stamp: Parameters<ClaimBuild>[0], d: ClaimDeps) => ReturnType<ClaimBuild>, after?: (d: ClaimDeps, r: ReturnType<typeof claimStep>) => void) {
  return asStaff((d, actor) => {
    const r = claimStep(d, claimNo, actor, (stamp) => build(stamp, d));
    after?.(d, r);
    const missing = String(r.row.missing ?? '');
    return {
      claimNo: r.claimNo, status: r.status, missing, minutesUrl: String(r.row.minutes_url ?? '') || null,
      message: missing ? t('cm.ok.claimMissing', { no: r.claimNo, missing }) : t('cm.ok.claim', { no: r.claimNo, status: r.status }),
    };
  });
}

export function recordFault(claimNo: string, finding: string, evidence: string) {
  return claimCall(claimNo, (stamp) => ({ type: 'RecordFault', data: { finding: text(finding), evidence: text(evidence), ...stamp } }));
}

/** Records the investigation committee's minutes (members from the staff tab) and generates the document. */
export function recordInvestigationMinutes(claimNo: string, minutes: { minutesRef: string; date: string; harm: string; size: string; causes: string }) {
  let url = '';
  const result = claimCall(
    claimNo,
    (stamp, d) => {
      const committee = investigationCommittee(d.config);
      if (committee.members.length === 0) throw refusal('NO_MEMBERS', { committee: committee.name });
      const m = minutes ?? { minutesRef: '', date: '', harm: '', size: '', causes: '' };
      return {
        type: 'RecordMinutes',
        data: { minutesRef: text(m.minutesRef), date: text(m.date), committee: committee.name, members: committee.members.map(({ name, role }) => ({ name, role })), harm: text(m.harm), size: text(m.size), causes: text(m.causes), ...stamp },
      };
    },
    (d, r) => {
      url = writeInvestigationMinutes(d, r);
    },
  );
  return { ...result, minutesUrl: url };
}

/** The current user approves the minutes as a listed member of the investigation committee; the document is regenerated once all have. */
export function approveMinutes(claimNo: string) {
  let url: string | null = null;
  const result = claimCall(
    claimNo,
    (stamp, d) => ({ type: 'ApproveMinutes', data: { member: approvingMember(d.config, stamp.actor), ...stamp } }),
    (d, r) => {
      const st = r.state;
      if (st.status === 'open' && st.minutes && st.minutes.approvals.length === st.minutes.members.length) url = writeInvestigationMinutes(d, r);
    },
  );
  return { ...result, minutesUrl: url ?? result.minutesUrl };
}

export function recordRuling(claimNo: string, kind: RulingKind, reference: string, date: string, evidence: string) {
  return claimCall(claimNo, (stamp) => ({ type: 'RecordRuling', data: { kind: kind === 'dispute_authority' ? kind : 'court', reference: text(reference), date: text(date), evidence: text(evidence), ...stamp } }));
}

export function recordSettlement(claimNo: string, terms: string, amount: number, agreedOn: string, evidence: string) {
  return claimCall(claimNo, (stamp) => ({ type: 'RecordSettlement', data: { terms: text(terms), amount: Number(amount), agreedOn: text(agreedOn), evidence: text(evidence), ...stamp } }));
}

/** Refused, with the Arabic sentence naming each missing condition, unless all four are met (CP). */
export function grantCompensation(claimNo: string) {
  return claimCall(claimNo, (stamp) => ({ type: 'GrantCompensation', data: stamp }));
}

export function refuseClaim(claimNo: string, reason: string) {
  return claimCall(claimNo, (stamp) => ({ type: 'RefuseClaim', data: { reason: text(reason), ...stamp } }));
}

/** RS: the current user signs the approved policy. */
export function acknowledgePolicy(): { message: string } {
  return asStaff((d, actor) => {
    const r = acknowledge(d, actor);
    return { message: r.already ? t('cm.ok.ackAlready') : t('cm.ok.ack', { version: r.version, date: r.date }) };
  });
}

/** Menu item «الإقرار بالسياسة»: the staff member signs, and is told so. */
export function acknowledgePolicyFromMenu(): void {
  try {
    SpreadsheetApp.getUi().alert(acknowledgePolicy().message);
  } catch (err) {
    report(err);
  }
}

/** Daily trigger: sign-off reminders to staff who have not signed, and HR told after the last one. */
export function staffSignoffReminders(): void {
  asTrigger((s) => {
    console.log(JSON.stringify(sendSignoffReminders(deps(s))));
  });
}

/** Installable form-submit trigger of the data update form (IN-3). */
export function onDataUpdateSubmit(e: GoogleAppsScript.Events.FormsOnFormSubmit): void {
  asTrigger((s) => {
    const answers = readAnswers(e.response, publishedForms(s.store).data_update);
    applyDataUpdate(deps(s), e.response.getId(), answers, 'google_forms');
  }, { formKey: 'data_update', e });
}
