// A day of staff work, played as staff would: each open case whose time has come moves one step, by the
// person whose step it is, through the same functions the case panel calls (the scenario step `work`).
import type { ExecutionResult, Sandbox } from '../core/runtime';
import { headerLabel } from '../../src/adapters/sheets/sheetTable';
import { knownLabel, t } from '../../src/i18n';
import { PROFILES } from '../../src/profiles';
import { tabRows } from './year';

const DAY_MS = 86_400_000;
const status = (id: string) => t(knownLabel(`case.status.${id}`));
const column = (key: string) => headerLabel('cases', key);
/** Four requests in five are accepted (by the case number, so the decision and the next step agree). */
const accepted = (caseNo: string) => Number(caseNo.replace(/\D/g, '').slice(-1)) % 5 !== 0;

export interface WorkPeople {
  /** Who decides on the committee's behalf (a committee member of the staff tab). */
  chair: string;
  /** Who takes steps on a case with no officer. */
  fallbackOfficer: string;
}

/** One round of the day's work: start the study of complete cases a day old, verify and decide those
 *  studied three days, deliver what was accepted once notified, close what was refused or delivered. */
export function playWork(sandbox: Sandbox, profileId: string, people: WorkPeople): ExecutionResult[] {
  const profile = PROFILES[profileId];
  const unit = profile?.committees[0]?.nameAr ?? t('case.status.under_study');
  const now = sandbox.now().getTime();
  const runs: ExecutionResult[] = [];
  const as = (user: string, fn: string, args: unknown[]) => runs.push(sandbox.execute(fn, args, { user, cause: 'work' }));
  for (const row of tabRows(sandbox, t('tab.cases'))) {
    const caseNo = String(row[column('case_no')]);
    const officer = String(row[column('officer')] || people.fallbackOfficer);
    const updated = row[column('updated_at')];
    const age = updated instanceof Date ? (now - updated.getTime()) / DAY_MS : Infinity;
    const state = row[column('status')];
    if (state === status('complete') && age >= 1) as(officer, 'startStudy', [caseNo, unit]);
    else if (state === status('under_study') && age >= 3) {
      as(officer, 'recordVerification', [caseNo, 'administrative_review', 'confirmed', 'مراجعة المستندات']);
      as(people.chair, 'recordDecision', [caseNo, accepted(caseNo) ? 'accepted' : 'rejected', accepted(caseNo) ? 'استوفى شروط الخدمة' : 'لم تثبت الحاجة']);
    } else if (state === status('notified') && age >= 2) {
      // A decided case is notified with its committee's minutes (prepareCommitteeMinutes), then served or closed.
      as(officer, accepted(caseNo) ? 'deliverService' : 'closeCase', [caseNo]);
    } else if (state === status('delivered') && age >= 7) as(officer, 'closeCase', [caseNo]);
  }
  return runs;
}
