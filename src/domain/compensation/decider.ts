// The compensation claim as a decider (CP): conditions are recorded one by one; the grant needs all four.
import { isIsoDate, type IsoDate } from '../time';
import { checkedStamp, inStatus } from '../codedError';
import { claimError } from './errors';
import {
  COMPENSATION_CONDITIONS,
  initialClaim,
  type ClaimCommand,
  type ClaimCommandType,
  type ClaimEvent,
  type ClaimState,
  type ClaimStatus,
  type CommitteeMember,
  type CompensationCondition,
  type Conditions,
} from './types';

export function allowedClaimCommands(state: ClaimState): ClaimCommandType[] {
  switch (state.status) {
    case 'initial':
      return ['OpenClaim'];
    case 'open':
      // Granting is offered even with conditions missing, so staff get told which ones are.
      return ['RecordFault', 'RecordMinutes', 'ApproveMinutes', 'RecordRuling', 'RecordSettlement', 'GrantCompensation', 'RefuseClaim'];
    case 'granted':
    case 'refused':
      return [];
    default: {
      const _exhaustive: never = state;
      return _exhaustive;
    }
  }
}

/** Members of the recorded minutes who have not approved them yet. */
export function unapprovedMembers(conditions: Conditions): string[] {
  const minutes = conditions.minutes;
  if (!minutes) return [];
  const approved = new Set(minutes.approvals.map((a) => a.member));
  return minutes.members.map((m) => m.name).filter((name) => !approved.has(name));
}

/** The conditions not yet met, in the policy's order: what the claim tab shows next to "grant". */
export function missingConditions(conditions: Conditions): CompensationCondition[] {
  const met: Record<CompensationCondition, boolean> = {
    fault_proven: conditions.fault !== undefined,
    // Minutes count only once every member has approved them (CP-2: "معتمد من أعضائها").
    committee_minutes: conditions.minutes !== undefined && unapprovedMembers(conditions).length === 0,
    final_ruling: conditions.ruling !== undefined,
    negotiated_settlement: conditions.settlement !== undefined,
  };
  return COMPENSATION_CONDITIONS.filter((c) => !met[c]);
}

export function decideClaim(command: ClaimCommand, state: ClaimState): ClaimEvent[] {
  const stamp = checkedStamp(command.data, (code) => claimError({ code }));
  if (!allowedClaimCommands(state).includes(command.type)) {
    throw claimError({ code: 'ILLEGAL_TRANSITION', from: state.status, command: command.type });
  }
  switch (command.type) {
    case 'OpenClaim': {
      const { complaintId, caseId } = command.data;
      const links = { ...(complaintId?.trim() ? { complaintId: complaintId.trim() } : {}), ...(caseId?.trim() ? { caseId: caseId.trim() } : {}) };
      return [{
        type: 'ClaimOpened',
        data: { claimId: required(command.data.claimId, 'claimId'), description: required(command.data.description, 'description'), ...links, ...stamp },
      }];
    }
    case 'RecordFault':
      return [{
        type: 'FaultRecorded',
        data: { finding: required(command.data.finding, 'finding'), evidence: required(command.data.evidence, 'evidence'), ...stamp },
      }];
    case 'RecordMinutes': {
      const d = command.data;
      const members = cleanMembers(d.members);
      return [{
        type: 'MinutesRecorded',
        data: {
          minutesRef: required(d.minutesRef, 'minutesRef'),
          date: date(d.date, 'date'),
          committee: required(d.committee, 'committee'),
          members,
          harm: required(d.harm, 'harm'),
          size: required(d.size, 'size'),
          causes: required(d.causes, 'causes'),
          ...stamp,
        },
      }];
    }
    case 'ApproveMinutes': {
      const open = state as Extract<ClaimState, { status: 'open' }>;
      const member = required(command.data.member, 'member');
      if (!open.minutes) throw claimError({ code: 'MINUTES_NOT_RECORDED' });
      if (!open.minutes.members.some((m) => m.name === member)) throw claimError({ code: 'NOT_A_MEMBER', member });
      if (open.minutes.approvals.some((a) => a.member === member)) throw claimError({ code: 'ALREADY_APPROVED', member });
      return [{ type: 'MinutesApproved', data: { member, ...stamp } }];
    }
    case 'RecordRuling': {
      const d = command.data;
      return [{
        type: 'RulingRecorded',
        data: { kind: d.kind, reference: required(d.reference, 'reference'), date: date(d.date, 'date'), evidence: required(d.evidence, 'evidence'), ...stamp },
      }];
    }
    case 'RecordSettlement': {
      const d = command.data;
      if (!Number.isFinite(d.amount) || d.amount <= 0) throw claimError({ code: 'INVALID_AMOUNT' });
      return [{
        type: 'SettlementRecorded',
        data: { terms: required(d.terms, 'terms'), amount: d.amount, agreedOn: date(d.agreedOn, 'agreedOn'), evidence: required(d.evidence, 'evidence'), ...stamp },
      }];
    }
    case 'GrantCompensation': {
      const open = state as Extract<ClaimState, { status: 'open' }>;
      const missing = missingConditions(open);
      if (missing.length > 0) throw claimError({ code: 'CONDITIONS_MISSING', missing, unapprovedMembers: unapprovedMembers(open) });
      // The amount is the one negotiated with the beneficiary (CP-4), never typed again at the grant.
      return [{ type: 'CompensationGranted', data: { amount: open.settlement?.amount ?? 0, ...stamp } }];
    }
    case 'RefuseClaim':
      return [{ type: 'ClaimRefused', data: { reason: required(command.data.reason, 'reason'), ...stamp } }];
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}

export function evolveClaim(state: ClaimState, event: ClaimEvent): ClaimState {
  const { at, actor } = event.data;
  const damaged = (from: ClaimStatus): Error => claimError({ code: 'CORRUPT_HISTORY', from, event: event.type });
  if (event.type === 'ClaimOpened') {
    inStatus(state, ['initial'], damaged);
    const { claimId, complaintId, caseId, description } = event.data;
    return {
      status: 'open', claimId, description, ...(complaintId ? { complaintId } : {}), ...(caseId ? { caseId } : {}), openedAt: at, openedBy: actor,
    };
  }
  const open = inStatus(state, ['open'], damaged);
  switch (event.type) {
    case 'FaultRecorded':
      return { ...open, fault: { finding: event.data.finding, evidence: event.data.evidence, at, by: actor } };
    case 'MinutesRecorded': {
      const { minutesRef, date: day, committee, members, harm, size, causes } = event.data;
      // New minutes replace the old ones and need every member's approval again.
      return { ...open, minutes: { minutesRef, date: day, committee, members, harm, size, causes, approvals: [] } };
    }
    case 'MinutesApproved': {
      if (!open.minutes) throw claimError({ code: 'CORRUPT_HISTORY', from: open.status, event: event.type });
      return { ...open, minutes: { ...open.minutes, approvals: [...open.minutes.approvals, { member: event.data.member, at }] } };
    }
    case 'RulingRecorded': {
      const { kind, reference, date: day, evidence } = event.data;
      return { ...open, ruling: { kind, reference, date: day, evidence } };
    }
    case 'SettlementRecorded': {
      const { terms, amount, agreedOn, evidence } = event.data;
      return { ...open, settlement: { terms, amount, agreedOn, evidence } };
    }
    case 'CompensationGranted': {
      const { fault, minutes, ruling, settlement } = open;
      if (!fault || !minutes || !ruling || !settlement) throw claimError({ code: 'CORRUPT_HISTORY', from: open.status, event: event.type });
      return { ...open, fault, minutes, ruling, settlement, status: 'granted', amount: event.data.amount, grantedAt: at, grantedBy: actor };
    }
    case 'ClaimRefused':
      return { ...open, status: 'refused', reason: event.data.reason, refusedAt: at };
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}

export function replayClaim(events: readonly ClaimEvent[], from: ClaimState = initialClaim): ClaimState {
  return events.reduce(evolveClaim, from);
}

export const claimDecider = { decide: decideClaim, evolve: evolveClaim, initialState: initialClaim } as const;

function required(value: string, field: string): string {
  const trimmed = (value ?? '').trim();
  if (!trimmed) throw claimError({ code: 'FIELD_REQUIRED', field });
  return trimmed;
}

function date(value: string, field: string): IsoDate {
  const trimmed = required(value, field);
  if (!isIsoDate(trimmed)) throw claimError({ code: 'INVALID_DATE', field });
  return trimmed;
}

function cleanMembers(members: readonly CommitteeMember[]): CommitteeMember[] {
  const byName = new Map<string, CommitteeMember>();
  for (const m of members) {
    const name = m.name.trim();
    if (name && !byName.has(name)) byName.set(name, { name, role: m.role.trim() });
  }
  if (byName.size === 0) throw claimError({ code: 'MEMBERS_REQUIRED' });
  return [...byName.values()];
}
