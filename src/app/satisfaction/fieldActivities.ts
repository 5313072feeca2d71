// SAT-2…4: staff log a field survey, a supervisory visit or an interview, where the policy lists that method.
import type { Clock, Register } from '../../ports';
import type { AuditTrail } from '../audit';
import type { Profile } from '../../profiles';
import { fieldActivityRecord } from '../../domain/satisfaction';
import { t } from '../../i18n';
import { requireStep } from '../access';
import type { StaffMember } from '../config';

export interface FieldActivityInput {
  kind: string;
  date: string;
  place: string;
  participants: number;
  findings: string;
}

export function logFieldActivity(
  deps: { register: Register; clock: Clock; audit: AuditTrail; profile: Profile; staff: readonly StaffMember[] },
  input: FieldActivityInput,
  actor: string,
): { kind: string; date: string } {
  requireStep(deps.staff, actor, 'LogFieldActivity');
  const now = deps.clock.now();
  const record = fieldActivityRecord(
    { kind: String(input.kind ?? ''), date: String(input.date ?? ''), place: String(input.place ?? ''), participants: Number(input.participants), findings: String(input.findings ?? '') },
    { actor, at: now.toISOString() },
    deps.profile,
  );
  const kind = t(`policy.satisfaction.activity.${record.kind}`);
  deps.register.table('field_activities').append([
    { kind, date: record.date, place: record.place, participants: record.participants, findings: record.findings, recorded_by: record.recordedBy, recorded_at: now },
  ]);
  deps.audit.record({ actor, action: 'field_activity', details: `${kind} — ${record.date} — ${record.place}` });
  deps.audit.flush();
  return { kind, date: record.date };
}
