// Who may do what: a staff member's role (from the staff tab) decides the case and workflow steps they may
// take and whether they see a beneficiary's identifiers in full. Checked on the server, on every call.
import type { CellsOf, StaffRole } from '../ports';
import type { CommandType } from '../domain/case';
import type { StaffMember } from './config';
import { listLabel } from './register/lists';
import { failure } from '../domain/codedError';

/** Steps each role may take (SR, EL): officers run the case, committee members decide, managers do both. */
const ROLE_COMMANDS: Record<StaffRole, readonly CommandType[]> = {
  officer: ['StartStudy', 'RecordVerification', 'ReferToOfficer', 'ReturnFromReferral', 'DeliverService', 'Close', 'Withdraw'],
  committee_member: ['Decide'],
  manager: ['StartStudy', 'RecordVerification', 'ReferToOfficer', 'ReturnFromReferral', 'Decide', 'DeliverService', 'Close', 'Withdraw'],
  admin: ['StartStudy', 'RecordVerification', 'ReferToOfficer', 'ReturnFromReferral', 'Decide', 'DeliverService', 'Close', 'Withdraw'],
};

export function roleLabel(role: StaffRole): string {
  return listLabel('role', role);
}

/** The staff member behind an email, or a coded refusal: people not in the staff tab get nothing. */
export function staffMemberOf(staff: readonly StaffMember[], email: string): StaffMember {
  const wanted = email.trim().toLowerCase();
  const member = wanted ? staff.find((m) => m.email === wanted) : undefined;
  if (!member) throw failure('NOT_STAFF', 'sidebar.error.NOT_STAFF');
  return member;
}

/** True when the case row names this member as its contact officer. */
export function isAssignedOfficer(member: StaffMember, caseRow: CellsOf<'cases'>): boolean {
  return member.role === 'officer' && String(caseRow.officer ?? '').trim().toLowerCase() === member.email;
}

/** Full identifiers (PDPL need-to-know): the officer on the case, managers and admins; everyone else sees masks. */
export function maySeeIdentifiers(member: StaffMember, caseRow: CellsOf<'cases'>): boolean {
  return member.role === 'manager' || member.role === 'admin' || isAssignedOfficer(member, caseRow);
}

/** Whether the role allows a step at all; an officer acts only on cases assigned to them (or to nobody yet). */
export function mayRun(member: StaffMember, command: CommandType, caseRow: CellsOf<'cases'>): boolean {
  if (!ROLE_COMMANDS[member.role].includes(command)) return false;
  if (member.role !== 'officer') return true;
  const officer = String(caseRow.officer ?? '').trim();
  return officer === '' || isAssignedOfficer(member, caseRow);
}

const forbidden = (member: StaffMember): Error => failure('FORBIDDEN', 'sidebar.error.FORBIDDEN', { role: roleLabel(member.role) });

/** Throws the Arabic refusal when the member may not run the step on this case. */
export function requireRun(member: StaffMember, command: CommandType, caseRow: CellsOf<'cases'>): void {
  if (!mayRun(member, command, caseRow)) throw forbidden(member);
}

/** Steps of the policy workflows and the roles that take them besides managers and admins, who take every
 *  step. Complaints (CM): officers receive and refer them; the follow-up committee investigates and records
 *  the outcome; either answers the complainant and closes. Compensation (CP): either opens a claim; the
 *  investigation committee records the conditions, its members approve
 *  the minutes (membership is checked too), managers grant or refuse. Programs (PR) and field activities
 *  (SAT): officers run them; an interview is recorded by whoever held it. */
export const WORKFLOW_STEP_ROLES = {
  RegisterComplaint: ['officer', 'committee_member'],
  AssignToCommittee: ['officer'],
  StartInvestigation: ['committee_member'],
  RecordResolution: ['committee_member'],
  NotifyComplainant: ['officer', 'committee_member'],
  CloseComplaint: ['officer', 'committee_member'],
  OpenClaim: ['officer', 'committee_member'],
  RecordFault: ['committee_member'],
  RecordMinutes: ['committee_member'],
  ApproveMinutes: ['officer', 'committee_member'],
  RecordRuling: ['committee_member'],
  RecordSettlement: ['committee_member'],
  GrantCompensation: [],
  RefuseClaim: [],
  CreateProgram: ['officer'],
  InviteToInterview: ['officer'],
  RecordInterview: ['officer', 'committee_member'],
  CallToComplete: ['officer'],
  RecordPayment: ['officer'],
  Enroll: ['officer'],
  RecordAttendance: ['officer'],
  Announcement: ['officer'],
  Report: ['officer'],
  LogFieldActivity: ['officer'],
  // Personal data (issue 17): anyone on staff records a suspected breach; managers record notifying the authority.
  RecordBreach: ['officer', 'committee_member'],
  NotifyAuthority: [],
  // Channels (issue 16): any officer records a beneficiary's request to stop messages.
  OptOut: ['officer'],
  // …and their later request to have them again (consent given to the officer, audited).
  ResumeMessages: ['officer'],
  // The evidence pack for the board: managers and admins.
  EvidencePack: [],
  // Requests from data subjects: anyone on staff records one; officers answer and extend them.
  RecordDataRequest: ['officer', 'committee_member'],
  AnswerDataRequest: ['officer'],
} as const satisfies Record<string, readonly StaffRole[]>;
export type WorkflowStep = keyof typeof WORKFLOW_STEP_ROLES;

/** Whether the member's role takes this workflow step. */
export function mayTake(member: StaffMember, step: string): boolean {
  if (member.role === 'manager' || member.role === 'admin') return true;
  const roles: readonly StaffRole[] | undefined = (WORKFLOW_STEP_ROLES as Record<string, readonly StaffRole[]>)[step];
  return roles?.includes(member.role) ?? false;
}

/** The staff member behind `actor` when their role takes the step; the Arabic refusal otherwise (a step the
 *  table does not list is for managers and admins only). */
export function requireStep(staff: readonly StaffMember[], actor: string, step: string): StaffMember {
  const member = staffMemberOf(staff, actor);
  if (!mayTake(member, step)) throw forbidden(member);
  return member;
}

/** Cases that are "my work": an officer's own, the committee's cases awaiting a decision, everything for managers. */
export function isMyCase(member: StaffMember, caseRow: CellsOf<'cases'>, status: string): boolean {
  if (member.role === 'officer') return isAssignedOfficer(member, caseRow);
  if (member.role === 'committee_member') return status === 'under_study';
  return true;
}
