// A registrant's path through a program (PR-2…5 and the interview route) as a decider that knows its program.
import { isIsoDate, type IsoDate } from '../time';
import type { Stamp } from '../case/commands';
import { checkedStamp, cleanList, inStatus } from '../codedError';
import { programError } from './errors';
import { ageOn, type Program } from './program';
import type { Decider } from '../decider';

export interface Payment { readonly amount: number; readonly receiptNo: string; readonly at: string }
export interface Registrant {
  readonly registrationId: string;
  readonly programId: string;
  readonly name: string;
  readonly birthDate: IsoDate;
  readonly ageAtStart: number;
  readonly registeredAt: string;
  readonly payment?: Payment;
}

export type RegistrationState =
  | { readonly status: 'initial' }
  | (Registrant & { readonly status: 'registered' })
  | (Registrant & { readonly status: 'invited'; readonly invitedAt: string })
  | (Registrant & { readonly status: 'accepted' | 'not_accepted'; readonly interviewNotes: string; readonly interviewedAt: string })
  | (Registrant & { readonly status: 'called'; readonly interviewNotes: string; readonly calledAt: string })
  | (Registrant & { readonly status: 'enrolled'; readonly enrolledAt: string });
export type RegistrationStatus = RegistrationState['status'];
export const REGISTRATION_STATUSES: readonly RegistrationStatus[] = [
  'initial', 'registered', 'invited', 'accepted', 'not_accepted', 'called', 'enrolled',
];
export const initialRegistration: RegistrationState = { status: 'initial' };

type Message<T extends string, D> = { readonly type: T; readonly data: D & Stamp };
export type RegistrationCommand =
  | Message<'Register', { registrationId: string; name: string; birthDate: string; missing: readonly string[] }>
  | Message<'InviteToInterview', Record<never, never>>
  | Message<'RecordInterview', { accepted: boolean; notes: string }>
  | Message<'CallToComplete', Record<never, never>>
  | Message<'RecordPayment', { amount: number; receiptNo: string }>
  | Message<'Enroll', { enrolledSoFar: number }>;
export type RegistrationCommandType = RegistrationCommand['type'];
export const REGISTRATION_COMMAND_TYPES: readonly RegistrationCommandType[] = [
  'Register', 'InviteToInterview', 'RecordInterview', 'CallToComplete', 'RecordPayment', 'Enroll',
];

export type RegistrationEvent =
  | Message<'Registered', { registrationId: string; programId: string; name: string; birthDate: IsoDate; ageAtStart: number }>
  | Message<'InvitedToInterview', Record<never, never>>
  | Message<'InterviewRecorded', { accepted: boolean; notes: string }>
  | Message<'CalledToComplete', Record<never, never>>
  | Message<'PaymentRecorded', { amount: number; receiptNo: string }>
  | Message<'Enrolled', Record<never, never>>;

/** Legal next steps: an interview program goes registered → invited → accepted → called → enrolled. */
export function allowedRegistrationCommands(state: RegistrationState, program: Program): RegistrationCommandType[] {
  // PR-4: with a fee, payment comes before enrolment; a free program goes straight to it.
  const next: RegistrationCommandType[] = program.fee > 0 && !('payment' in state && state.payment) ? ['RecordPayment'] : ['Enroll'];
  switch (state.status) {
    case 'initial':
      return ['Register'];
    case 'registered':
      return program.needsInterview ? ['InviteToInterview'] : next;
    case 'invited':
      return ['RecordInterview'];
    case 'accepted':
      return ['CallToComplete'];
    case 'called':
      return next;
    case 'not_accepted':
    case 'enrolled':
      return [];
    default: {
      const _exhaustive: never = state;
      return _exhaustive;
    }
  }
}

export function decideRegistration(command: RegistrationCommand, state: RegistrationState, program: Program): RegistrationEvent[] {
  const stamp = checkedStamp(command.data, (code) => programError({ code }));
  if (command.type === 'InviteToInterview' && !program.needsInterview) throw programError({ code: 'NOT_AN_INTERVIEW_PROGRAM' });
  if (command.type === 'RecordPayment' && program.fee === 0) throw programError({ code: 'NO_FEE' });
  if (command.type === 'Enroll' && (state.status === 'registered' || state.status === 'called') && program.fee > 0 && !state.payment) {
    throw programError({ code: 'FEE_UNPAID' });
  }
  if (!allowedRegistrationCommands(state, program).includes(command.type)) {
    throw programError({ code: 'ILLEGAL_TRANSITION', from: state.status, command: command.type });
  }
  switch (command.type) {
    case 'Register': {
      const d = command.data;
      const registrationId = required(d.registrationId, 'registrationId');
      // PR-2: an incomplete form is refused with what is missing, so the registrant can complete it.
      const missing = cleanList([...d.missing, ...(d.name.trim() ? [] : ['name']), ...(d.birthDate.trim() ? [] : ['birthDate'])]);
      if (missing.length > 0) throw programError({ code: 'INCOMPLETE', missing });
      const birthDate = d.birthDate.trim();
      if (!isIsoDate(birthDate)) throw programError({ code: 'INVALID_DATE', field: 'birthDate' });
      // PR-3: the age that counts is the age on the program's first day, not on the day of registration.
      const age = ageOn(birthDate, program.startDate);
      const { min, max } = program.targetAge;
      if (age < min || age > max) throw programError({ code: 'OUTSIDE_AGE_GROUP', age, min, max });
      return [{ type: 'Registered', data: { registrationId, programId: program.id, name: d.name.trim(), birthDate, ageAtStart: age, ...stamp } }];
    }
    case 'InviteToInterview':
      return [{ type: 'InvitedToInterview', data: { ...stamp } }];
    case 'RecordInterview':
      return [{ type: 'InterviewRecorded', data: { accepted: command.data.accepted, notes: command.data.notes.trim(), ...stamp } }];
    case 'CallToComplete':
      return [{ type: 'CalledToComplete', data: { ...stamp } }];
    case 'RecordPayment': {
      const { amount } = command.data;
      if (amount !== program.fee) throw programError({ code: 'WRONG_AMOUNT', amount, fee: program.fee });
      return [{ type: 'PaymentRecorded', data: { amount, receiptNo: required(command.data.receiptNo, 'receiptNo'), ...stamp } }];
    }
    case 'Enroll':
      if (command.data.enrolledSoFar >= program.capacity) throw programError({ code: 'PROGRAM_FULL', capacity: program.capacity });
      return [{ type: 'Enrolled', data: { ...stamp } }];
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}

export function evolveRegistration(state: RegistrationState, event: RegistrationEvent): RegistrationState {
  const { at } = event.data;
  const damaged = (from: RegistrationStatus): Error => programError({ code: 'CORRUPT_HISTORY', from, event: event.type });
  switch (event.type) {
    case 'Registered': {
      inStatus(state, ['initial'], damaged);
      const { registrationId, programId, name, birthDate, ageAtStart } = event.data;
      return { status: 'registered', registrationId, programId, name, birthDate, ageAtStart, registeredAt: at };
    }
    case 'InvitedToInterview':
      return { ...inStatus(state, ['registered'], damaged), status: 'invited', invitedAt: at };
    case 'InterviewRecorded': {
      const { invitedAt: _invited, ...registrant } = inStatus(state, ['invited'], damaged);
      return { ...registrant, status: event.data.accepted ? 'accepted' : 'not_accepted', interviewNotes: event.data.notes, interviewedAt: at };
    }
    case 'CalledToComplete': {
      const { interviewedAt: _interviewed, ...registrant } = inStatus(state, ['accepted'], damaged);
      return { ...registrant, status: 'called', calledAt: at };
    }
    case 'PaymentRecorded':
      return { ...inStatus(state, ['registered', 'called'], damaged), payment: { amount: event.data.amount, receiptNo: event.data.receiptNo, at } };
    case 'Enrolled': {
      const { status: _status, ...registrant } = inStatus(state, ['registered', 'called'], damaged);
      const { registrationId, programId, name, birthDate, ageAtStart, registeredAt, payment } = registrant;
      return { status: 'enrolled', registrationId, programId, name, birthDate, ageAtStart, registeredAt, ...(payment ? { payment } : {}), enrolledAt: at };
    }
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}

export function replayRegistration(events: readonly RegistrationEvent[], from: RegistrationState = initialRegistration): RegistrationState {
  return events.reduce(evolveRegistration, from);
}

function required(value: string, field: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw programError({ code: 'FIELD_REQUIRED', field });
  return trimmed;
}

/** The three parts together, in the shape of Dudycz's `Decider`; a registration decides against its program. */
export const registrationDecider: Decider<RegistrationCommand, RegistrationEvent, RegistrationState, Program> = {
  decide: decideRegistration,
  evolve: evolveRegistration,
  initialState: initialRegistration,
};
