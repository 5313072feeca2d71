// "My work": the open cases that are this person's to move, grouped as a person triages them —
// overdue first, then due today, then the rest by working days left.
import type { CellsOf } from '../../ports';
import type { StaffMember } from '../config';
import { isMyCase } from '../access';
import { parseState, statusLabel } from '../register/caseRecord';
import type { CaseStatus } from '../../domain/case';
import { deadlineView } from './deadline';
import type { SidebarDeps } from './casePanel';
import type { MyWork, WorkItem } from '../../ui/contract';
import { t } from '../../i18n';
import { withDigits } from '../../domain/time';

/** Finished cases need nobody's work. */
const FINISHED: readonly CaseStatus[] = ['closed', 'withdrawn', 'delivered', 'initial'];

export interface RowWorkItem extends WorkItem {
  /** The case's row in the cases tab, for links straight to it. */
  rowNumber: number;
}

function workItem(deps: SidebarDeps, rowNumber: number, row: CellsOf<'cases'>): { item: RowWorkItem; remaining: number } | null {
  const state = parseState(row);
  if (FINISHED.includes(state.status)) return null;
  const deadline = deadlineView(state, deps.config, deps.clock.now());
  return {
    item: {
      rowNumber,
      caseNo: String(row.case_no ?? ''),
      caseNoLabel: withDigits(String(row.case_no ?? ''), deps.config.profile.digits),
      name: String(row.beneficiary_name ?? ''),
      statusLabel: statusLabel(state.status),
      deadlineLabel: deadline?.label ?? t('sidebar.deadline.none'),
      urgency: deadline?.urgency ?? 'none',
    },
    // Cases without a running clock go last.
    remaining: deadline && deadline.urgency !== 'none' ? deadline.remainingWorkingDays : Number.POSITIVE_INFINITY,
  };
}

/** MyWork with each case's row number kept for links into the register. */
export type RowWork = { [K in keyof MyWork]: RowWorkItem[] };

export function myWork(deps: SidebarDeps, member: StaffMember): RowWork {
  const items = deps.register
    .table('cases')
    .readAll()
    .filter(({ row }) => row.case_no && row.state)
    .map(({ rowNumber, row }) => ({ rowNumber, row, status: parseState(row).status }))
    .filter(({ row, status }) => isMyCase(member, row, status))
    .map(({ rowNumber, row }) => workItem(deps, rowNumber, row))
    .filter((w): w is NonNullable<typeof w> => w !== null)
    .sort((a, b) => a.remaining - b.remaining || a.item.caseNo.localeCompare(b.item.caseNo));
  const pick = (urgencies: string[]) => items.filter((w) => urgencies.includes(w.item.urgency)).map((w) => w.item);
  return { overdue: pick(['overdue']), dueToday: pick(['today']), open: pick(['soon', 'ok', 'none']) };
}
