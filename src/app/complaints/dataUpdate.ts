// Beneficiary data updates (IN-3): applied only when the national ID and the mobile on file match one
// beneficiary; anything else is recorded for staff to verify, never written over the register.
import type { Cell, CellsOf } from '../../ports';
import type { Answers } from '../../ports/forms';
import { renderMail } from '../notify/mailTemplate';
import { describeVerifyReason, matchUpdateRequest, type BeneficiaryRecord, type FieldChange } from '../../domain/staff';
import { maskEmail, maskNationalId, maskPhone, validateNationalId } from '../../domain/text';
import type { PolicyDeps } from './complaints';
import { t, type LabelUnder } from '../../i18n';

export type DataUpdateOutcome = 'applied' | 'unchanged' | 'verify' | 'already_recorded';

const text = (v: Answers[string] | undefined): string => (Array.isArray(v) ? v.join(' ') : String(v ?? '')).trim();
const cell = (v: Cell | undefined): string => (v === null || v === undefined ? '' : String(v));
const fieldLabel = (field: LabelUnder<'in3.field.'>) => t(`in3.field.${field}`);

/** A change as the audit trail and the updates tab show it: the field, and masked before/after values. */
function maskedChange(c: FieldChange): string {
  const mask = c.field === 'mobile' ? maskPhone : c.field === 'email' ? maskEmail : (v: string) => v;
  return t('in3.change', { field: fieldLabel(c.field), before: c.before ? mask(c.before) : '—', after: mask(c.after) });
}

export function applyDataUpdate(deps: PolicyDeps, responseId: string, answers: Answers, actor: string): DataUpdateOutcome {
  const updates = deps.register.table('updates');
  if (updates.findBy('response_id', responseId)) return 'already_recorded';
  const beneficiaries = deps.register.table('beneficiaries');
  const known = beneficiaries.readAll();
  const records: BeneficiaryRecord[] = known.map(({ row }) => ({
    beneficiaryId: cell(row.beneficiary_id), nationalId: cell(row.national_id), mobile: cell(row.mobile), email: cell(row.email),
    city: '', address: '', preferredChannel: '',
  }));
  const request = { nationalId: text(answers.national_id), mobile: text(answers.mobile), changes: { mobile: text(answers.new_mobile), email: text(answers.new_email) } };
  const match = matchUpdateRequest(request, records);
  const now = deps.clock.now();
  const id = validateNationalId(request.nationalId);
  const requested = [
    request.changes.mobile ? `${fieldLabel('mobile')}: ${request.changes.mobile}` : '',
    request.changes.email ? `${fieldLabel('email')}: ${request.changes.email}` : '',
  ].filter(Boolean).join('؛ ');
  const base: CellsOf<'updates'> = { received_at: now, national_id_masked: id.ok ? maskNationalId(id.value) : null, requested, response_id: responseId };
  if (match.kind === 'verify') {
    const reason = describeVerifyReason(match);
    updates.append([{ ...base, outcome: t('in3.outcome.verify'), reason }]);
    deps.audit.record({ actor, action: 'data_update_to_verify', details: `${base.national_id_masked ?? '—'}: ${reason}` });
    const staff = deps.config.managerEmail;
    if (staff) {
      const org = deps.config.profile.name.ar;
      deps.outbox.queueAndSend([{
        messageId: `update-verify:${responseId}`, caseNo: '', channel: 'email', recipient: staff,
        mail: renderMail({ to: staff, subject: t('in3.task.subject', { org }), greeting: t('mail.greetingStaff'), paragraphs: [t('in3.task.body'), reason], footer: deps.config.profile.mailFooterAr, digits: deps.config.profile.digits }),
      }]);
    }
    deps.audit.flush();
    return 'verify';
  }
  const target = known.find(({ row }) => cell(row.beneficiary_id) === match.beneficiaryId)!;
  const changes = match.kind === 'apply' ? match.changes : [];
  if (changes.length > 0) {
    beneficiaries.update([{ rowNumber: target.rowNumber, row: { ...Object.fromEntries(changes.map((c) => [c.field, c.after])), updated_at: now } }]);
  }
  const changed = changes.map(maskedChange).join('؛ ');
  updates.append([{ ...base, outcome: t(changes.length ? 'in3.outcome.applied' : 'in3.outcome.unchanged'), beneficiary_id: match.beneficiaryId, changed: changed || null }]);
  if (changes.length) deps.audit.record({ actor, action: 'data_update_applied', details: `${match.beneficiaryId}: ${changed}` });
  deps.audit.flush();
  return changes.length ? 'applied' : 'unchanged';
}
