// A beneficiary asks for no more messages (PDPL art. 25): recorded in the register, audited, and honoured at
// once: what is still waiting in the outbox for their cases is withheld, and nothing new is queued for them.
// Their later request to have messages again is recorded the same way (fresh consent, audited).
import type { CellsOf, Clock, Register } from '../../ports';
import type { AuditTrail } from '../audit';
import type { RegisterConfig } from '../config';
import { requireStep } from '../access';
import { t } from '../../i18n';
import { failure } from '../../domain/codedError';
import { listIdOf } from '../register/lists';

export interface OptOutDeps {
  register: Register;
  clock: Clock;
  audit: AuditTrail;
  config: RegisterConfig;
}

function findPerson(deps: OptOutDeps, beneficiaryId: string) {
  const id = beneficiaryId.trim().toUpperCase();
  const found = id ? deps.register.table('beneficiaries').findBy('beneficiary_id', id) : null;
  if (!found) throw failure('NOT_FOUND', 'optout.notFound', { beneficiaryId: id || '—' });
  return { id, found };
}

/** The person asked an officer to have messages again, on the channels they had accepted: the opt-out is
 *  lifted and the consent's time is now. Messages withheld meanwhile stay withheld (they are old news). Run
 *  twice, the second run changes and audits nothing. */
export function resumeMessages(deps: OptOutDeps, beneficiaryId: string, actor: string): { message: string; resumed: boolean } {
  requireStep(deps.config.staff, actor, 'ResumeMessages');
  const { id, found } = findPerson(deps, beneficiaryId);
  if (!found.row.opted_out_at) return { message: t('optin.notOptedOut', { beneficiaryId: id }), resumed: false };
  const now = deps.clock.now();
  deps.register.table('beneficiaries').update([{ rowNumber: found.rowNumber, row: { opted_out_at: null, channels_consent_at: now, updated_at: now } }]);
  deps.audit.record({ actor, action: 'beneficiary_opted_in', details: t('optin.auditStaff', { beneficiaryId: id, channels: String(found.row.channels_accepted ?? '') || '—' }) });
  deps.audit.flush();
  return { message: t('optin.done', { beneficiaryId: id }), resumed: true };
}

/** The person's complaints (linked to their cases, or from their mobile) and program registrations (their
 *  national ID or mobile), whose messages go to them too: where the profile has those workflows. */
function otherReferences(deps: OptOutDeps, person: CellsOf<'beneficiaries'>, caseNos: string[]): string[] {
  const { features } = deps.config.profile;
  const mobile = person.mobile ? String(person.mobile) : '';
  const nationalId = person.national_id ? String(person.national_id) : '';
  const refs: string[] = [];
  if (features.complaints) {
    const complaints = deps.register.table('complaints');
    const hits = [...caseNos.flatMap((c) => complaints.findAllBy('case_no', c)), ...(mobile ? complaints.findAllBy('mobile', mobile) : [])];
    refs.push(...hits.map(({ row }) => String(row.complaint_no)));
  }
  if (features.programs) {
    const registrations = deps.register.table('registrations');
    const hits = [...(nationalId ? registrations.findAllBy('national_id', nationalId) : []), ...(mobile ? registrations.findAllBy('mobile', mobile) : [])];
    refs.push(...hits.map(({ row }) => String(row.reg_no)));
  }
  return refs;
}

export function optOutBeneficiary(deps: OptOutDeps, beneficiaryId: string, actor: string): { message: string; withheld: number } {
  requireStep(deps.config.staff, actor, 'OptOut');
  const { id, found } = findPerson(deps, beneficiaryId);
  const people = deps.register.table('beneficiaries');
  const now = deps.clock.now();
  if (!found.row.opted_out_at) people.update([{ rowNumber: found.rowNumber, row: { opted_out_at: now, updated_at: now } }]);
  const caseNos = deps.register.table('cases').findAllBy('beneficiary_id', id).map(({ row }) => String(row.case_no));
  const refs = new Set([...caseNos, ...otherReferences(deps, found.row, caseNos)]);
  // The outbox's case_no and status columns, one read each (a search per reference would read the tab per reference);
  // a status is the label staff see or an id typed by hand.
  const outbox = deps.register.table('outbox');
  const statuses = outbox.columnValues('status');
  const waiting = outbox.columnValues('case_no').flatMap((ref, i) =>
    refs.has(ref.trim()) && listIdOf('outboxStatus', statuses[i] ?? '') === 'queued' ? [i + 2] : []);
  outbox.update(waiting.map((rowNumber) => ({ rowNumber, row: { status: 'withheld', next_attempt_at: null } })));
  deps.audit.record({ actor, action: 'beneficiary_opted_out', details: t('optout.audit', { beneficiaryId: id }) });
  deps.audit.flush();
  return { message: t('optout.done', { beneficiaryId: id }), withheld: waiting.length };
}
