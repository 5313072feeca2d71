// Turns the marks a sweep day left into digest lines, one message per person, and beneficiary notes.
import { workingDaysBetween, type IsoDate, type WorkCalendar } from '../time';
import type { ScheduledCase, ScheduledKind } from './cases';
import { DUE_MARK, ESCALATION_MARK, STUDY_NOTE_MARK, type ScheduleMarks } from './marks';

export type DigestLineKind = 'escalation' | 'overdue' | 'due_today' | 'reminder';

export interface DigestLine {
  kind: DigestLineKind;
  caseNo: string;
  caseKind: ScheduledKind;
  due: IsoDate;
  /** Working days left (reminder) or late (overdue, escalation); 0 on the due day. */
  workingDays: number;
  /** The officer in charge ('' when nobody is assigned), so a manager knows whom to ask. */
  officer: string;
}

export interface Digest {
  recipient: string;
  lines: DigestLine[];
}

/** A "still being studied" message owed to the beneficiary of a late, complete request. */
export interface StudyNote {
  caseNo: string;
  beneficiaryId: string;
  replyChannel: string;
  officer: string;
  due: IsoDate;
}

export interface SweepMessages {
  digests: Digest[];
  studyNotes: StudyNote[];
}

const URGENCY: Record<DigestLineKind, number> = { escalation: 0, overdue: 1, due_today: 2, reminder: 3 };

function byUrgency(a: DigestLine, b: DigestLine): number {
  return URGENCY[a.kind] - URGENCY[b.kind] || (a.kind === 'reminder' ? a.workingDays - b.workingDays : b.workingDays - a.workingDays) || a.caseNo.localeCompare(b.caseNo);
}

/**
 * What the marks dated `day` ask to send. Built from the marks (not from the moment's decisions), so a sweep
 * interrupted after writing some marks still sends every line when it resumes. Managers get escalations and
 * the work of unassigned cases; the officer gets their own cases, including the ones escalated about them.
 */
export function sweepMessages(
  cases: ReadonlyArray<{ item: ScheduledCase; marks: ScheduleMarks }>,
  cal: WorkCalendar,
  day: IsoDate,
  managers: readonly string[],
): SweepMessages {
  const byRecipient = new Map<string, DigestLine[]>();
  const add = (recipient: string, line: DigestLine) => {
    const key = recipient.trim().toLowerCase();
    if (!key) return;
    const lines = byRecipient.get(key) ?? [];
    lines.push(line);
    byRecipient.set(key, lines);
  };
  const toOfficer = (officer: string, line: DigestLine) => {
    if (officer) add(officer, line);
    else for (const m of managers) add(m, line);
  };
  const studyNotes: StudyNote[] = [];
  const daysTo = new Map<IsoDate, number>();
  const workingDaysTo = (due: IsoDate): number => {
    if (!daysTo.has(due)) daysTo.set(due, Math.abs(workingDaysBetween(cal, day, due)));
    return daysTo.get(due)!;
  };
  for (const { item, marks } of cases) {
    const due = marks.due;
    if (!due) continue;
    const today = Object.entries(marks.sent).filter(([, d]) => d === day).map(([key]) => key);
    if (today.length === 0) continue;
    const line = (kind: DigestLineKind): DigestLine => ({
      kind,
      caseNo: item.caseNo,
      caseKind: item.kind,
      due,
      workingDays: workingDaysTo(due),
      officer: item.officer,
    });
    if (today.includes(ESCALATION_MARK)) {
      for (const m of managers) add(m, line('escalation'));
      if (item.officer) add(item.officer, line('overdue'));
    } else if (today.includes(DUE_MARK)) {
      toOfficer(item.officer, line('due_today'));
    } else if (today.some((key) => /^r\d+$/.test(key))) {
      toOfficer(item.officer, line('reminder'));
    }
    if (today.includes(STUDY_NOTE_MARK)) {
      studyNotes.push({ caseNo: item.caseNo, beneficiaryId: item.beneficiaryId, replyChannel: item.replyChannel, officer: item.officer, due });
    }
  }
  const digests = [...byRecipient.entries()]
    .map(([recipient, lines]) => ({ recipient, lines: lines.sort(byUrgency) }))
    .sort((a, b) => a.recipient.localeCompare(b.recipient));
  return { digests, studyNotes };
}
