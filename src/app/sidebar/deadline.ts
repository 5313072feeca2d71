// Where a case stands against its reply deadline, as the sidebar and the card show it: working days left,
// the due date in Hijri and Gregorian, and how urgent it is.
import type { CaseState } from '../../domain/case';
import { deadlineStatus, formatDual, riyadhDate, withDigits, type IsoDate } from '../../domain/time';
import type { RegisterConfig } from '../config';
import type { DeadlineView } from '../../ui/contract';
import { t } from '../../i18n';

/** Cases with this many working days left or fewer are shown as "soon". */
export const SOON_WORKING_DAYS = 3;

/** The facts the deadline runs on: a referred case keeps the clock of the state it came from. */
function clockFacts(state: CaseState): { completedAt?: string; decidedAt?: string } {
  const s = state.status === 'referred' ? state.from : state;
  return {
    completedAt: 'completedAt' in s ? s.completedAt : undefined,
    decidedAt: 'decidedAt' in s ? s.decidedAt : undefined,
  };
}

/** Null while the request is incomplete (the clock starts at completion, SR-5) or when withdrawn undecided. */
export function deadlineView(state: CaseState, config: RegisterConfig, now: Date): DeadlineView | null {
  const { completedAt, decidedAt } = clockFacts(state);
  if (!completedAt || (state.status === 'withdrawn' && !decidedAt)) return null;
  const today: IsoDate = riyadhDate(now);
  const answeredOn = decidedAt ? riyadhDate(new Date(decidedAt)) : undefined;
  const status = deadlineStatus(riyadhDate(new Date(completedAt)), config.profile.deadline.rule, config.calendar, today, answeredOn);
  const digits = config.profile.digits;
  const base = { dueDual: formatDual(status.due, { digits }), remainingWorkingDays: status.remainingWorkingDays };
  if (answeredOn) {
    return { ...base, label: t(status.breached ? 'sidebar.deadline.answeredLate' : 'sidebar.deadline.answered'), urgency: 'none' };
  }
  if (status.breached) {
    return { ...base, label: withDigits(t('sidebar.deadline.overdue', { days: -status.remainingWorkingDays }), digits), urgency: 'overdue' };
  }
  if (status.dueToday) return { ...base, label: t('sidebar.deadline.today'), urgency: 'today' };
  return {
    ...base,
    label: withDigits(t('sidebar.deadline.left', { days: status.remainingWorkingDays }), digits),
    urgency: status.remainingWorkingDays <= SOON_WORKING_DAYS ? 'soon' : 'ok',
  };
}
