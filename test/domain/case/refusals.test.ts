// Every refusal of the case decider: its code, and the Arabic sentence staff then read.
import {
  COMMAND_TYPES,
  allowedCommands,
  decide,
  evolve,
  type CaseCommand,
  type CaseState,
  type CommandType,
} from '../../../src/domain/case';
import { ACTOR, AT, given, refusal, sampleCommand, sampleStates } from './fixtures';
import { wordsOf } from '../../../src/domain/codedError';
import { thrown } from '../../support/thrown';

const c = (type: CommandType) => sampleCommand(type);
const states = sampleStates();

describe('only the legal next steps are accepted, from every state', () => {
  const cases = Object.entries(states).flatMap(([name, state]) =>
    COMMAND_TYPES.map((type) => [name, type, state] as const));

  it.each(cases)('given a %s case, when %s is asked, then it is accepted exactly when it is offered as a button', (_name, type, state) => {
    const offered = allowedCommands(state).includes(type);
    const outcome = refusal(state, sampleCommand(type));
    if (offered) expect(outcome).toBe('accepted');
    else expect(outcome).toBe(state.status === 'notified' && type === 'DeliverService' ? 'DELIVERY_REQUIRES_ACCEPTANCE' : 'ILLEGAL_TRANSITION');
  });

  it('given the buttons of each state, then they match the policy flow', () => {
    const buttons = Object.fromEntries(Object.entries(states).map(([name, state]) => [name, allowedCommands(state)]));
    expect(buttons).toEqual({
      initial: ['Receive'],
      received: ['MarkIncomplete', 'Complete', 'ReferToOfficer', 'Withdraw'],
      incomplete: ['MarkIncomplete', 'SupplyMissing', 'Complete', 'ReferToOfficer', 'Withdraw'],
      complete: ['StartStudy', 'ReferToOfficer', 'Withdraw'],
      under_study: ['RecordVerification', 'Decide', 'ReferToOfficer', 'Withdraw'],
      referred: ['ReturnFromReferral', 'Withdraw'],
      decided: ['NotifyBeneficiary', 'Withdraw'],
      notified_accepted: ['DeliverService', 'Withdraw'],
      notified_rejected: ['Close'],
      delivered: ['Close'],
      closed: [],
      withdrawn: [],
    });
  });

  it('given a closed case, when someone tries to send it for study, then the message names both statuses in Arabic', () => {
    const error = thrown(() => decide(c('StartStudy'), states.closed as CaseState));
    expect(wordsOf(error)).toBe('لا يمكن الانتقال من «مغلق» إلى «قيد الدراسة»');
    expect(wordsOf(error, 'en')).toBe('Cannot go from «Closed» to «Under study»');
  });

  it('given a received case, when someone tries to return it from a referral, then the message names the step', () => {
    const error = thrown(() => decide(c('ReturnFromReferral'), states.received as CaseState));
    expect(wordsOf(error)).toBe('لا يمكن الانتقال من «مستلم» إلى «إعادة من الإحالة»');
  });
});

describe('refusals for missing or wrong input', () => {
  const stamp = { actor: ACTOR, at: AT };
  const underStudy = states.under_study as CaseState;

  it.each([
    ['caseId', { caseId: ' ', channel: 'phone', serviceId: 'aid' }, 'رقم الطلب'],
    ['channel', { caseId: 'R-1', channel: '', serviceId: 'aid' }, 'قناة التواصل'],
    ['serviceId', { caseId: 'R-1', channel: 'phone', serviceId: '  ' }, 'الخدمة'],
  ])('given a new request without %s, when it is received, then it is refused naming the field', (_field, data, label) => {
    const error = thrown(() => decide({ type: 'Receive', data: { ...data, ...stamp } }, states.initial as CaseState));
    expect(wordsOf(error)).toBe(`الحقل «${label}» مطلوب`);
  });

  it('given a complete case, when it is sent for study to a blank unit, then the unit is required', () => {
    const error = thrown(() => decide({ type: 'StartStudy', data: { unit: ' ', ...stamp } }, states.complete as CaseState));
    expect(wordsOf(error)).toBe('الحقل «الوحدة المختصة» مطلوب');
  });

  it('given a received case, when referred to nobody, then the officer is required', () => {
    expect(refusal(states.received as CaseState, { type: 'ReferToOfficer', data: { officer: '', reason: '', ...stamp } })).toBe('FIELD_REQUIRED');
  });

  it('given a decided case, when notified on a blank channel, then the channel is required', () => {
    expect(refusal(states.decided as CaseState, { type: 'NotifyBeneficiary', data: { channel: ' ', ...stamp } })).toBe('FIELD_REQUIRED');
  });

  it('given a received case, when marked incomplete with an empty list, then it asks for the missing items', () => {
    const error = thrown(() => decide({ type: 'MarkIncomplete', data: { missing: [' ', ''], ...stamp } }, states.received as CaseState));
    expect(wordsOf(error)).toBe('اذكر البيانات الناقصة حتى تُبلَّغ للمستفيد');
  });

  it('given an incomplete case, when nothing is marked as supplied, then it is refused', () => {
    expect(refusal(states.incomplete as CaseState, { type: 'SupplyMissing', data: { supplied: [], ...stamp } })).toBe('NOTHING_SUPPLIED');
  });

  it('given an incomplete case, when an item that was not missing is supplied, then it is refused naming the item', () => {
    const error = thrown(() => decide(
      { type: 'SupplyMissing', data: { supplied: ['national_id', 'photo'], ...stamp } }, states.incomplete as CaseState));
    expect(wordsOf(error)).toBe('هذه البيانات ليست ضمن النواقص المسجلة: \u2068photo\u2069');
  });

  const decideWith = (over: Partial<Extract<CaseCommand, { type: 'Decide' }>['data']>): CaseCommand => ({
    type: 'Decide',
    data: { decision: 'rejected', reasons: ['لا تنطبق الشروط'], committee: 'لجنة البحث', verificationRequired: false, ...stamp, ...over },
  });

  it.each([[[]], [['  ', '']]])('given a case under study, when rejected with reasons %j, then reasons are required', (reasons) => {
    const error = thrown(() => decide(decideWith({ reasons }), underStudy));
    expect(wordsOf(error)).toBe('يجب ذكر أسباب القرار، ولا سيما عند الرفض');
  });

  it('given a case under study, when decided without a committee, then the committee is required', () => {
    expect(refusal(underStudy, decideWith({ committee: '' }))).toBe('FIELD_REQUIRED');
  });

  it('given a profile that requires verification and none recorded, when the committee decides, then it is refused', () => {
    const error = thrown(() => decide(decideWith({ verificationRequired: true }), underStudy));
    expect(wordsOf(error)).toContain('لا يصدر القرار قبل تسجيل التحقق');
  });

  it('given only an inconclusive verification, when a profile that requires verification decides, then it is still refused', () => {
    const inconclusive = evolve(underStudy, {
      type: 'VerificationRecorded', data: { method: 'personal_interview', outcome: 'needs_more', notes: '', ...stamp },
    });
    expect(refusal(inconclusive, decideWith({ verificationRequired: true }))).toBe('VERIFICATION_REQUIRED');
  });

  it('given a refuted verification, when a profile that requires verification rejects, then the decision is accepted', () => {
    const refuted = evolve(underStudy, {
      type: 'VerificationRecorded', data: { method: 'field_visit', outcome: 'not_confirmed', notes: '', ...stamp },
    });
    expect(refusal(refuted, decideWith({ verificationRequired: true }))).toBe('accepted');
  });

  it('given a rejected and notified case, when staff try to deliver the service, then it says a rejected request gets no service', () => {
    const error = thrown(() => decide(c('DeliverService'), states.notified_rejected as CaseState));
    expect(wordsOf(error)).toBe('لا تُقدَّم الخدمة لطلب مرفوض');
  });

  it('given an open case, when withdrawn with a blank reason, then the reason is required', () => {
    expect(refusal(states.under_study as CaseState, { type: 'Withdraw', data: { reason: '  ', ...stamp } })).toBe('WITHDRAWAL_REASON_REQUIRED');
  });

  it('given any command, when no staff member is named, then it is refused', () => {
    const error = thrown(() => decide({ type: 'Complete', data: { actor: ' ', at: AT } }, states.received as CaseState));
    expect(wordsOf(error)).toBe('يجب تحديد الموظف الذي قام بالإجراء');
  });

  it.each(['2025-03-02', '2025-03-02 09:00', '2025-13-45T09:00:00Z', 'yesterday'])(
    'given any command, when its time is %s, then it is refused as an invalid time', (at) => {
      expect(refusal(states.received as CaseState, { type: 'Complete', data: { actor: ACTOR, at } })).toBe('INVALID_INSTANT');
    });
});

describe('a damaged history is reported, not silently replayed', () => {
  it('given a received case, when a "decided" event is replayed onto it, then the history is reported as inconsistent', () => {
    const error = thrown(() => evolve(given(c('Receive')).state, {
      type: 'CaseDecided', data: { decision: 'accepted', reasons: ['x'], committee: 'y', actor: ACTOR, at: AT },
    }));
    expect(wordsOf(error)).toBe('سجل الحالة غير متسق: الحدث «\u2068CaseDecided\u2069» لا يلي الحالة «مستلم»');
  });

  it('given an error that is not the decider\'s, when described, then nothing is said', () => {
    expect(wordsOf(new Error('disk full'))).toBeNull();
    expect(wordsOf('text')).toBeNull();
  });
});
