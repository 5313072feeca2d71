// The beneficiary's status page (issue 16): a request number and the last four digits of the mobile give the
// case's status, what is missing, the next step, the due date and the contact officer, and nothing else.
// A wrong number and a wrong code get the same answer; five tries per number an hour; every look audited.
import type { Register } from '../../ports';
import type { AuditTrail } from '../audit';
import type { RegisterConfig } from '../config';
import { cleanText, toLatinDigits } from '../../domain/text';
import { statusLabel } from '../register/caseRecord';
import { CASE_STATUSES } from '../../domain/case';
import { t, type LabelKey } from '../../i18n';

/** Tries per request number within the window (the issue's «at most five attempts per number per hour»). */
export const MAX_TRIES = 5;
export const TRY_WINDOW_S = 3600;

export type { TryCounter } from '../../ports/notification';
import type { TryCounter } from '../../ports/notification';

export interface StatusView {
  caseNo: string;
  status: string;
  missing: string;
  nextStep: string;
  due: string;
  officerName: string;
  officerEmail: string;
}

export type StatusAnswer = { kind: 'form' } | { kind: 'found'; view: StatusView } | { kind: 'refused' } | { kind: 'limited' };

export interface StatusDeps {
  register: Register;
  config: RegisterConfig;
  audit: AuditTrail;
  tries: TryCounter;
}

/** The number as people type or copy it: Arabic-Indic digits, marks and spaces, lower case. */
export function normaliseCaseNo(raw: string): string {
  return toLatinDigits(cleanText(raw)).replace(/[\s\u200E\u200F\u2066-\u2069]/g, '').toUpperCase();
}

const NEXT_STEP: Partial<Record<string, LabelKey>> = {
  received: 'status.next.received', incomplete: 'status.next.incomplete', complete: 'status.next.complete',
  under_study: 'status.next.under_study', referred: 'status.next.under_study', decided: 'status.next.decided',
  notified: 'status.next.notified', delivered: 'status.next.delivered', closed: 'status.next.closed', withdrawn: 'status.next.closed',
};

export function lookUpStatus(deps: StatusDeps, rawCaseNo: string, rawCode: string): StatusAnswer {
  const caseNo = normaliseCaseNo(rawCaseNo ?? '');
  const code = toLatinDigits(cleanText(rawCode ?? '')).replace(/\D/g, '');
  if (!caseNo && !code) return { kind: 'form' };
  // Counted before anything is read: a guesser learns nothing, not even whether the number exists.
  const tries = deps.tries.hit(`status:${caseNo}`, TRY_WINDOW_S);
  if (tries > MAX_TRIES) {
    deps.audit.record({ actor: 'status_page', action: 'case_viewed', caseNo: caseNo.slice(0, 20), details: t('status.audit.limited') });
    deps.audit.flush();
    return { kind: 'limited' };
  }
  const found = /^[0-9A-Z-]{4,20}$/.test(caseNo) && code.length === 4 ? deps.register.table('cases').findBy('case_no', caseNo) : null;
  const person = found?.row.beneficiary_id ? deps.register.table('beneficiaries').findBy('beneficiary_id', String(found.row.beneficiary_id)) : null;
  const mobile = toLatinDigits(String(person?.row.mobile ?? '')).replace(/\D/g, '');
  if (!found || mobile.length < 4 || !mobile.endsWith(code)) {
    deps.audit.record({ actor: 'status_page', action: 'case_viewed', caseNo: found ? caseNo : undefined, details: t('status.audit.refused') });
    deps.audit.flush();
    return { kind: 'refused' };
  }
  const row = found.row;
  const statusId = String(JSON.parse(String(row.state ?? '{}')).status ?? '');
  const status = CASE_STATUSES.find((s) => s === statusId);
  const officer = deps.config.staff.find((s) => s.email === String(row.officer ?? '').toLowerCase());
  deps.audit.record({ actor: 'status_page', action: 'case_viewed', caseNo, details: t('status.audit.shown') });
  deps.audit.flush();
  return {
    kind: 'found',
    view: {
      caseNo,
      status: status ? statusLabel(status) : String(row.status ?? ''),
      missing: String(row.missing ?? ''),
      nextStep: t(NEXT_STEP[statusId] ?? 'status.next.received'),
      due: String(row.due_dual ?? ''),
      officerName: officer?.name ?? '',
      officerEmail: officer?.email ?? deps.config.managerEmail,
    },
  };
}
