// Every legal step of a case (SR, EL): the events it records and the state the register then shows.
import { evolve, replay, type CaseCommand, type CaseState, type CommandType } from '../../../src/domain/case';
import { ACTOR, AT, LATER, given, sampleCommand, when } from './fixtures';

const c = (type: CommandType, at = AT) => sampleCommand(type, at);

describe('a request is received and completed (SR-1, SR-2, SR-6)', () => {
  it('given nothing, when a request is received, then it is "received" with its channel and service', () => {
    const { events, state } = when(given().state, c('Receive'));
    expect(events.map((e) => e.type)).toEqual(['CaseReceived']);
    expect(state).toEqual({
      status: 'received', caseId: 'R-1001', channel: 'google_forms', serviceId: 'training', receivedAt: AT, receivedBy: ACTOR,
    });
  });

  it('given a received request, when staff list what is missing, then it is "incomplete" with that list', () => {
    const { state } = when(given(c('Receive')).state, {
      type: 'MarkIncomplete', data: { missing: [' national_id ', 'income_proof', 'national_id', ''], actor: ACTOR, at: AT },
    });
    expect(state).toMatchObject({ status: 'incomplete', missing: ['national_id', 'income_proof'] });
  });

  it('given an incomplete request, when staff list the missing items again, then the list is replaced', () => {
    const { state } = when(given(c('Receive'), c('MarkIncomplete')).state, {
      type: 'MarkIncomplete', data: { missing: ['bank_iban'], actor: ACTOR, at: AT },
    });
    expect(state).toMatchObject({ status: 'incomplete', missing: ['bank_iban'] });
  });

  it('given two missing items, when one is supplied, then the case stays incomplete with the other', () => {
    const start: CaseCommand = { type: 'MarkIncomplete', data: { missing: ['national_id', 'income_proof'], actor: ACTOR, at: AT } };
    const { events, state } = when(given(c('Receive'), start).state, {
      type: 'SupplyMissing', data: { supplied: ['income_proof'], actor: ACTOR, at: LATER },
    });
    expect(events.map((e) => e.type)).toEqual(['MissingItemsSupplied']);
    expect(state).toMatchObject({ status: 'incomplete', missing: ['national_id'] });
  });

  it('given one missing item, when it is supplied, then the case is complete and the deadline clock starts then', () => {
    const { events, state } = when(given(c('Receive'), c('MarkIncomplete')).state, c('SupplyMissing', LATER));
    expect(events.map((e) => e.type)).toEqual(['MissingItemsSupplied', 'CaseCompleted']);
    expect(state).toMatchObject({ status: 'complete', completedAt: LATER, receivedAt: AT });
    expect(state).not.toHaveProperty('missing');
  });

  it('given a received request, when staff confirm it is complete, then it is "complete" from that moment', () => {
    const { state } = when(given(c('Receive')).state, c('Complete', LATER));
    expect(state).toMatchObject({ status: 'complete', completedAt: LATER });
  });

  it('given an incomplete request, when staff confirm it is complete, then it is "complete"', () => {
    const { state } = when(given(c('Receive'), c('MarkIncomplete')).state, c('Complete', LATER));
    expect(state).toMatchObject({ status: 'complete', completedAt: LATER });
  });
});

describe('study, verification and decision (SR-5, EL)', () => {
  const complete = () => given(c('Receive'), c('Complete')).state;
  const underStudy = () => given(c('Receive'), c('Complete'), c('StartStudy')).state;

  it('given a complete request, when it is sent for study, then it is "under study" at that unit with no verification yet', () => {
    const { state } = when(complete(), c('StartStudy'));
    expect(state).toMatchObject({ status: 'under_study', unit: 'research_committee', verifications: [], completedAt: AT });
  });

  it('given a case under study, when two verifications are recorded, then both are kept in order with who and when', () => {
    const first = when(underStudy(), {
      type: 'RecordVerification', data: { method: 'administrative_review', outcome: 'needs_more', notes: ' الهوية منتهية ', actor: ACTOR, at: AT },
    }).state;
    const { state } = when(first, c('RecordVerification', LATER));
    expect(state).toMatchObject({
      status: 'under_study',
      verifications: [
        { method: 'administrative_review', outcome: 'needs_more', notes: 'الهوية منتهية', at: AT, actor: ACTOR },
        { method: 'field_visit', outcome: 'confirmed', notes: 'زيارة منزلية', at: LATER, actor: ACTOR },
      ],
    });
  });

  it('given a verified case, when the committee accepts it with reasons and minutes, then it is "decided" with all of them', () => {
    const verified = when(underStudy(), c('RecordVerification')).state;
    const { state } = when(verified, {
      type: 'Decide',
      data: {
        decision: 'accepted', reasons: ['استوفى الشروط', ' '], committee: ' لجنة البحث ', minutesRef: 'محضر 12',
        verificationRequired: true, actor: ACTOR, at: LATER,
      },
    });
    expect(state).toMatchObject({
      status: 'decided', decision: 'accepted', reasons: ['استوفى الشروط'], committee: 'لجنة البحث',
      minutesRef: 'محضر 12', decidedAt: LATER,
    });
  });

  it('given a case under study, when the committee rejects it with a reason, then it is "decided" as rejected without minutes', () => {
    const { state } = when(underStudy(), {
      type: 'Decide',
      data: { decision: 'rejected', reasons: ['الدخل يتجاوز الحد'], committee: 'لجنة البحث', minutesRef: '  ', verificationRequired: false, actor: ACTOR, at: AT },
    });
    expect(state).toMatchObject({ status: 'decided', decision: 'rejected', reasons: ['الدخل يتجاوز الحد'] });
    expect(state).not.toHaveProperty('minutesRef');
  });
});

describe('notification, delivery and closing (SR-5, SR-7)', () => {
  const base = [c('Receive'), c('Complete'), c('StartStudy')];
  const rejected: CaseCommand = {
    type: 'Decide', data: { decision: 'rejected', reasons: ['لا تنطبق الشروط'], committee: 'لجنة البحث', verificationRequired: false, actor: ACTOR, at: AT },
  };

  it('given a decided case, when the beneficiary is notified, then it is "notified" with the channel and time', () => {
    const { state } = when(given(...base, c('Decide')).state, c('NotifyBeneficiary', LATER));
    expect(state).toMatchObject({ status: 'notified', notification: { channel: 'email', at: LATER }, decision: 'accepted' });
  });

  it('given an accepted and notified case, when the service is delivered, then it is "delivered"', () => {
    const { state } = when(given(...base, c('Decide'), c('NotifyBeneficiary')).state, c('DeliverService', LATER));
    expect(state).toMatchObject({ status: 'delivered', deliveredAt: LATER });
  });

  it('given a delivered case, when it is closed, then it is "closed" and keeps the delivery date', () => {
    const { state } = when(given(...base, c('Decide'), c('NotifyBeneficiary'), c('DeliverService')).state, c('Close', LATER));
    expect(state).toMatchObject({ status: 'closed', closedAt: LATER, deliveredAt: AT, decision: 'accepted' });
  });

  it('given a rejected and notified case, when it is closed, then it is "closed" with no delivery', () => {
    const { state } = when(given(...base, rejected, c('NotifyBeneficiary')).state, c('Close', LATER));
    expect(state).toMatchObject({ status: 'closed', decision: 'rejected', closedAt: LATER });
    expect(state).not.toHaveProperty('deliveredAt');
  });
});

describe('referral to the responsible officer (SR-3) returns the case where it was', () => {
  const routes: Record<string, CaseCommand[]> = {
    received: [c('Receive')],
    incomplete: [c('Receive'), c('MarkIncomplete')],
    complete: [c('Receive'), c('Complete')],
    under_study: [c('Receive'), c('Complete'), c('StartStudy'), c('RecordVerification')],
  };
  it.each(Object.entries(routes))('given a %s case, when referred and then returned, then it is exactly as before', (status, steps) => {
    const before = given(...steps).state;
    const referred = when(before, c('ReferToOfficer', LATER)).state;
    expect(referred).toMatchObject({
      status: 'referred',
      referral: { officer: 'social_research_officer', reason: 'الإجراءات غير واضحة', at: LATER, by: ACTOR },
    });
    const { state } = when(referred, c('ReturnFromReferral', LATER));
    expect(state.status).toBe(status);
    expect(state).toEqual(before);
  });
});

describe('withdrawal from every open state', () => {
  const routes: Record<string, CaseCommand[]> = {
    received: [c('Receive')],
    incomplete: [c('Receive'), c('MarkIncomplete')],
    complete: [c('Receive'), c('Complete')],
    under_study: [c('Receive'), c('Complete'), c('StartStudy')],
    referred: [c('Receive'), c('ReferToOfficer')],
    decided: [c('Receive'), c('Complete'), c('StartStudy'), c('Decide')],
    notified: [c('Receive'), c('Complete'), c('StartStudy'), c('Decide'), c('NotifyBeneficiary')],
  };
  it.each(Object.entries(routes))('given a %s case, when the beneficiary withdraws, then it is "withdrawn" with the reason', (status, steps) => {
    const { state } = when(given(...steps).state, {
      type: 'Withdraw', data: { reason: ' انتقل إلى مدينة أخرى ', actor: ACTOR, at: LATER },
    });
    expect(state).toMatchObject({
      status: 'withdrawn', withdrawnFrom: status, caseId: 'R-1001',
      withdrawal: { reason: 'انتقل إلى مدينة أخرى', at: LATER, by: ACTOR },
    });
  });
});

describe('replaying the history', () => {
  it('given the events of a whole case, when they are replayed one by one, then the final state is the same as replaying them at once', () => {
    const { events, state } = given(c('Receive'), c('MarkIncomplete'), c('SupplyMissing'), c('StartStudy'),
      c('RecordVerification'), c('Decide'), c('NotifyBeneficiary'), c('DeliverService'), c('Close'));
    const stepByStep = events.reduce<CaseState>((s, e) => evolve(s, e), replay([]));
    expect(stepByStep).toEqual(state);
    expect(replay(events)).toEqual(state);
    expect(state.status).toBe('closed');
  });
});
