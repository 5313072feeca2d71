// A case as the register stores it: the lifecycle state (JSON in a hidden column) plus the columns
// staff read, projected from it. The state column is the truth; the others are rebuilt on each change.
import { CODED_LISTS, type CellsOf, type Decision } from '../../ports';
import type { CaseState, CaseStatus } from '../../domain/case';
import { CASE_STATUSES } from '../../domain/case';
import { t } from '../../i18n';
import { listIdOf, listLabel } from './lists';
import { failure } from '../../domain/codedError';

export function statusLabel(status: CaseStatus): string {
  return t(CODED_LISTS.status.labelKey(status));
}

/** The status a label in the status cell stands for (the dropdown shows Arabic labels; 'initial', never shown
 *  in the dropdown, is read back too). */
export function statusFromLabel(label: unknown): CaseStatus | null {
  const text = String(label ?? '').trim();
  return CASE_STATUSES.find((s) => s === text || statusLabel(s) === text) ?? null;
}

export function decisionLabel(decision: Decision): string {
  return listLabel('decision', decision);
}

export function decisionFromLabel(label: unknown): Decision | null {
  return listIdOf('decision', label);
}

/** The state of a cases row (its JSON `state` cell); any of the tab's cells may be given. */
export function parseState(row: CellsOf<'cases'>): CaseState {
  const raw = row.state;
  if (typeof raw !== 'string' || raw === '') throw failure('CORRUPT_ROW', 'register.error.corruptRow');
  return JSON.parse(raw) as CaseState;
}

const at = (iso: string | undefined): Date | null => (iso ? new Date(iso) : null);

/** The columns that follow from the state. Other columns (beneficiary, service…) are left as they are. */
export function projectState(state: CaseState, missingLabel: (key: string) => string = (k) => k): CellsOf<'cases'> {
  const row: CellsOf<'cases'> = { status: statusLabel(state.status), state: JSON.stringify(state) };
  if (state.status === 'initial') return row;
  row.missing = state.status === 'incomplete' ? state.missing.map(missingLabel).join('، ') : null;
  const s = state.status === 'referred' ? state.from : state;
  if ('completedAt' in s) row.completed_at = at(s.completedAt);
  if ('unit' in s) row.unit = s.unit;
  if ('verifications' in s) {
    row.verification = s.verifications
      .map((v) => `${t(`case.verification.${v.method}`)}: ${t(`case.outcome.${v.outcome}`)}${v.notes ? ` (${v.notes})` : ''}`)
      .join('؛ ');
  }
  if ('decision' in s) {
    row.decision = decisionLabel(s.decision);
    row.reasons = s.reasons.join('؛ ');
    row.committee = s.committee;
  }
  if ('notification' in s) row.notified_at = at(s.notification.at);
  if ('deliveredAt' in s) row.delivered_at = at(s.deliveredAt);
  if (s.status === 'closed') row.closed_at = at(s.closedAt);
  if (state.status === 'withdrawn') row.closed_at = at(state.withdrawal.at);
  return row;
}
