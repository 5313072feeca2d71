// The case panel: one case as a staff member may see it — beneficiary (masked unless their role may see
// identifiers), deadline, the timeline from the audit tab and the next steps open to them. Viewing is audited.
import type { ArchiveBooks, Cell, CellsOf, Clock, Register, RowOf } from '../../ports';
import type { RegisterConfig, StaffMember } from '../config';
import type { AuditTrail } from '../audit';
import { loadCase } from '../cases/caseActions';
import { statusLabel } from '../register/caseRecord';
import { isMyCase, maySeeIdentifiers } from '../access';
import { notTheirsNote } from '../privacy/looks';
import { maskEmail, maskNationalId, maskPhone } from '../../domain/text';
import { isolateRuns } from '../../domain/text/bidi';
import { formatDual, riyadhDate, withDigits } from '../../domain/time';
import { deadlineView } from './deadline';
import { stepViews } from './steps';
import type { BeneficiaryView, CasePanel, TimelineEntry } from '../../ui/contract';
import { caseYear } from '../archive/archive';
import { parseState } from '../register/caseRecord';
import { t } from '../../i18n';
import type { TableOf } from '../../ports';

export interface SidebarDeps {
  register: Register;
  clock: Clock;
  config: RegisterConfig;
}

const text = (v: Cell | undefined): string => (v === null || v === undefined ? '' : String(v));
const asDate = (v: Cell | undefined): Date | null =>
  v instanceof Date || (v && typeof v === 'object' && typeof (v as Date).getTime === 'function') ? new Date((v as Date).getTime()) : null;

/** Riyadh wall-clock time "HH:MM" (UTC+3 all year). */
function riyadhTime(d: Date): string {
  return new Date(d.getTime() + 3 * 3600_000).toISOString().slice(11, 16);
}

export function beneficiaryView(register: Register, member: StaffMember, caseRow: CellsOf<'cases'>): BeneficiaryView {
  const found = register.table('beneficiaries').findBy('beneficiary_id', text(caseRow.beneficiary_id));
  const b: Partial<RowOf<'beneficiaries'>> = found?.row ?? {};
  const name = text(b.full_name) || text(caseRow.beneficiary_name);
  const nationalId = text(b.national_id);
  const mobile = text(b.mobile);
  const email = text(b.email);
  if (maySeeIdentifiers(member, caseRow)) return { name, nationalId, mobile, email, masked: false };
  return {
    name,
    nationalId: nationalId ? maskNationalId(nationalId) : text(caseRow.national_id_masked),
    mobile: mobile ? maskPhone(mobile) : '',
    email: email ? maskEmail(email) : '',
    masked: true,
  };
}

/** Every audit row of the case, oldest first (the audit tab is append-only, so sheet order is time order). */
export function timelineOf(register: Register, config: RegisterConfig, caseNo: string, audit: TableOf<'audit'> = register.table('audit')): TimelineEntry[] {
  return audit
    .findAllBy('case_no', caseNo)
    .sort((a, b) => a.rowNumber - b.rowNumber)
    .map(({ row }) => {
      const at = asDate(row.at);
      return {
        at: at ? at.toISOString() : '',
        atLabel: at ? `${formatDual(riyadhDate(at), { digits: config.profile.digits })} ${withDigits(riyadhTime(at), config.profile.digits)}` : '',
        actor: text(row.actor),
        action: text(row.action),
        // Audit details were written as plain cells: shown with their left-to-right runs isolated, in the organisation's digits.
        details: withDigits(isolateRuns(text(row.details)), config.profile.digits),
      };
    });
}

/** The panel of one case for one member; records that they looked at it (flushed by the caller's audit). */
export function casePanel(deps: SidebarDeps, audit: AuditTrail | null, member: StaffMember, caseNo: string): CasePanel {
  const { row, state } = loadCase(deps.register, caseNo);
  // Who looked (issue 17): a case not the person's own work is marked, for the weekly summary's count.
  audit?.record({ actor: member.email, action: 'case_viewed', caseNo, details: isMyCase(member, row, state.status) ? '' : notTheirsNote() });
  const digits = deps.config.profile.digits;
  const b = beneficiaryView(deps.register, member, row);
  return {
    caseNo,
    caseNoLabel: withDigits(caseNo, digits),
    statusLabel: statusLabel(state.status),
    service: text(row.service),
    officer: text(row.officer),
    // One digit system on the screen: identifiers as the organisation writes numbers (e-mail addresses keep theirs).
    beneficiary: { ...b, nationalId: withDigits(b.nationalId, digits), mobile: withDigits(b.mobile, digits) },
    deadline: deadlineView(state, deps.config, deps.clock.now()),
    timeline: timelineOf(deps.register, deps.config, caseNo),
    steps: stepViews(member, state, row, deps.config.profile),
  };
}

/** An archived case's panel, from the archive its number's Hijri year names: read only (no steps), with
 *  the note that it is archived; its timeline is the archive's audit rows of it. Null when no archive has it. */
export function archivedCasePanel(deps: SidebarDeps, books: ArchiveBooks, audit: AuditTrail | null, member: StaffMember, caseNo: string): CasePanel | null {
  const year = caseYear(caseNo);
  const found = year === null ? null : books.existing(year, 'cases')?.findBy('case_no', caseNo);
  if (!found || !found.row.state || year === null) return null;
  const theirs = isMyCase(member, found.row, parseState(found.row).status);
  audit?.record({ actor: member.email, action: 'case_viewed', caseNo, details: theirs ? t('archive.archived') : `${t('archive.archived')} — ${notTheirsNote()}` });
  const archivedAudit = books.existing(year, 'audit');
  return {
    caseNo,
    statusLabel: `${statusLabel(parseState(found.row).status)} — ${t('archive.archived')}`,
    service: text(found.row.service),
    officer: text(found.row.officer),
    beneficiary: beneficiaryView(deps.register, member, found.row),
    deadline: null,
    timeline: archivedAudit ? timelineOf(deps.register, deps.config, caseNo, archivedAudit) : [],
    steps: [],
    archivedNote: t('archive.panel.note', { year: withDigits(String(year), deps.config.profile.digits) }),
  };
}
