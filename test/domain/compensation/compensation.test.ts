// Compensation (CP): a claim is granted only with all four conditions and their evidence; every refusal; the minutes.
import {
  CLAIM_COMMAND_TYPES,
  allowedClaimCommands,
  claimErrorCause,
  decideClaim,
  investigationMinutesDoc,
  missingConditions,
  replayClaim,
  type ClaimCommand,
  type ClaimErrorCause,
  type ClaimState,
} from '../../../src/domain/compensation';
import { esrar } from '../../../src/profiles/esrar';
import { rusookh } from '../../../src/profiles/rusookh';
import { wordsOf } from '../../../src/domain/codedError';

const s = { actor: 'salem@rusookh.org.sa', at: '2025-03-02T09:00:00Z' };
const MEMBERS = [{ name: 'أحمد', role: 'رئيس اللجنة' }, { name: 'فاطمة', role: 'عضو' }, { name: 'خالد', role: 'مقرر' }];

const open: ClaimCommand = { type: 'OpenClaim', data: { claimId: 'T-3', complaintId: 'C-7', description: 'تلف أثاث أثناء التوصيل', ...s } };
const fault: ClaimCommand = { type: 'RecordFault', data: { finding: 'ثبت خطأ فريق التوصيل', evidence: 'تقرير الفحص رقم 12', ...s } };
const minutes: ClaimCommand = {
  type: 'RecordMinutes',
  data: { minutesRef: 'م-5', date: '2025-03-04', committee: 'لجنة التحقيق والمتابعة', members: MEMBERS, harm: 'كسر خزانة', size: '1500 ريال', causes: 'سوء التحميل', ...s },
};
const approve = (member: string): ClaimCommand => ({ type: 'ApproveMinutes', data: { member, ...s, at: '2025-03-05T09:00:00Z' } });
const ruling: ClaimCommand = { type: 'RecordRuling', data: { kind: 'dispute_authority', reference: 'ح-88', date: '2025-03-10', evidence: 'صورة الحكم', ...s } };
const settlement: ClaimCommand = { type: 'RecordSettlement', data: { terms: 'تعويض نقدي', amount: 1500, agreedOn: '2025-03-12', evidence: 'اتفاق موقّع', ...s } };
const grant: ClaimCommand = { type: 'GrantCompensation', data: { ...s } };
const refuseClaim: ClaimCommand = { type: 'RefuseClaim', data: { reason: 'لم يثبت الخطأ', ...s } };
const ALL_APPROVALS = MEMBERS.map((m) => approve(m.name));

function given(...commands: ClaimCommand[]): ClaimState {
  return commands.reduce<ClaimState>((state, c) => replayClaim(decideClaim(c, state), state), replayClaim([]));
}
function refusal(state: ClaimState, command: ClaimCommand): ClaimErrorCause | 'accepted' {
  try {
    decideClaim(command, state);
    return 'accepted';
  } catch (error) {
    const cause = claimErrorCause(error);
    if (!cause) throw error;
    return cause;
  }
}
const code = (state: ClaimState, command: ClaimCommand): string => {
  const r = refusal(state, command);
  return r === 'accepted' ? r : r.code;
};

describe('a compensation claim with all four conditions is granted (CP-1…4)', () => {
  it('given an unsettled complaint, when a claim is opened, then it is open, linked to the complaint, with four conditions missing', () => {
    const state = given(open);
    expect(state).toMatchObject({ status: 'open', claimId: 'T-3', complaintId: 'C-7' });
    expect(missingConditions(state as Extract<ClaimState, { status: 'open' }>)).toEqual([
      'fault_proven', 'committee_minutes', 'final_ruling', 'negotiated_settlement',
    ]);
  });

  it('given every condition with its evidence and every member approving, when compensation is granted, then it is granted for the negotiated amount', () => {
    const state = given(open, fault, minutes, ...ALL_APPROVALS, ruling, settlement, grant);
    expect(state).toMatchObject({ status: 'granted', amount: 1500, grantedBy: s.actor });
    expect(state.status === 'granted' && state.minutes.approvals.map((a) => a.member)).toEqual(['أحمد', 'فاطمة', 'خالد']);
    expect(allowedClaimCommands(state)).toEqual([]);
  });

  it('given an open claim, when it is refused with a reason, then it is refused and nothing more can happen', () => {
    const state = given(open, refuseClaim);
    expect(state).toMatchObject({ status: 'refused', reason: 'لم يثبت الخطأ' });
    expect(code(state, fault)).toBe('ILLEGAL_TRANSITION');
  });

  it('given approved minutes, when the minutes are recorded again, then every member must approve again', () => {
    const state = given(open, fault, minutes, ...ALL_APPROVALS, minutes);
    expect(state.status === 'open' && state.minutes?.approvals).toEqual([]);
    expect(missingConditions(state as Extract<ClaimState, { status: 'open' }>)).toContain('committee_minutes');
  });
});

describe('granting with a condition missing is refused, naming it', () => {
  it.each([
    ['no proven fault', [minutes, ...ALL_APPROVALS, ruling, settlement], ['fault_proven']],
    ['no minutes', [fault, ruling, settlement], ['committee_minutes']],
    ['no ruling', [fault, minutes, ...ALL_APPROVALS, settlement], ['final_ruling']],
    ['no settlement', [fault, minutes, ...ALL_APPROVALS, ruling], ['negotiated_settlement']],
    ['nothing recorded', [], ['fault_proven', 'committee_minutes', 'final_ruling', 'negotiated_settlement']],
  ] as const)('given %s, when compensation is granted, then it is refused with exactly those conditions', (_label, steps, missing) => {
    const cause = refusal(given(open, ...steps), grant);
    expect(cause).toEqual({ code: 'CONDITIONS_MISSING', missing, unapprovedMembers: [] });
  });

  it('given minutes one member has not approved, when compensation is granted, then it is refused naming that member', () => {
    const cause = refusal(given(open, fault, minutes, approve('أحمد'), approve('خالد'), ruling, settlement), grant);
    expect(cause).toEqual({ code: 'CONDITIONS_MISSING', missing: ['committee_minutes'], unapprovedMembers: ['فاطمة'] });
  });

  it('given the refusal, when staff read it, then it quotes the policy wording of each missing condition in Arabic', () => {
    let error: unknown;
    try { decideClaim(grant, given(open, fault, minutes, approve('أحمد'), ruling)); } catch (e) { error = e; }
    const message = wordsOf(error);
    expect(message).toBe(
      'لا يُصرف التعويض إلا باستيفاء الشروط الأربعة، والشروط غير المستوفاة: '
      + 'إقرار الجمعية بمحضر من لجنة التحقيق والمتابعة مؤرخ ومعتمد من أعضاؤها، موضحاً به هذا الضرر وحجمه والأسباب التي أدت إليه؛ '
      + 'التفاوض مع المستفيد المتضرر لحل الخلاف والتعويض بما يضمن الحقوق. لم يعتمد المحضر بعد: فاطمة، خالد.',
    );
    expect(wordsOf(error, 'en')).toMatch(/^Compensation is granted only when all four conditions are met; not met: The organisation acknowledges/);
  });
});

describe('other refusals of a claim', () => {
  it.each([
    ['a fault without evidence', given(open), { ...fault, data: { ...fault.data, evidence: ' ' } }, 'FIELD_REQUIRED'],
    ['a ruling without its reference', given(open), { ...ruling, data: { ...ruling.data, reference: '' } }, 'FIELD_REQUIRED'],
    ['minutes with no date', given(open), { ...minutes, data: { ...minutes.data, date: '1446/9/3' } }, 'INVALID_DATE'],
    ['minutes without the harm', given(open), { ...minutes, data: { ...minutes.data, harm: '' } }, 'FIELD_REQUIRED'],
    ['minutes with no members', given(open), { ...minutes, data: { ...minutes.data, members: [{ name: ' ', role: 'عضو' }] } }, 'MEMBERS_REQUIRED'],
    ['an approval before any minutes', given(open), approve('أحمد'), 'MINUTES_NOT_RECORDED'],
    ['an approval by someone not on the committee', given(open, minutes), approve('سعيد'), 'NOT_A_MEMBER'],
    ['a second approval by the same member', given(open, minutes, approve('أحمد')), approve('أحمد'), 'ALREADY_APPROVED'],
    ['a settlement of zero', given(open), { ...settlement, data: { ...settlement.data, amount: 0 } }, 'INVALID_AMOUNT'],
    ['a refusal without a reason', given(open), { ...refuseClaim, data: { ...refuseClaim.data, reason: '' } }, 'FIELD_REQUIRED'],
    ['a claim with no description', given(), { ...open, data: { ...open.data, description: '' } }, 'FIELD_REQUIRED'],
    ['no actor', given(), { ...open, data: { ...open.data, actor: '' } }, 'ACTOR_REQUIRED'],
    ['a bad time', given(), { ...open, data: { ...open.data, at: 'yesterday' } }, 'INVALID_INSTANT'],
  ] as const)('given %s, then it is refused', (_label, state, command, expected) => {
    expect(code(state, command as ClaimCommand)).toBe(expected);
  });

  const states: Record<string, ClaimState> = {
    initial: given(),
    open: given(open),
    granted: given(open, fault, minutes, ...ALL_APPROVALS, ruling, settlement, grant),
    refused: given(open, refuseClaim),
  };
  const sample: Record<string, ClaimCommand> = {
    OpenClaim: open, RecordFault: fault, RecordMinutes: minutes, ApproveMinutes: approve('أحمد'),
    RecordRuling: ruling, RecordSettlement: settlement, GrantCompensation: grant, RefuseClaim: refuseClaim,
  };
  it.each(Object.keys(states).flatMap((st) => CLAIM_COMMAND_TYPES.map((type) => [st, type] as const)))(
    'given a %s claim, when %s is asked, then only legal steps pass the transition check',
    (st, type) => {
      const state = states[st] as ClaimState;
      const result = code(state, sample[type] as ClaimCommand);
      if (allowedClaimCommands(state).includes(type)) expect(result).not.toBe('ILLEGAL_TRANSITION');
      else expect(result).toBe('ILLEGAL_TRANSITION');
    },
  );

  it('given a history where compensation was granted without conditions, when replayed, then it is reported as damaged', () => {
    const forged = [...[open].flatMap((c) => decideClaim(c, given())), { type: 'CompensationGranted' as const, data: { amount: 9, ...s } }];
    expect(() => replayClaim(forged)).toThrow(expect.objectContaining({ cause: expect.objectContaining({ code: 'CORRUPT_HISTORY' }) }));
  });
});

describe('the investigation minutes document (CP-2)', () => {
  const claim = given(open, fault, minutes, approve('أحمد'), approve('فاطمة')) as Extract<ClaimState, { status: 'open' }>;
  const doc = investigationMinutesDoc({ ...claim, minutes: claim.minutes! }, rusookh);
  const text = doc.blocks.map((b) => (b.kind === 'table' ? [...b.header, ...b.rows.flat()].join(' | ') : b.text)).join('\n');

  it('given recorded minutes, then the document states the harm, its size and its causes under their headings', () => {
    expect(doc.title).toBe('محضر لجنة التحقيق والمتابعة م-5');
    expect(doc.blocks).toContainEqual({ kind: 'heading', level: 2, text: 'حجم الضرر' });
    for (const part of ['كسر خزانة', '1500 ريال', 'سوء التحميل', 'الشكوى المرتبطة: \u2068C-7\u2069']) expect(text).toContain(part);
  });

  it('given the minutes date, then it is shown in Hijri and Gregorian with Arabic digits', () => {
    expect(text).toContain('تاريخ المحضر: ٤ رمضان ١٤٤٦ هـ الموافق ٤ مارس ٢٠٢٥ م');
  });

  it('given two of three members approved, then the table shows each approval date and the one still pending', () => {
    const table = doc.blocks.find((b) => b.kind === 'table');
    expect(table).toEqual({
      kind: 'table',
      header: ['الاسم', 'الصفة', 'الاعتماد'],
      rows: [
        ['أحمد', 'رئيس اللجنة', 'اعتمد في ٥ رمضان ١٤٤٦ هـ الموافق ٥ مارس ٢٠٢٥ م'],
        ['فاطمة', 'عضو', 'اعتمد في ٥ رمضان ١٤٤٦ هـ الموافق ٥ مارس ٢٠٢٥ م'],
        ['خالد', 'مقرر', 'لم يعتمد بعد'],
      ],
    });
  });

  it("given the organisation's board approval, then the document cites it with the parts its seed gives", () => {
    expect(text).toContain('المعتمدة من مجلس جمعية التنمية الأهلية بالهفوف (رسوخ) في اجتماعه الثاني في دورته الأولى بتاريخ ١١/٣/١٤٤٤هـ');
    const esrarDoc = investigationMinutesDoc({ ...claim, minutes: claim.minutes! }, esrar);
    const last = esrarDoc.blocks[esrarDoc.blocks.length - 1];
    expect(last?.kind === 'paragraph' && last.text).toContain(esrar.approval.minutesNumber);
  });
});
