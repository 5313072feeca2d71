// Complaints (CM): every step a complaint takes, every refusal, and what managers see (SAT-5).
import {
  COMPLAINT_CHANNELS,
  COMPLAINT_COMMAND_TYPES,
  COMPLAINT_STATUSES,
  allowedComplaintCommands,
  complaintDueDate,
  complaintErrorCause,
  complaintSummary,
  decideComplaint,
  replayComplaint,
  type ComplaintCommand,
  type ComplaintCommandType,
  type ComplaintEvent,
  type ComplaintState,
} from '../../../src/domain/complaint';
import { isoDate, workCalendar } from '../../../src/domain/time';
import { t } from '../../../src/i18n';
import { wordsOf } from '../../../src/domain/codedError';

const ACTOR = 'huda@esrar.org.sa';
const AT = '2025-03-02T09:00:00Z'; // Sunday 2 March 2025, Riyadh
const s = { actor: ACTOR, at: AT };

function command(type: ComplaintCommandType): ComplaintCommand {
  switch (type) {
    case 'ReceiveComplaint':
      return { type, data: { complaintId: 'C-7', channel: 'fax', summary: 'تأخر الرد على طلبي', caseId: ' R-1001 ', ...s } };
    case 'AssignToCommittee':
      return { type, data: { committee: 'follow_up', ...s } };
    case 'StartInvestigation':
      return { type, data: { ...s } };
    case 'RecordResolution':
      return { type, data: { settled: true, resolution: 'اعتذار وإنجاز الطلب', ...s } };
    case 'NotifyComplainant':
      return { type, data: { channel: 'email', ...s } };
    case 'CloseComplaint':
      return { type, data: { ...s } };
    default: {
      const _exhaustive: never = type;
      return _exhaustive;
    }
  }
}

function given(...types: ComplaintCommandType[]): ComplaintState {
  return types.reduce<ComplaintState>((state, type) => replayComplaint(decideComplaint(command(type), state), state), replayComplaint([]));
}

function refusal(state: ComplaintState, cmd: ComplaintCommand): string {
  try {
    decideComplaint(cmd, state);
    return 'accepted';
  } catch (error) {
    const cause = complaintErrorCause(error);
    if (!cause) throw error;
    return cause.code;
  }
}

const PATH: ComplaintCommandType[] = ['ReceiveComplaint', 'AssignToCommittee', 'StartInvestigation', 'RecordResolution', 'NotifyComplainant', 'CloseComplaint'];

describe('a complaint goes from receipt to closure (CM-1, CM-3)', () => {
  it('given nothing, when a complaint arrives by fax about a case, then it is received with the case number', () => {
    const state = given('ReceiveComplaint');
    expect(state).toEqual({
      status: 'received', complaintId: 'C-7', channel: 'fax', caseId: 'R-1001', summary: 'تأخر الرد على طلبي',
      receivedAt: AT, receivedBy: ACTOR,
    });
  });

  it('given a complaint with no case number, when it is received, then no case is linked', () => {
    const events = decideComplaint({ type: 'ReceiveComplaint', data: { complaintId: 'C-8', channel: 'sms', summary: 'x', caseId: '  ', ...s } }, given());
    expect(events[0]?.data).not.toHaveProperty('caseId');
  });

  it('given a received complaint, when it goes to the follow-up committee and is handled, then each status follows', () => {
    expect(given(...PATH.slice(0, 2))).toMatchObject({ status: 'assigned', committee: 'follow_up', assignedAt: AT });
    expect(given(...PATH.slice(0, 3))).toMatchObject({ status: 'under_investigation', investigationStartedAt: AT });
  });

  it('given a complaint being handled, when an amicable settlement is recorded, then it is settled', () => {
    expect(given(...PATH.slice(0, 4))).toMatchObject({ status: 'settled', settled: true, resolution: 'اعتذار وإنجاز الطلب' });
  });

  it('given a complaint being handled, when no settlement was reached, then it is "not settled" and can still be answered', () => {
    const state = replayComplaint(
      decideComplaint({ type: 'RecordResolution', data: { settled: false, resolution: 'رفض المشتكي العرض', ...s } }, given(...PATH.slice(0, 3))),
      given(...PATH.slice(0, 3)),
    );
    expect(state.status).toBe('not_settled');
    expect(allowedComplaintCommands(state)).toEqual(['NotifyComplainant']);
  });

  it('given a resolved complaint, when the complainant is told and it is closed, then it is closed with the channel used', () => {
    expect(given(...PATH.slice(0, 5))).toMatchObject({ status: 'complainant_notified', notification: { channel: 'email', at: AT } });
    const closed = given(...PATH);
    expect(closed).toMatchObject({ status: 'closed', closedAt: AT });
    expect(allowedComplaintCommands(closed)).toEqual([]);
  });

  it.each(COMPLAINT_CHANNELS)('given the channel %s, when a complaint comes through it, then it is accepted', (channel) => {
    expect(refusal(given(), { type: 'ReceiveComplaint', data: { complaintId: 'C-1', channel, summary: 'x', ...s } })).toBe('accepted');
  });
});

describe('complaint refusals', () => {
  const states: Record<string, ComplaintState> = Object.fromEntries(
    [0, 1, 2, 3, 4, 5, 6].map((n) => { const st = given(...PATH.slice(0, n)); return [st.status, st]; }),
  );

  it.each(Object.keys(states).flatMap((status) => COMPLAINT_COMMAND_TYPES.map((type) => [status, type] as const)))(
    'given a complaint that is %s, when %s is asked, then it is accepted only if it is the next step',
    (status, type) => {
      const state = states[status] as ComplaintState;
      const expected = allowedComplaintCommands(state).includes(type) ? 'accepted' : 'ILLEGAL_TRANSITION';
      expect(refusal(state, command(type))).toBe(expected);
    },
  );

  it('given a complaint from WhatsApp, when it is received, then it is refused as not a complaint channel', () => {
    const cmd: ComplaintCommand = { type: 'ReceiveComplaint', data: { complaintId: 'C-1', channel: 'whatsapp', summary: 'x', ...s } };
    expect(refusal(given(), cmd)).toBe('UNKNOWN_CHANNEL');
  });

  it.each([
    ['a blank complaint text', given(), { type: 'ReceiveComplaint', data: { complaintId: 'C-1', channel: 'fax', summary: ' ', ...s } }],
    ['no committee', given('ReceiveComplaint'), { type: 'AssignToCommittee', data: { committee: '', ...s } }],
    ['a blank outcome', given(...PATH.slice(0, 3)), { type: 'RecordResolution', data: { settled: true, resolution: '', ...s } }],
    ['no channel to tell them on', given(...PATH.slice(0, 4)), { type: 'NotifyComplainant', data: { channel: ' ', ...s } }],
  ] as const)('given %s, then the command is refused as a missing field', (_label, state, cmd) => {
    expect(refusal(state, cmd as ComplaintCommand)).toBe('FIELD_REQUIRED');
  });

  it('given no actor or a bad time, then the command is refused', () => {
    expect(refusal(given(), { ...command('ReceiveComplaint'), data: { ...command('ReceiveComplaint').data, actor: ' ' } } as ComplaintCommand)).toBe('ACTOR_REQUIRED');
    expect(refusal(given(), { ...command('ReceiveComplaint'), data: { ...command('ReceiveComplaint').data, at: '2025-03-02' } } as ComplaintCommand)).toBe('INVALID_INSTANT');
  });

  it('given a history that skips a step, when it is replayed, then it is reported as damaged', () => {
    const skipped: ComplaintEvent = { type: 'ComplaintClosed', data: { ...s } };
    expect(() => replayComplaint([skipped])).toThrow(expect.objectContaining({ cause: expect.objectContaining({ code: 'CORRUPT_HISTORY' }) }));
  });

  it('given a refused step, when staff read the message, then it names the step and the status in Arabic', () => {
    let error: unknown;
    try { decideComplaint(command('CloseComplaint'), given('ReceiveComplaint')); } catch (e) { error = e; }
    expect(wordsOf(error)).toBe('لا يمكن تنفيذ «إغلاق الشكوى» والشكوى في حالة «شكوى مستلمة».');
    expect(wordsOf(error, 'en')).toBe('Cannot "Close the complaint" while the complaint is "Complaint received".');
    expect(wordsOf(new Error('other'))).toBeNull();
  });

  it('given every status and command, then each has an Arabic label', () => {
    const keys = [...COMPLAINT_STATUSES.map((x) => `policy.complaint.status.${x}` as const), ...COMPLAINT_COMMAND_TYPES.map((x) => `policy.complaint.command.${x}` as const)];
    for (const key of keys) expect(t(key)).toMatch(/[\u0621-\u064A]/);
  });
});

describe('managers see every complaint (SAT-5)', () => {
  const cal = workCalendar();
  const rule = { kind: 'working_days', days: 5 } as const;
  const at = (iso: string) => ({ actor: ACTOR, at: iso });
  const receive = (id: string, when: string): ComplaintState =>
    replayComplaint(decideComplaint({ type: 'ReceiveComplaint', data: { complaintId: id, channel: 'email', summary: 'x', ...at(when) } }, given()));

  it('given three complaints, when the summary is taken, then open ones are listed oldest first with their age in working days', () => {
    const old = receive('C-1', '2025-03-02T08:00:00Z'); // Sunday
    const recent = receive('C-2', '2025-03-09T08:00:00Z'); // next Sunday
    const closed = given(...PATH);
    const summary = complaintSummary([recent, closed, old], rule, cal, isoDate(2025, 3, 11));
    expect(summary.total).toBe(3);
    expect(summary.closed).toBe(1);
    expect(summary.settled).toBe(1);
    expect(summary.open.map((c) => [c.complaintId, c.ageWorkingDays, c.due, c.breached])).toEqual([
      ['C-1', 7, '2025-03-09', true],
      ['C-2', 2, '2025-03-16', false],
    ]);
    expect(summary.breached).toBe(1);
  });

  it('given a complaint answered on time, when it is later still open, then it is not counted late', () => {
    const answered = replayComplaint(
      decideComplaint({ type: 'NotifyComplainant', data: { channel: 'sms', ...at('2025-03-04T08:00:00Z') } }, given(...PATH.slice(0, 4))),
      given(...PATH.slice(0, 4)),
    );
    const summary = complaintSummary([answered], rule, cal, isoDate(2025, 4, 1));
    expect(summary.open[0]?.breached).toBe(false);
    expect(summary.breached).toBe(0);
  });

  it('given the profile deadline of five working days, then a Sunday complaint is due the next Sunday', () => {
    expect(complaintDueDate({ receivedAt: AT }, rule, cal)).toBe('2025-03-09');
  });
});
