// Reads register rows as the scheduler's cases: requests from their state JSON, complaints from their columns.
import type { Register, Row, Table } from '../../ports';
import { cellBefore, rowsWhere } from '../register/rowsWhere';
import type { Profile } from '../../profiles';
import { parseState } from '../register/caseRecord';
import { addDays, riyadhDate, isIsoDate, type IsoDate } from '../../domain/time';
import { DATA_REQUEST_DAYS } from '../../domain/privacy/dataRequest';
import { parseMarks, type ScheduledCase } from '../../domain/schedule';

/** The hidden cases column holding the scheduler's marks (JSON); the lead adds it to the register schema. */
export const MARKS_COLUMN = 'schedule_marks';

function dayOf(value: Row[string] | string | undefined): IsoDate | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string' && isIsoDate(value)) return value;
  const instant = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(instant.getTime()) ? null : riyadhDate(instant);
}

const text = (v: Row[string] | undefined): string => (v === null || v === undefined ? '' : String(v).trim());

/** Complaints (issue 7) are counted from their columns: received is day 0, closed or notified is the answer. */
function complaintFromRow(row: Row): ScheduledCase {
  const receivedOn = dayOf(row.received_at);
  const answeredOn = dayOf(row.notified_at) ?? dayOf(row.closed_at);
  return {
    caseNo: text(row.case_no),
    kind: 'complaint',
    officer: text(row.officer).toLowerCase(),
    receivedOn,
    startedOn: dayOf(row.completed_at) ?? receivedOn,
    answeredOn,
    open: dayOf(row.closed_at) === null,
    beneficiaryId: text(row.beneficiary_id),
    replyChannel: text(row.reply_channel),
    marks: parseMarks(row[MARKS_COLUMN]),
  };
}

/** A data subject's request (issue 17): day 0 is its receipt, or 30 days later once extended; the answer stops it. */
function dataRequestFromRow(row: Row): ScheduledCase {
  const receivedOn = dayOf(row.received_at);
  const extended = dayOf(row.extended_at) !== null && receivedOn !== null;
  return {
    caseNo: text(row.case_no),
    kind: 'data_request',
    officer: text(row.officer).toLowerCase(),
    receivedOn,
    startedOn: extended ? addDays(receivedOn, DATA_REQUEST_DAYS) : receivedOn,
    answeredOn: dayOf(row.answered_at),
    open: dayOf(row.answered_at) === null,
    beneficiaryId: '',
    replyChannel: '',
    marks: parseMarks(row[MARKS_COLUMN]),
  };
}

/** A request from its lifecycle state; null for a row the scheduler cannot read (reported, never guessed). */
export function scheduledCaseFromRow(row: Row): ScheduledCase | null {
  if (text(row.kind) === 'complaint') return complaintFromRow(row);
  if (text(row.kind) === 'data_request') return dataRequestFromRow(row);
  let state;
  try {
    state = parseState(row);
  } catch {
    return null;
  }
  if (state.status === 'initial') return null;
  // A case with the responsible officer (SR-3) keeps the clock of the state it came from.
  const s = state.status === 'referred' ? state.from : state;
  return {
    caseNo: text(row.case_no) || state.caseId,
    kind: 'request',
    officer: text(row.officer).toLowerCase(),
    receivedOn: dayOf(state.receivedAt),
    startedOn: 'completedAt' in s ? dayOf(s.completedAt) : null,
    answeredOn: 'notification' in s ? dayOf(s.notification.at) : null,
    open: state.status !== 'closed' && state.status !== 'withdrawn',
    beneficiaryId: text(row.beneficiary_id),
    replyChannel: text(row.reply_channel),
    marks: parseMarks(row[MARKS_COLUMN]),
  };
}

/** Where a scheduled item lives: requests in the cases tab, complaints in their own tab (CM). */
export type ScheduledTab = 'cases' | 'complaints' | 'data_requests';

/** Requests from data subjects: their reminders go to the staff member who recorded them, the escalation to
 *  the managers. A register set up before the tab existed has none until setup runs again. */
function dataRequestRows(register: Register): Array<{ tab: 'data_requests'; rowNumber: number; row: Row }> {
  let rows: Array<{ rowNumber: number; row: Row }>;
  try {
    rows = register.table('data_requests').readAll();
  } catch (err) {
    if ((err as { cause?: { code?: string } })?.cause?.code === 'MISSING_TAB') return [];
    throw err;
  }
  return rows.map(({ rowNumber, row }) => ({ tab: 'data_requests' as const, rowNumber, row: { ...row, kind: 'data_request', case_no: row.request_no } }));
}

/** Every item the scheduler watches: requests, and complaints when the policy has them. Only the rows
 *  still open, or closed at or after `closedSinceMs`, are read: the `closed_at` column is read alone and
 *  the other rows in as few reads as they allow, so the cost follows the open work, not the history.
 *  `closed_at` is a protected system column written only with the closing (or withdrawal) itself, which
 *  no step undoes; a row whose `closed_at` is blank or unreadable is read, and its state decides. */
export function readScheduledRows(register: Register, profile: Profile, closedSinceMs = Infinity): Array<{ tab: ScheduledTab; rowNumber: number; row: Row }> {
  const wanted = <C extends string>(table: Table<C | 'closed_at'>) => rowsWhere(table, 'closed_at', (cell) => !cellBefore(cell, closedSinceMs));
  const cases = [...wanted(register.table('cases')).map((r) => ({ tab: 'cases' as const, ...r })), ...dataRequestRows(register)];
  if (!profile.features.complaints) return cases;
  // A complaint has no contact officer: its reminders go to the managers, who follow every complaint (SAT-5).
  const complaints = wanted(register.table('complaints'))
    .map(({ rowNumber, row }) => ({ tab: 'complaints' as const, rowNumber, row: { ...row, kind: 'complaint', case_no: row.complaint_no, officer: null } }));
  return [...cases, ...complaints];
}
