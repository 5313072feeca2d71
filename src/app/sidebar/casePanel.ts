// The case panel: one case as a staff member may see it — beneficiary (masked unless their role may see
// identifiers), deadline, the timeline from the audit tab and the next steps open to them. Viewing is audited.
import type { Clock, Register, Row } from '../../ports';
import type { RegisterConfig, StaffMember } from '../config';
import type { AuditTrail } from '../audit';
import { loadCase } from '../cases/caseActions';
import { statusLabel } from '../register/caseRecord';
import { maySeeIdentifiers } from '../access';
import { maskEmail, maskNationalId, maskPhone } from '../../domain/text';
import { formatDual, riyadhDate } from '../../domain/time';
import { deadlineView } from './deadline';
import { stepViews } from './steps';
import type { BeneficiaryView, CasePanel, TimelineEntry } from '../../ui/contract';

export interface SidebarDeps {
  register: Register;
  clock: Clock;
  config: RegisterConfig;
}

const text = (v: Row[string] | undefined): string => (v === null || v === undefined ? '' : String(v));
const asDate = (v: Row[string] | undefined): Date | null =>
  v instanceof Date || (v && typeof v === 'object' && typeof (v as Date).getTime === 'function') ? new Date((v as Date).getTime()) : null;

/** Riyadh wall-clock time "HH:MM" (UTC+3 all year). */
function riyadhTime(d: Date): string {
  return new Date(d.getTime() + 3 * 3600_000).toISOString().slice(11, 16);
}

export function beneficiaryView(register: Register, member: StaffMember, caseRow: Row): BeneficiaryView {
  const found = register.table('beneficiaries').findBy('beneficiary_id', text(caseRow.beneficiary_id));
  const b = found?.row ?? {};
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
export function timelineOf(register: Register, config: RegisterConfig, caseNo: string): TimelineEntry[] {
  return register
    .table('audit')
    .findAllBy('case_no', caseNo)
    .sort((a, b) => a.rowNumber - b.rowNumber)
    .map(({ row }) => {
      const at = asDate(row.at);
      return {
        at: at ? at.toISOString() : '',
        atLabel: at ? `${formatDual(riyadhDate(at), { digits: config.profile.digits })} ${riyadhTime(at)}` : '',
        actor: text(row.actor),
        action: text(row.action),
        details: text(row.details),
      };
    });
}

/** The panel of one case for one member; records that they looked at it (flushed by the caller's audit). */
export function casePanel(deps: SidebarDeps, audit: AuditTrail | null, member: StaffMember, caseNo: string): CasePanel {
  const { row, state } = loadCase(deps.register, caseNo);
  audit?.record({ actor: member.email, action: 'case_viewed', caseNo, details: '' });
  return {
    caseNo,
    statusLabel: statusLabel(state.status),
    service: text(row.service),
    officer: text(row.officer),
    beneficiary: beneficiaryView(deps.register, member, row),
    deadline: deadlineView(state, deps.config, deps.clock.now()),
    timeline: timelineOf(deps.register, deps.config, caseNo),
    steps: stepViews(member, state, row, deps.config.profile),
  };
}
