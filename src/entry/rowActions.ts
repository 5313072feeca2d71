// The «إجراءات السجل المحدد» dialog's server side: the record on the selected row and its legal actions, and running
// one through the existing staff calls (they check, lock and audit); refusals come back as Arabic text (Reply).
import { caller } from './sidebar';
import { showDialog } from './dialog';
import { describeError, errorCode, technicalDetail } from './errors';
import {
  assignComplaint, startComplaintInvestigation, recordComplaintResolution, notifyComplainant, closeComplaint, openCompensationClaim,
  recordFault, recordInvestigationMinutes, approveMinutes, recordRuling, recordSettlement, grantCompensation, refuseClaim,
} from './complaints';
import {
  inviteToInterview, recordInterview, callToCompleteRegistration, recordProgramPayment, enrollRegistrant, recordAttendance, programAnnouncement, programReport,
} from './programs';
import {
  findRecord, recordAt, recordTabOf, recordView, requireAction, type RecordView, type RowActionId, type RowActionValues,
} from '../app/rowActions/actions';
import { coerceInputs, type Values } from '../app/rowActions/inputs';
import type { RulingKind } from '../domain/compensation';
import type { Reply } from '../ui/contract';
import { t, type LabelKey } from '../i18n';

type Outcome = string | { message?: string; status?: string; url?: string; present?: number; absent?: number };

/** Each action's staff call, given the record's number and the dialog's values by input name (coerced and checked
 *  against the action's inputs in src/app/rowActions/actions.ts, so each value has its input's type). */
const RUN: { [A in RowActionId]: (no: string, v: RowActionValues<A>) => Outcome } = {
  AssignToCommittee: (no, v) => assignComplaint(no, v.committee),
  StartInvestigation: (no) => startComplaintInvestigation(no),
  RecordResolution: (no, v) => recordComplaintResolution(no, v.settled, v.resolution),
  NotifyComplainant: (no) => notifyComplainant(no),
  CloseComplaint: (no) => closeComplaint(no),
  OpenClaim: (complaintNo, v) => openCompensationClaim({ complaintNo, description: v.description }),
  RecordFault: (no, v) => recordFault(no, v.fault, v.evidence),
  RecordMinutes: (no, v) => recordInvestigationMinutes(no, v),
  ApproveMinutes: (no) => approveMinutes(no),
  // The choice was checked against the offered rulings (RULING_KINDS) before it gets here.
  RecordRuling: (no, v) => recordRuling(no, v.ruling as RulingKind, v.reference, v.date, v.evidence),
  RecordSettlement: (no, v) => recordSettlement(no, v.settlement, v.amount, v.date, v.evidence),
  GrantCompensation: (no) => grantCompensation(no),
  RefuseClaim: (no, v) => refuseClaim(no, v.reason),
  InviteToInterview: (no) => inviteToInterview(no),
  RecordInterview: (no, v) => recordInterview(no, v.accepted, v.interview_notes),
  CallToComplete: (no) => callToCompleteRegistration(no),
  RecordPayment: (no, v) => recordProgramPayment(no, v.payment_amount, v.receipt_no),
  Enroll: (no) => enrollRegistrant(no),
  RecordAttendance: (no, v) => recordAttendance(no, v.date, v.present),
  Announcement: (no) => programAnnouncement(no),
  Report: (no) => programReport(no),
};

/** Runs action `id` with values coerced for its inputs: the one place the id picks its values' type. */
function run<A extends RowActionId>(id: A, no: string, values: Values): Outcome {
  return RUN[id](no, values as RowActionValues<A>);
}

/** Runs one dialog call; a refusal comes back as its Arabic message (the entry calls already give one), never a raw exception. */
function answer<T>(work: () => T): Reply<T> {
  try {
    return { ok: true, value: work() };
  } catch (err) {
    console.error(`row action: ${technicalDetail(err)}`);
    return { ok: false, code: errorCode(err), message: describeError(err) };
  }
}

/** The record on the selected row, shown with the actions the caller may take on it now. */
export function rowActionsView(): Reply<RecordView> {
  return answer(() => {
    const { s, member, deps } = caller();
    const sheet = s.spreadsheet.getActiveSheet();
    const tab = recordTabOf(deps.config, sheet ? sheet.getName() : '');
    const range = sheet?.getActiveRange();
    return recordView(deps, member, recordAt(deps, tab, range ? range.getRow() : 0));
  });
}

/** Runs one action on the record `no` of `tab` with the dialog's values; answers the Arabic result and the record again. */
export function rowActionsRun(tab: string, no: string, action: string, input: unknown): Reply<{ message: string; view: RecordView }> {
  return answer(() => {
    const { member, deps } = caller();
    const before = recordView(deps, member, findRecord(deps, tab, no));
    const offered = requireAction(member, before, action);
    const values = coerceInputs(offered.inputs, input);
    const r = run(offered.id, before.no, values);
    const message = typeof r === 'string' ? r
      : r.message ?? (r.url ? t('ra.done.report', { url: r.url }) : r.status ? t('sidebar.done', { step: offered.label, status: r.status }) : t('ra.done.attendance', { present: r.present ?? 0, absent: r.absent ?? 0 }));
    return { message, view: recordView(deps, member, findRecord(deps, before.tab, before.no)) };
  });
}

/** The page's own words (it has no catalog), printed into it escaped. */
const PAGE_TEXT: LabelKey[] = [
  'sidebar.loading', 'sidebar.working', 'sidebar.submit', 'sidebar.steps', 'sidebar.steps.none', 'sidebar.masked', 'sidebar.error.failed',
  'form.yes', 'form.no', 'ra.refresh',
];

/** Menu item «إجراءات السجل المحدد». */
export function openRowActions(): void {
  showDialog('rowActions', 'menu.rowActions', { messages: JSON.stringify(Object.fromEntries(PAGE_TEXT.map((k) => [k, t(k)]))) });
}
