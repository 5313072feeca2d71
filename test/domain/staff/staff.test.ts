// Staff sign-off (RS) and beneficiary data updates (IN-3).
import {
  acknowledge,
  changedFields,
  describeVerifyReason,
  matchUpdateRequest,
  policyVersion,
  signoffReminderPlan,
  unsignedStaff,
  type BeneficiaryRecord,
  type SignoffReminder,
  type StaffMember,
} from '../../../src/domain/staff';
import { workCalendar, type IsoDate } from '../../../src/domain/time';
import { esrar } from '../../../src/profiles/esrar';
import { wordsOf } from '../../../src/domain/codedError';

const d = (iso: string): IsoDate => iso as IsoDate;
const cal = workCalendar();
const VERSION = policyVersion(esrar.approval);
const member = (email: string, extra: Partial<StaffMember> = {}): StaffMember => ({
  email, name: email.split('@')[0] ?? email, active: true, startedOn: d('2020-01-01'), acknowledgedVersion: null, acknowledgedOn: null, ...extra,
});

describe('staff sign-off of the policy (RS)', () => {
  const signed = acknowledge(member('amal@esrar.org.sa'), VERSION, d('2025-03-03'));
  const old = member('badr@esrar.org.sa', { acknowledgedVersion: 'محضر 7', acknowledgedOn: d('2021-01-01') });
  const never = member('dana@esrar.org.sa');
  const left = member('fahad@esrar.org.sa', { active: false });

  it("given Esrar's board approval, then the version staff sign names its minutes and dates", () => {
    expect(VERSION).toBe(`${esrar.approval.minutesNumber} | ${esrar.approval.hijriDate} | ${esrar.approval.gregorianDate}`);
  });

  it('given staff who signed, signed an older version, never signed or left, then only the active unsigned are listed', () => {
    expect(unsignedStaff([signed, old, never, left], VERSION).map((m) => m.email)).toEqual(['badr@esrar.org.sa', 'dana@esrar.org.sa']);
    expect(signed).toMatchObject({ acknowledgedVersion: VERSION, acknowledgedOn: '2025-03-03' });
  });

  it('given a blank version, when an employee signs, then it is refused', () => {
    expect(() => acknowledge(never, ' ', d('2025-03-03'))).toThrow(expect.objectContaining({ cause: { code: 'VERSION_REQUIRED' } }));
    let error: unknown;
    try { acknowledge(never, '', d('2025-03-03')); } catch (e) { error = e; }
    expect(wordsOf(error)).toBe('لا بد من تحديد نسخة السياسة التي يوقّع عليها الموظف.');
  });

  const published = d('2025-03-02'); // Sunday
  it('given the policy published on Sunday, then the first reminder goes three working days later, on Wednesday', () => {
    expect(signoffReminderPlan([never], VERSION, published, [], d('2025-03-04'), cal).remind).toEqual([]);
    expect(signoffReminderPlan([never], VERSION, published, [], d('2025-03-05'), cal)).toEqual({ remind: [{ email: 'dana@esrar.org.sa', nth: 1 }], escalate: [] });
  });

  it('given a reminder was sent, then the next waits five working days and never falls on a weekend', () => {
    const sent: SignoffReminder[] = [{ email: 'dana@esrar.org.sa', sentOn: d('2025-03-05') }];
    expect(signoffReminderPlan([never], VERSION, published, sent, d('2025-03-11'), cal).remind).toEqual([]);
    expect(signoffReminderPlan([never], VERSION, published, sent, d('2025-03-12'), cal).remind).toEqual([{ email: 'dana@esrar.org.sa', nth: 2 }]);
    expect(signoffReminderPlan([never], VERSION, published, sent, d('2025-03-14'), cal).remind).toEqual([]); // a Friday
  });

  it('given three reminders went unanswered, then HR is told instead of a fourth reminder', () => {
    const sent = ['2025-03-05', '2025-03-12', '2025-03-19'].map((on) => ({ email: 'dana@esrar.org.sa', sentOn: d(on) }));
    expect(signoffReminderPlan([never, signed], VERSION, published, sent, d('2025-04-01'), cal)).toEqual({ remind: [], escalate: ['dana@esrar.org.sa'] });
  });

  it('given an employee who joins later, then their reminders count from their first day, not from publication', () => {
    const newcomer = member('hind@esrar.org.sa', { startedOn: d('2025-04-06') });
    const oldReminders = [{ email: 'hind@esrar.org.sa', sentOn: d('2025-03-05') }];
    expect(signoffReminderPlan([newcomer], VERSION, published, oldReminders, d('2025-04-08'), cal).remind).toEqual([]);
    expect(signoffReminderPlan([newcomer], VERSION, published, oldReminders, d('2025-04-09'), cal).remind).toEqual([{ email: 'hind@esrar.org.sa', nth: 1 }]);
  });
});

describe('beneficiary data updates (IN-3)', () => {
  const record: BeneficiaryRecord = {
    beneficiaryId: 'B-1', nationalId: '1087654339', mobile: '+966501234567', email: 'old@example.com',
    city: 'الأحساء', address: 'حي المزروع', preferredChannel: 'email',
  };
  const other: BeneficiaryRecord = { ...record, beneficiaryId: 'B-2', nationalId: '2000000006', mobile: '+966551112233' };

  it('given the ID and mobile on file in another form, when the email and city change, then exactly those changes are applied', () => {
    const match = matchUpdateRequest({ nationalId: '١٠٨٧٦٥٤٣٣٩', mobile: '0501234567', changes: { email: ' New@Example.com ', city: 'الهفوف', address: '' } }, [other, record]);
    expect(match).toEqual({
      kind: 'apply', beneficiaryId: 'B-1',
      changes: [{ field: 'email', before: 'old@example.com', after: 'new@example.com' }, { field: 'city', before: 'الأحساء', after: 'الهفوف' }],
    });
  });

  it('given a new mobile, when it is requested with the old one, then the new mobile is stored in its standard form', () => {
    const match = matchUpdateRequest({ nationalId: '1087654339', mobile: '+966501234567', changes: { mobile: '055 999 8877' } }, [record]);
    expect(match).toEqual({ kind: 'apply', beneficiaryId: 'B-1', changes: [{ field: 'mobile', before: '+966501234567', after: '+966559998877' }] });
  });

  it.each([
    ['an ID nobody has', { nationalId: '1087654347', mobile: '0501234567' }, 'no_match'],
    ['the right ID with another mobile', { nationalId: '1087654339', mobile: '0551112233' }, 'mobile_mismatch'],
    ['an ID that fails its check digit', { nationalId: '1087654329', mobile: '0501234567' }, 'invalid_identity'],
  ])('given %s, then nothing is overwritten and staff must verify', (_label, who, reason) => {
    expect(matchUpdateRequest({ ...who, changes: { email: 'x@example.com' } }, [record, other])).toEqual({ kind: 'verify', reason });
  });

  it('given two records with the same ID and mobile, then it is not guessed', () => {
    expect(matchUpdateRequest({ nationalId: '1087654339', mobile: '0501234567', changes: { city: 'x' } }, [record, { ...record, beneficiaryId: 'B-3' }]))
      .toEqual({ kind: 'verify', reason: 'ambiguous' });
  });

  it('given a new email that is not an email, then staff verify it, naming the field', () => {
    expect(matchUpdateRequest({ nationalId: '1087654339', mobile: '0501234567', changes: { email: 'not-an-email' } }, [record]))
      .toEqual({ kind: 'verify', reason: 'invalid_value', fields: ['email'] });
    expect(describeVerifyReason({ kind: 'verify', reason: 'invalid_value', fields: ['email'] })).toBe('بعض البيانات الجديدة غير صحيحة: \u2068email\u2069.');
    expect(describeVerifyReason({ kind: 'verify', reason: 'mobile_mismatch' })).toBe('رقم الجوال لا يطابق المسجل لصاحب الهوية، ويلزم التحقق قبل أي تعديل.');
  });

  it('given the same values as on file, then nothing changes', () => {
    expect(matchUpdateRequest({ nationalId: '1087654339', mobile: '0501234567', changes: { city: 'الأحساء' } }, [record])).toEqual({ kind: 'unchanged', beneficiaryId: 'B-1' });
    expect(changedFields(record, {})).toEqual([]);
  });
});
