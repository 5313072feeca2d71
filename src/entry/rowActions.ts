// The «إجراءات السجل المحدد» dialog's server side: the record on the selected row and its legal actions, and running
// one through the existing staff calls (they check, lock and audit); refusals come back as Arabic text (Reply).
import { caller } from './sidebar';
import { showDialog } from './dialog';
import { errorCode, userMessage } from './errors';
import {
  assignComplaint, startComplaintInvestigation, recordComplaintResolution, notifyComplainant, closeComplaint, openCompensationClaim,
  recordFault, recordInvestigationMinutes, approveMinutes, recordRuling, recordSettlement, grantCompensation, refuseClaim,
} from './complaints';
import {
  inviteToInterview, recordInterview, callToCompleteRegistration, recordProgramPayment, enrollRegistrant, recordAttendance, programAnnouncement, programReport,
} from './programs';
import { findRecord, recordAt, recordTabOf, recordView, requireAction, type RecordView } from '../app/rowActions/actions';
import { coerceInputs } from '../app/rowActions/inputs';
import type { Reply } from '../ui/contract';
import { t, type MessageKey } from '../i18n';

type Outcome = string | { message?: string; status?: string; url?: string; present?: number; absent?: number };

/** Each action's staff call; the dialog's values are passed in the order of the action's inputs (see ACTIONS). */
const RUN: Record<string, (no: string, ...args: never[]) => Outcome> = {
  AssignToCommittee: assignComplaint,
  StartInvestigation: startComplaintInvestigation,
  RecordResolution: recordComplaintResolution,
  NotifyComplainant: notifyComplainant,
  CloseComplaint: closeComplaint,
  OpenClaim: (complaintNo, description: string) => openCompensationClaim({ complaintNo, description }),
  RecordFault: recordFault,
  RecordMinutes: (no, minutesRef: string, date: string, harm: string, size: string, causes: string) => recordInvestigationMinutes(no, { minutesRef, date, harm, size, causes }),
  ApproveMinutes: approveMinutes,
  RecordRuling: recordRuling,
  RecordSettlement: recordSettlement,
  GrantCompensation: grantCompensation,
  RefuseClaim: refuseClaim,
  InviteToInterview: inviteToInterview,
  RecordInterview: recordInterview,
  CallToComplete: callToCompleteRegistration,
  RecordPayment: recordProgramPayment,
  Enroll: enrollRegistrant,
  RecordAttendance: recordAttendance,
  Announcement: programAnnouncement,
  Report: programReport,
};

/** Runs one dialog call; a refusal comes back as its Arabic message (the entry calls already give one), never a raw exception. */
function answer<T>(work: () => T): Reply<T> {
  try {
    return { ok: true, value: work() };
  } catch (err) {
    return { ok: false, code: errorCode(err), message: userMessage(err) };
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
    const r = RUN[action](before.no, ...(offered.inputs.map((i) => values[i.name]) as never[]));
    const message = typeof r === 'string' ? r
      : r.message ?? (r.url ? t('ra.done.report', { url: r.url }) : r.status ? t('sidebar.done', { step: offered.label, status: r.status }) : t('ra.done.attendance', { present: r.present ?? 0, absent: r.absent ?? 0 }));
    return { message, view: recordView(deps, member, findRecord(deps, before.tab, before.no)) };
  });
}

/** The page's own words (it has no catalog), printed into it escaped. */
const PAGE_TEXT: MessageKey[] = [
  'sidebar.loading', 'sidebar.working', 'sidebar.submit', 'sidebar.steps', 'sidebar.steps.none', 'sidebar.masked', 'sidebar.error.failed',
  'form.yes', 'form.no', 'ra.refresh',
];

/** Menu item «إجراءات السجل المحدد». */
export function openRowActions(): void {
  showDialog('rowActions', 'menu.rowActions', { messages: JSON.stringify(Object.fromEntries(PAGE_TEXT.map((k) => [k, t(k)]))) });
}
