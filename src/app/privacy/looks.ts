// Who looked (issue 17, RB-2): a search's audit row, and the week's case openings read back from the audit tab.
import type { Register, Row } from '../../ports';
import type { AuditTrail } from '../audit';
import type { StaffMember } from '../config';
import { auditableQuery, unusualLooks, UNUSUAL_LOOKS_PER_WEEK, type CaseLook } from '../../domain/privacy';
import { riyadhDate, type IsoDate } from '../../domain/time';
import { t } from '../../i18n';

/** The marker a case opening carries in its details when the case was not the person's own work. */
export const notTheirsNote = (): string => t('privacy.view.notTheirs');

/** One audit row for one search: who, the query (identifiers masked) and the case numbers it returned. */
export function recordSearch(audit: AuditTrail, member: StaffMember, query: string, caseNos: readonly string[]): void {
  audit.record({
    actor: member.email,
    action: 'search',
    details: t('privacy.search.details', {
      query: auditableQuery(query),
      count: caseNos.length,
      cases: caseNos.length ? caseNos.join('، ') : t('privacy.search.none'),
    }),
  });
}

const asDate = (v: Row[string] | undefined): Date | null =>
  v && typeof v === 'object' && typeof (v as Date).getTime === 'function' ? new Date((v as Date).getTime()) : null;

/** Every case opening of the week (Riyadh days, both included), found by its action without reading the whole tab. */
export function weekLooks(register: Register, from: IsoDate, to: IsoDate): CaseLook[] {
  const marker = notTheirsNote();
  const looks: CaseLook[] = [];
  for (const { row } of register.table('audit').findAllBy('action', t('audit.case_viewed'))) {
    const at = asDate(row.at);
    if (!at) continue;
    const day = riyadhDate(at);
    if (day < from || day > to) continue;
    looks.push({ actor: String(row.actor ?? ''), caseNo: String(row.case_no ?? ''), theirs: !String(row.details ?? '').includes(marker) });
  }
  return looks;
}

/** The people the weekly summary lists: more than the threshold of distinct cases not theirs opened that week. */
export function unusualLooking(register: Register, from: IsoDate, to: IsoDate, threshold = UNUSUAL_LOOKS_PER_WEEK): Array<{ actor: string; count: number }> {
  return unusualLooks(weekLooks(register, from, to), threshold);
}
