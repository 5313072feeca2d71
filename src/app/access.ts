// Who may do what: a staff member's role (from the staff tab) decides the case steps they may take and
// whether they see a beneficiary's identifiers in full. Checked on the server, on every call.
import type { Row } from '../ports';
import type { CommandType } from '../domain/case';
import type { StaffMember, StaffRole } from './config';
import { t, type MessageKey } from '../i18n';

/** Steps each role may take (SR, EL): officers run the case, committee members decide, managers do both. */
const ROLE_COMMANDS: Record<StaffRole, readonly CommandType[]> = {
  officer: ['StartStudy', 'RecordVerification', 'ReferToOfficer', 'ReturnFromReferral', 'DeliverService', 'Close', 'Withdraw'],
  committee_member: ['Decide'],
  manager: ['StartStudy', 'RecordVerification', 'ReferToOfficer', 'ReturnFromReferral', 'Decide', 'DeliverService', 'Close', 'Withdraw'],
  admin: ['StartStudy', 'RecordVerification', 'ReferToOfficer', 'ReturnFromReferral', 'Decide', 'DeliverService', 'Close', 'Withdraw'],
};

export function roleLabel(role: StaffRole): string {
  return t(`list.role.${role}` as MessageKey);
}

/** The staff member behind an email, or a coded refusal: people not in the staff tab get nothing. */
export function staffMemberOf(staff: readonly StaffMember[], email: string): StaffMember {
  const wanted = email.trim().toLowerCase();
  const member = wanted ? staff.find((m) => m.email === wanted) : undefined;
  if (!member) throw new Error(t('sidebar.error.NOT_STAFF'), { cause: { code: 'NOT_STAFF' } });
  return member;
}

/** True when the case row names this member as its contact officer. */
export function isAssignedOfficer(member: StaffMember, caseRow: Row): boolean {
  return member.role === 'officer' && String(caseRow.officer ?? '').trim().toLowerCase() === member.email;
}

/** Full identifiers (PDPL need-to-know): the officer on the case, managers and admins; everyone else sees masks. */
export function maySeeIdentifiers(member: StaffMember, caseRow: Row): boolean {
  return member.role === 'manager' || member.role === 'admin' || isAssignedOfficer(member, caseRow);
}

/** Whether the role allows a step at all; an officer acts only on cases assigned to them (or to nobody yet). */
export function mayRun(member: StaffMember, command: CommandType, caseRow: Row): boolean {
  if (!ROLE_COMMANDS[member.role].includes(command)) return false;
  if (member.role !== 'officer') return true;
  const officer = String(caseRow.officer ?? '').trim();
  return officer === '' || isAssignedOfficer(member, caseRow);
}

/** Throws the Arabic refusal when the member may not run the step on this case. */
export function requireRun(member: StaffMember, command: CommandType, caseRow: Row): void {
  if (!mayRun(member, command, caseRow)) {
    throw new Error(t('sidebar.error.FORBIDDEN', { role: roleLabel(member.role) }), { cause: { code: 'FORBIDDEN' } });
  }
}

/** Cases that are "my work": an officer's own, the committee's cases awaiting a decision, everything for managers. */
export function isMyCase(member: StaffMember, caseRow: Row, status: string): boolean {
  if (member.role === 'officer') return isAssignedOfficer(member, caseRow);
  if (member.role === 'committee_member') return status === 'under_study';
  return true;
}
