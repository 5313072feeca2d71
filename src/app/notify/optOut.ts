// A beneficiary asks for no more messages (PDPL art. 25): recorded in the register, audited, and honoured at
// once: what is still waiting in the outbox for their cases is withheld, and nothing new is queued for them.
import type { Clock, Register } from '../../ports';
import type { AuditTrail } from '../audit';
import type { RegisterConfig } from '../config';
import { requireStep } from '../access';
import { t } from '../../i18n';
import { failure } from '../../domain/codedError';

export interface OptOutDeps {
  register: Register;
  clock: Clock;
  audit: AuditTrail;
  config: RegisterConfig;
}

export function optOutBeneficiary(deps: OptOutDeps, beneficiaryId: string, actor: string): { message: string; withheld: number } {
  requireStep(deps.config.staff, actor, 'OptOut');
  const id = beneficiaryId.trim().toUpperCase();
  const people = deps.register.table('beneficiaries');
  const found = id ? people.findBy('beneficiary_id', id) : null;
  if (!found) throw failure('NOT_FOUND', 'optout.notFound', { beneficiaryId: id || '—' });
  const now = deps.clock.now();
  if (!found.row.opted_out_at) people.update([{ rowNumber: found.rowNumber, row: { opted_out_at: now, updated_at: now } }]);
  const caseNos = new Set(deps.register.table('cases').findAllBy('beneficiary_id', id).map(({ row }) => String(row.case_no)));
  const outbox = deps.register.table('outbox');
  const waiting = [...caseNos].flatMap((caseNo) => outbox.findAllBy('case_no', caseNo)).filter(({ row }) => row.status === 'queued');
  outbox.update(waiting.map(({ rowNumber }) => ({ rowNumber, row: { status: 'withheld', next_attempt_at: null } })));
  deps.audit.record({ actor, action: 'beneficiary_opted_out', details: t('optout.audit', { beneficiaryId: id }) });
  deps.audit.flush();
  return { message: t('optout.done', { beneficiaryId: id }), withheld: waiting.length };
}
