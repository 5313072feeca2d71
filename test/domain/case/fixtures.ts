// Shared given/when/then helpers and sample commands for the case decider tests.
import {
  decide,
  replay,
  caseErrorCause,
  type CaseCommand,
  type CaseEvent,
  type CaseState,
  type CommandType,
} from '../../../src/domain/case';

export const AT = '2025-03-02T09:00:00Z';
export const LATER = '2025-03-05T10:30:00Z';
export const ACTOR = 'noura@esrar.org.sa';

const stamp = { actor: ACTOR, at: AT };

/** A valid command of each type, so tests can ask "is this step allowed here?". */
export function sampleCommand(type: CommandType, at = AT): CaseCommand {
  const s = { ...stamp, at };
  switch (type) {
    case 'Receive':
      return { type, data: { caseId: 'R-1001', channel: 'google_forms', serviceId: 'training', ...s } };
    case 'MarkIncomplete':
      return { type, data: { missing: ['national_id'], ...s } };
    case 'SupplyMissing':
      return { type, data: { supplied: ['national_id'], ...s } };
    case 'Complete':
      return { type, data: { ...s } };
    case 'StartStudy':
      return { type, data: { unit: 'research_committee', ...s } };
    case 'RecordVerification':
      return { type, data: { method: 'field_visit', outcome: 'confirmed', notes: 'زيارة منزلية', ...s } };
    case 'ReferToOfficer':
      return { type, data: { officer: 'social_research_officer', reason: 'الإجراءات غير واضحة', ...s } };
    case 'ReturnFromReferral':
      return { type, data: { ...s } };
    case 'Decide':
      return {
        type,
        data: { decision: 'accepted', reasons: ['استوفى الشروط'], committee: 'لجنة البحث', verificationRequired: false, ...s },
      };
    case 'NotifyBeneficiary':
      return { type, data: { channel: 'email', ...s } };
    case 'DeliverService':
      return { type, data: { ...s } };
    case 'Close':
      return { type, data: { ...s } };
    case 'Withdraw':
      return { type, data: { reason: 'طلب المستفيد', ...s } };
    default: {
      const _exhaustive: never = type;
      return _exhaustive;
    }
  }
}

/** Apply commands in order from the initial state, as a user would click through them. */
export function given(...commands: CaseCommand[]): { state: CaseState; events: CaseEvent[] } {
  const events: CaseEvent[] = [];
  let state = replay([]);
  for (const command of commands) {
    const produced = decide(command, state);
    events.push(...produced);
    state = replay(produced, state);
  }
  return { state, events };
}

export function when(state: CaseState, command: CaseCommand): { events: CaseEvent[]; state: CaseState } {
  const events = decide(command, state);
  return { events, state: replay(events, state) };
}

/** The error code a command is refused with, or 'accepted' when it is not refused. */
export function refusal(state: CaseState, command: CaseCommand): string {
  try {
    decide(command, state);
    return 'accepted';
  } catch (error) {
    const cause = caseErrorCause(error);
    if (!cause) throw error;
    return cause.code;
  }
}

const c = (type: CommandType) => sampleCommand(type);

/** One state per status (and both kinds of notified case), reached by legal steps. */
export function sampleStates(): Record<string, CaseState> {
  const underStudy = [c('Receive'), c('Complete'), c('StartStudy')];
  const rejected: CaseCommand = {
    type: 'Decide',
    data: { decision: 'rejected', reasons: ['الدخل يتجاوز الحد'], committee: 'لجنة البحث', verificationRequired: false, ...stamp },
  };
  return {
    initial: given().state,
    received: given(c('Receive')).state,
    incomplete: given(c('Receive'), c('MarkIncomplete')).state,
    complete: given(c('Receive'), c('Complete')).state,
    under_study: given(...underStudy).state,
    referred: given(c('Receive'), c('ReferToOfficer')).state,
    decided: given(...underStudy, c('Decide')).state,
    notified_accepted: given(...underStudy, c('Decide'), c('NotifyBeneficiary')).state,
    notified_rejected: given(...underStudy, rejected, c('NotifyBeneficiary')).state,
    delivered: given(...underStudy, c('Decide'), c('NotifyBeneficiary'), c('DeliverService')).state,
    closed: given(...underStudy, c('Decide'), c('NotifyBeneficiary'), c('DeliverService'), c('Close')).state,
    withdrawn: given(c('Receive'), c('Withdraw')).state,
  };
}
