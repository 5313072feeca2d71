// The complaint lifecycle as a decider (CM): decide(command, state) → events, evolve(state, event) → state.
import { complaintError, type ComplaintField } from './errors';
import { checkedStamp, inStatus } from '../codedError';
import {
  COMPLAINT_CHANNELS,
  initialComplaint,
  type ComplaintChannel,
  type ComplaintCommand,
  type ComplaintCommandType,
  type ComplaintEvent,
  type ComplaintState,
  type ComplaintStatus,
} from './types';

/** The legal next steps from `state`: what the complaints tab offers. */
export function allowedComplaintCommands(state: ComplaintState): ComplaintCommandType[] {
  switch (state.status) {
    case 'initial':
      return ['ReceiveComplaint'];
    case 'received':
      return ['AssignToCommittee'];
    case 'assigned':
      return ['StartInvestigation'];
    case 'under_investigation':
      return ['RecordResolution'];
    case 'settled':
    case 'not_settled':
      return ['NotifyComplainant'];
    case 'complainant_notified':
      return ['CloseComplaint'];
    case 'closed':
      return [];
    default: {
      const _exhaustive: never = state;
      return _exhaustive;
    }
  }
}

/** The events a command produces from `state`; throws a coded error when it is refused. */
export function decideComplaint(command: ComplaintCommand, state: ComplaintState): ComplaintEvent[] {
  const stamp = checkedStamp(command.data, (code) => complaintError({ code }));
  if (!allowedComplaintCommands(state).includes(command.type)) {
    throw complaintError({ code: 'ILLEGAL_TRANSITION', from: state.status, command: command.type });
  }
  switch (command.type) {
    case 'ReceiveComplaint': {
      const complaintId = required(command.data.complaintId, 'complaintId');
      const channel = required(command.data.channel, 'channel');
      if (!isComplaintChannel(channel)) throw complaintError({ code: 'UNKNOWN_CHANNEL', channel });
      const summary = required(command.data.summary, 'summary');
      const caseId = command.data.caseId?.trim();
      return [{ type: 'ComplaintReceived', data: { complaintId, channel, summary, ...(caseId ? { caseId } : {}), ...stamp } }];
    }
    case 'AssignToCommittee':
      return [{ type: 'ComplaintAssigned', data: { committee: required(command.data.committee, 'committee'), ...stamp } }];
    case 'StartInvestigation':
      return [{ type: 'InvestigationStarted', data: { ...stamp } }];
    case 'RecordResolution':
      return [{
        type: 'ResolutionRecorded',
        data: { settled: command.data.settled, resolution: required(command.data.resolution, 'resolution'), ...stamp },
      }];
    case 'NotifyComplainant':
      return [{ type: 'ComplainantNotified', data: { channel: required(command.data.channel, 'channel'), ...stamp } }];
    case 'CloseComplaint':
      return [{ type: 'ComplaintClosed', data: { ...stamp } }];
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}

/** The state after `event`; an event that cannot follow `state` means the stored history is damaged. */
export function evolveComplaint(state: ComplaintState, event: ComplaintEvent): ComplaintState {
  const { at, actor } = event.data;
  const damaged = (from: ComplaintStatus): Error => complaintError({ code: 'CORRUPT_HISTORY', from, event: event.type });
  switch (event.type) {
    case 'ComplaintReceived': {
      inStatus(state, ['initial'], damaged);
      const { complaintId, channel, caseId, summary } = event.data;
      return { status: 'received', complaintId, channel, summary, ...(caseId ? { caseId } : {}), receivedAt: at, receivedBy: actor };
    }
    case 'ComplaintAssigned': {
      const current = inStatus(state, ['received'], damaged);
      return { ...current, status: 'assigned', committee: event.data.committee, assignedAt: at };
    }
    case 'InvestigationStarted': {
      const current = inStatus(state, ['assigned'], damaged);
      return { ...current, status: 'under_investigation', investigationStartedAt: at };
    }
    case 'ResolutionRecorded': {
      const current = inStatus(state, ['under_investigation'], damaged);
      const { settled, resolution } = event.data;
      return { ...current, status: settled ? 'settled' : 'not_settled', settled, resolution, resolvedAt: at };
    }
    case 'ComplainantNotified': {
      const current = inStatus(state, ['settled', 'not_settled'], damaged);
      return { ...current, status: 'complainant_notified', notification: { channel: event.data.channel, at } };
    }
    case 'ComplaintClosed': {
      const current = inStatus(state, ['complainant_notified'], damaged);
      return { ...current, status: 'closed', closedAt: at };
    }
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}

export function replayComplaint(events: readonly ComplaintEvent[], from: ComplaintState = initialComplaint): ComplaintState {
  return events.reduce(evolveComplaint, from);
}

export const complaintDecider = { decide: decideComplaint, evolve: evolveComplaint, initialState: initialComplaint } as const;

export function isComplaintChannel(channel: string): channel is ComplaintChannel {
  return (COMPLAINT_CHANNELS as readonly string[]).includes(channel);
}

function required(value: string, field: ComplaintField): string {
  const trimmed = value.trim();
  if (!trimmed) throw complaintError({ code: 'FIELD_REQUIRED', field });
  return trimmed;
}
