// The case lifecycle as a decider: decide(command, state) → events, evolve(state, event) → state.
import { checkedStamp, cleanList, inStatus } from '../codedError';
import type { CaseCommand, CommandType } from './commands';
import type { CaseEvent } from './events';
import { caseError, type CaseField } from './errors';
import {
  initialState,
  type CaseFile,
  type CaseState,
  type CaseStatus,
  type OpenStatus,
  type ReferableCase,
} from './state';

/** The commands that are legal next steps from `state`: what the sidebar offers as buttons. */
export function allowedCommands(state: CaseState): CommandType[] {
  switch (state.status) {
    case 'initial':
      return ['Receive'];
    case 'received':
      return ['MarkIncomplete', 'Complete', 'ReferToOfficer', 'Withdraw'];
    case 'incomplete':
      return ['MarkIncomplete', 'SupplyMissing', 'Complete', 'ReferToOfficer', 'Withdraw'];
    case 'complete':
      return ['StartStudy', 'ReferToOfficer', 'Withdraw'];
    case 'under_study':
      return ['RecordVerification', 'Decide', 'ReferToOfficer', 'Withdraw'];
    case 'referred':
      return ['ReturnFromReferral', 'Withdraw'];
    case 'decided':
      return ['NotifyBeneficiary', 'Withdraw'];
    case 'notified':
      // A rejected case is closed once the beneficiary is told; there is nothing to deliver or withdraw.
      return state.decision === 'accepted' ? ['DeliverService', 'Withdraw'] : ['Close'];
    case 'delivered':
      return ['Close'];
    case 'closed':
    case 'withdrawn':
      return [];
    default: {
      const _exhaustive: never = state;
      return _exhaustive;
    }
  }
}

/** The events a command produces from `state`; throws a coded error when the policy refuses it. */
export function decide(command: CaseCommand, state: CaseState): CaseEvent[] {
  const stamp = checkedStamp(command.data, (code) => caseError({ code }));
  const illegal = (from: CaseStatus): Error => caseError({ code: 'ILLEGAL_TRANSITION', from, command: command.type });
  if (command.type === 'DeliverService' && state.status === 'notified' && state.decision === 'rejected') {
    throw caseError({ code: 'DELIVERY_REQUIRES_ACCEPTANCE' });
  }
  if (!allowedCommands(state).includes(command.type)) {
    throw illegal(state.status);
  }
  switch (command.type) {
    case 'Receive': {
      const caseId = required(command.data.caseId, 'caseId');
      const channel = required(command.data.channel, 'channel');
      const serviceId = required(command.data.serviceId, 'serviceId');
      return [{ type: 'CaseReceived', data: { caseId, channel, serviceId, ...stamp } }];
    }
    case 'MarkIncomplete': {
      const missing = cleanList(command.data.missing);
      if (missing.length === 0) throw caseError({ code: 'MISSING_ITEMS_REQUIRED' });
      return [{ type: 'MarkedIncomplete', data: { missing, ...stamp } }];
    }
    case 'SupplyMissing': {
      const current = inStatus(state, ['incomplete'], illegal);
      const supplied = cleanList(command.data.supplied);
      if (supplied.length === 0) throw caseError({ code: 'NOTHING_SUPPLIED' });
      const unknown = supplied.filter((item) => !current.missing.includes(item));
      if (unknown.length > 0) throw caseError({ code: 'UNKNOWN_MISSING_ITEM', items: unknown });
      const remaining = current.missing.filter((item) => !supplied.includes(item));
      const events: CaseEvent[] = [{ type: 'MissingItemsSupplied', data: { supplied, remaining, ...stamp } }];
      // The last missing item completes the request, which starts the reply deadline (SR-5, SR-6).
      if (remaining.length === 0) events.push({ type: 'CaseCompleted', data: { ...stamp } });
      return events;
    }
    case 'Complete':
      return [{ type: 'CaseCompleted', data: { ...stamp } }];
    case 'StartStudy':
      return [{ type: 'StudyStarted', data: { unit: required(command.data.unit, 'unit'), ...stamp } }];
    case 'RecordVerification': {
      const { method, outcome, notes } = command.data;
      return [{ type: 'VerificationRecorded', data: { method, outcome, notes: notes.trim(), ...stamp } }];
    }
    case 'ReferToOfficer':
      return [{
        type: 'ReferredToOfficer',
        data: { officer: required(command.data.officer, 'officer'), reason: command.data.reason.trim(), ...stamp },
      }];
    case 'ReturnFromReferral':
      return [{ type: 'ReturnedFromReferral', data: { ...stamp } }];
    case 'Decide': {
      const current = inStatus(state, ['under_study'], illegal);
      const reasons = cleanList(command.data.reasons);
      if (reasons.length === 0) throw caseError({ code: 'REASONS_REQUIRED' });
      const committee = required(command.data.committee, 'committee');
      // "needs_more" is not a finding: a decision must rest on a confirmed or refuted verification.
      const verified = current.verifications.some((v) => v.outcome !== 'needs_more');
      if (command.data.verificationRequired && !verified) throw caseError({ code: 'VERIFICATION_REQUIRED' });
      const minutesRef = command.data.minutesRef?.trim();
      return [{
        type: 'CaseDecided',
        data: { decision: command.data.decision, reasons, committee, ...(minutesRef ? { minutesRef } : {}), ...stamp },
      }];
    }
    case 'NotifyBeneficiary':
      return [{ type: 'BeneficiaryNotified', data: { channel: required(command.data.channel, 'channel'), ...stamp } }];
    case 'DeliverService':
      return [{ type: 'ServiceDelivered', data: { ...stamp } }];
    case 'Close':
      return [{ type: 'CaseClosed', data: { ...stamp } }];
    case 'Withdraw': {
      const reason = command.data.reason.trim();
      if (!reason) throw caseError({ code: 'WITHDRAWAL_REASON_REQUIRED' });
      return [{ type: 'CaseWithdrawn', data: { reason, ...stamp } }];
    }
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}

/** The state after `event`; an event that cannot follow `state` means the stored history is damaged. */
export function evolve(state: CaseState, event: CaseEvent): CaseState {
  const { at, actor } = event.data;
  const damaged = (from: CaseStatus): Error => caseError({ code: 'CORRUPT_HISTORY', from, event: event.type });
  switch (event.type) {
    case 'CaseReceived': {
      inStatus(state, ['initial'], damaged);
      const { caseId, channel, serviceId } = event.data;
      return { status: 'received', caseId, channel, serviceId, receivedAt: at, receivedBy: actor };
    }
    case 'MarkedIncomplete': {
      const current = inStatus(state, ['received', 'incomplete'], damaged);
      return { ...fileOf(current), status: 'incomplete', missing: event.data.missing };
    }
    case 'MissingItemsSupplied': {
      const current = inStatus(state, ['incomplete'], damaged);
      return { ...current, missing: event.data.remaining };
    }
    case 'CaseCompleted': {
      const current = inStatus(state, ['received', 'incomplete'], damaged);
      return { ...fileOf(current), status: 'complete', completedAt: at };
    }
    case 'StudyStarted': {
      const current = inStatus(state, ['complete'], damaged);
      return { ...current, status: 'under_study', unit: event.data.unit, verifications: [] };
    }
    case 'VerificationRecorded': {
      const current = inStatus(state, ['under_study'], damaged);
      const { method, outcome, notes } = event.data;
      return { ...current, verifications: [...current.verifications, { method, outcome, notes, at, actor }] };
    }
    case 'ReferredToOfficer': {
      const current = inStatus(state, ['received', 'incomplete', 'complete', 'under_study'], damaged);
      return {
        ...fileOf(current),
        status: 'referred',
        referral: { officer: event.data.officer, reason: event.data.reason, at, by: actor },
        from: current,
      };
    }
    case 'ReturnedFromReferral':
      return inStatus(state, ['referred'], damaged).from;
    case 'CaseDecided': {
      const current = inStatus(state, ['under_study'], damaged);
      const { decision, reasons, committee, minutesRef } = event.data;
      return {
        ...current,
        status: 'decided',
        decision,
        reasons,
        committee,
        decidedAt: at,
        ...(minutesRef ? { minutesRef } : {}),
      };
    }
    case 'BeneficiaryNotified': {
      const current = inStatus(state, ['decided'], damaged);
      return { ...current, status: 'notified', notification: { channel: event.data.channel, at } };
    }
    case 'ServiceDelivered': {
      const current = inStatus(state, ['notified'], damaged);
      return { ...current, status: 'delivered', deliveredAt: at };
    }
    case 'CaseClosed': {
      const current = inStatus(state, ['notified', 'delivered'], damaged);
      return { ...current, status: 'closed', closedAt: at };
    }
    case 'CaseWithdrawn': {
      const current = inStatus(state, OPEN_STATUSES, damaged);
      return {
        ...fileOf(current),
        status: 'withdrawn',
        withdrawal: { reason: event.data.reason, at, by: actor },
        withdrawnFrom: current.status,
      };
    }
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}

/** The state a history of events leads to. */
export function replay(events: readonly CaseEvent[], from: CaseState = initialState): CaseState {
  return events.reduce(evolve, from);
}

/** The three parts together, in the shape of Dudycz's `Decider`. */
export const caseDecider = { decide, evolve, initialState } as const;

/** The statuses of a case still being worked on: a request can be withdrawn from any of them, and a new
 *  submission for the same service may duplicate it. */
export const OPEN_STATUSES: readonly OpenStatus[] = [
  'received', 'incomplete', 'complete', 'under_study', 'referred', 'decided', 'notified',
];

function required(value: string, field: CaseField): string {
  const trimmed = value.trim();
  if (!trimmed) throw caseError({ code: 'FIELD_REQUIRED', field });
  return trimmed;
}

/** The facts every state after receipt keeps, without the fields of the state they came from. */
function fileOf(state: Exclude<CaseState, { status: 'initial' }> | ReferableCase): CaseFile {
  const { caseId, channel, serviceId, receivedAt, receivedBy } = state;
  return { caseId, channel, serviceId, receivedAt, receivedBy };
}
