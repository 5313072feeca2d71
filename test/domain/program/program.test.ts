// Programs and activities (PR): announcement, registration checks, the interview route, attendance, evaluation, report.
import {
  REGISTRATION_COMMAND_TYPES,
  REGISTRATION_STATUSES,
  ageOn,
  allowedRegistrationCommands,
  announcementText,
  checkProgram,
  dailyAttendance,
  decideRegistration,
  evaluationDue,
  evaluationRecipients,
  programErrorCause,
  programReportDoc,
  receiptText,
  replayRegistration,
  PROGRAM_EVALUATION_ITEMS,
  type Program,
  type RegistrationCommand,
  type RegistrationCommandType,
  type RegistrationState,
} from '../../../src/domain/program';
import { scoreAnswers } from '../../../src/domain/satisfaction/scoring';
import { isoDate, type IsoDate } from '../../../src/domain/time';
import { t } from '../../../src/i18n';
import { rusookh } from '../../../src/profiles/rusookh';
import { wordsOf } from '../../../src/domain/codedError';

const s = { actor: 'maha@rusookh.org.sa', at: '2025-03-02T09:00:00Z' };
const d = (iso: string): IsoDate => iso as IsoDate;

const course: Program = checkProgram({
  id: 'summer_club', nameAr: 'النادي الصيفي', targetAge: { min: 10, max: 15 }, fee: 200, capacity: 2,
  startDate: d('2025-07-06'), endDate: d('2025-07-10'), needsInterview: false,
  registrationUrl: 'https://forms.gle/club', conditions: ['إحضار موافقة ولي الأمر'],
});
const leaders: Program = { ...course, id: 'leaders', nameAr: 'برنامج القادة', fee: 0, needsInterview: true };

const register = (birthDate = '2012-05-01', missing: string[] = []): RegistrationCommand =>
  ({ type: 'Register', data: { registrationId: 'P-1', name: 'ريم', birthDate, missing, ...s } });
const sample: Record<RegistrationCommandType, RegistrationCommand> = {
  Register: register(),
  InviteToInterview: { type: 'InviteToInterview', data: { ...s } },
  RecordInterview: { type: 'RecordInterview', data: { accepted: true, notes: 'مناسبة', ...s } },
  CallToComplete: { type: 'CallToComplete', data: { ...s } },
  RecordPayment: { type: 'RecordPayment', data: { amount: 200, receiptNo: '501', ...s } },
  Enroll: { type: 'Enroll', data: { enrolledSoFar: 0, ...s } },
};

function given(program: Program, ...commands: RegistrationCommand[]): RegistrationState {
  return commands.reduce<RegistrationState>((st, c) => replayRegistration(decideRegistration(c, st, program), st), replayRegistration([]));
}
function refusal(state: RegistrationState, command: RegistrationCommand, program: Program): string {
  try {
    decideRegistration(command, state, program);
    return 'accepted';
  } catch (error) {
    const cause = programErrorCause(error);
    if (!cause) throw error;
    return cause.code;
  }
}
function messageOf(run: () => unknown): string | null {
  try { run(); return null; } catch (error) { return wordsOf(error); }
}

describe('the program and its announcement (PR-1)', () => {
  it('given a program, when it is announced, then the Arabic text gives the dates, every condition and the registration link', () => {
    const text = announcementText(course, rusookh.name.ar, 'arab');
    expect(text.split('\n')).toEqual([
      'تعلن جمعية التنمية الأهلية بالهفوف (رسوخ) عن بدء التسجيل في برنامج «النادي الصيفي».',
      'مدة البرنامج: من ١١ محرم ١٤٤٧ هـ الموافق ٦ يوليو ٢٠٢٥ م إلى ١٥ محرم ١٤٤٧ هـ الموافق ١٠ يوليو ٢٠٢٥ م.',
      'شروط التسجيل:',
      '١. أن يكون عمر المشارك عند بدء البرنامج من ١٠ إلى ١٥ سنة.',
      '٢. سداد رسوم الاشتراك وقدرها ٢٠٠ ريال.',
      '٣. يتاح مقعدان.',
      '٤. استكمال بيانات استمارة التسجيل المطلوبة.',
      '٥. إحضار موافقة ولي الأمر',
      'استمارة التسجيل: \u2068https://forms.gle/club\u2069',
    ]);
  });

  it('given a free interview program, then the announcement says it is free and requires an interview', () => {
    const text = announcementText(leaders, rusookh.name.ar, 'latn');
    expect(text).toContain('البرنامج مجاني دون رسوم اشتراك.');
    expect(text).toContain('اجتياز المقابلة الشخصية.');
  });

  it.each([
    ['an age group that runs backwards', { targetAge: { min: 15, max: 10 } }, 'targetAge'],
    ['an end before the start', { endDate: d('2025-07-01') }, 'endDate'],
    ['no places', { capacity: 0 }, 'capacity'],
    ['a negative fee', { fee: -5 }, 'fee'],
    ['no registration link', { registrationUrl: 'forms' }, 'registrationUrl'],
  ])('given a program with %s, when it is checked, then it is refused naming the field', (_label, change, field) => {
    expect(() => checkProgram({ ...course, ...change })).toThrow(expect.objectContaining({ cause: { code: 'INVALID_PROGRAM', field } }));
  });

  it('given birth dates around the start day, then the age is in whole years on that day', () => {
    expect(ageOn(d('2015-07-06'), d('2025-07-06'))).toBe(10);
    expect(ageOn(d('2015-07-07'), d('2025-07-06'))).toBe(9);
    expect(ageOn(d('2012-02-29'), d('2025-02-28'))).toBe(12);
    expect(ageOn(d('2012-02-29'), d('2025-03-01'))).toBe(13);
  });
});

describe('registration without interviews (PR-2…5)', () => {
  it('given a complete form in the age group, when registered, then the registrant is registered with their age at the start', () => {
    expect(given(course, register())).toMatchObject({ status: 'registered', name: 'ريم', ageAtStart: 13, programId: 'summer_club' });
  });

  it('given a fee, when it is paid and the registrant enrolled, then registration is complete with the receipt number', () => {
    const state = given(course, register(), sample.RecordPayment, sample.Enroll);
    expect(state).toMatchObject({ status: 'enrolled', payment: { amount: 200, receiptNo: '501' } });
  });

  it('given a free program, when the registrant is enrolled, then no payment is needed', () => {
    const free = { ...course, fee: 0 };
    expect(allowedRegistrationCommands(given(free, register()), free)).toEqual(['Enroll']);
    expect(given(free, register(), sample.Enroll).status).toBe('enrolled');
  });

  it('given a registrant who is 16 at the start, when registering, then it is refused with their age and the target group', () => {
    expect(refusal(given(course), register('2009-01-01'), course)).toBe('OUTSIDE_AGE_GROUP');
    expect(messageOf(() => decideRegistration(register('2009-01-01'), given(course), course)))
      .toBe('الفئة العمرية المستهدفة من 10 إلى 15 سنة، وعمر المشارك عند بدء البرنامج 16.');
  });

  it('given a form with missing answers, when registering, then it is refused listing them', () => {
    const cmd: RegistrationCommand = { type: 'Register', data: { registrationId: 'P-2', name: ' ', birthDate: '', missing: ['guardian_phone'], ...s } };
    expect(messageOf(() => decideRegistration(cmd, given(course), course))).toBe('استمارة التسجيل غير مكتملة، والبيانات الناقصة: \u2068guardian_phone\u2069، \u2068name\u2069، \u2068birthDate\u2069.');
  });

  it.each([
    ['a birth date that is not a date', given(course), register('12/5/2012'), 'INVALID_DATE'],
    ['enrolment before the fee is paid', given(course, register()), sample.Enroll, 'FEE_UNPAID'],
    ['a payment of the wrong amount', given(course, register()), { ...sample.RecordPayment, data: { ...sample.RecordPayment.data, amount: 150 } }, 'WRONG_AMOUNT'],
    ['a payment without a receipt number', given(course, register()), { ...sample.RecordPayment, data: { ...sample.RecordPayment.data, receiptNo: ' ' } }, 'FIELD_REQUIRED'],
    ['a second payment', given(course, register(), sample.RecordPayment), sample.RecordPayment, 'ILLEGAL_TRANSITION'],
    ['enrolment when the places are taken', given(course, register(), sample.RecordPayment), { ...sample.Enroll, data: { ...s, enrolledSoFar: 2 } }, 'PROGRAM_FULL'],
    ['an interview for a program without interviews', given(course, register()), sample.InviteToInterview, 'NOT_AN_INTERVIEW_PROGRAM'],
    ['no actor', given(course), { ...register(), data: { ...register().data, actor: '' } }, 'ACTOR_REQUIRED'],
  ] as const)('given %s, then it is refused', (_label, state, command, expected) => {
    expect(refusal(state, command as RegistrationCommand, course)).toBe(expected);
  });

  it('given a free program, when a payment is recorded, then it is refused as there is no fee', () => {
    const free = { ...course, fee: 0 };
    expect(refusal(given(free, register()), sample.RecordPayment, free)).toBe('NO_FEE');
  });

  it('given a payment, then the receipt names the payer, the amount, the program and the date', () => {
    expect(receiptText(course, { receiptNo: '501', amount: 200, paidOn: d('2025-07-01'), payer: 'ريم' }, rusookh.name.ar, 'arab')).toBe(
      'جمعية التنمية الأهلية بالهفوف (رسوخ) — سند قبض رقم ٥٠١\n'
      + 'استلمنا من ريم مبلغ ٢٠٠ ريال رسوم الاشتراك في برنامج «النادي الصيفي» بتاريخ ٦ محرم ١٤٤٧ هـ الموافق ١ يوليو ٢٠٢٥ م.',
    );
  });
});

describe('programs that need interviews', () => {
  it('given a complete registrant, when invited, accepted and called, then registration can be completed', () => {
    const states = [
      given(leaders, register(), sample.InviteToInterview),
      given(leaders, register(), sample.InviteToInterview, sample.RecordInterview),
      given(leaders, register(), sample.InviteToInterview, sample.RecordInterview, sample.CallToComplete),
      given(leaders, register(), sample.InviteToInterview, sample.RecordInterview, sample.CallToComplete, sample.Enroll),
    ];
    expect(states.map((st) => st.status)).toEqual(['invited', 'accepted', 'called', 'enrolled']);
    expect(states[2]).toMatchObject({ interviewNotes: 'مناسبة' });
  });

  it('given an interview that did not admit the registrant, then nothing follows', () => {
    const rejected = given(leaders, register(), sample.InviteToInterview, { type: 'RecordInterview', data: { accepted: false, notes: 'لا تنطبق الشروط', ...s } });
    expect(rejected.status).toBe('not_accepted');
    expect(allowedRegistrationCommands(rejected, leaders)).toEqual([]);
  });

  it('given a registrant not yet interviewed, when they are enrolled, then it is refused', () => {
    expect(refusal(given(leaders, register()), sample.Enroll, leaders)).toBe('ILLEGAL_TRANSITION');
  });

  const paidLeaders: Program = { ...leaders, fee: 200 };
  const reach: Record<string, RegistrationCommand[]> = {
    initial: [], registered: [register()], invited: [register(), sample.InviteToInterview],
    accepted: [register(), sample.InviteToInterview, sample.RecordInterview],
    not_accepted: [register(), sample.InviteToInterview, { type: 'RecordInterview', data: { accepted: false, notes: '', ...s } }],
    called: [register(), sample.InviteToInterview, sample.RecordInterview, sample.CallToComplete],
    enrolled: [register(), sample.InviteToInterview, sample.RecordInterview, sample.CallToComplete, sample.RecordPayment, sample.Enroll],
  };
  it.each(REGISTRATION_STATUSES.flatMap((st) => REGISTRATION_COMMAND_TYPES.map((type) => [st, type] as const)))(
    'given a paid interview registration that is %s, when %s is asked, then only legal steps pass',
    (st, type) => {
      const state = given(paidLeaders, ...(reach[st] as RegistrationCommand[]));
      expect(state.status).toBe(st);
      const result = refusal(state, sample[type], paidLeaders);
      if (allowedRegistrationCommands(state, paidLeaders).includes(type)) expect(result).toBe('accepted');
      else expect(result).not.toBe('accepted');
    },
  );

  it('given every status and command, then each has an Arabic label', () => {
    for (const st of REGISTRATION_STATUSES) expect(t(`policy.program.status.${st}`)).toMatch(/[\u0621-\u064A]/);
    for (const c of REGISTRATION_COMMAND_TYPES) expect(t(`policy.program.command.${c}`)).toMatch(/[\u0621-\u064A]/);
  });
});

describe('attendance and the evaluation form (PR-6, PR-7)', () => {
  const enrolled = ['P-1', 'P-2', 'P-3'];
  const sheet = [
    ...dailyAttendance(course, enrolled, d('2025-07-06'), ['P-1']),
    ...dailyAttendance(course, enrolled, d('2025-07-07'), ['P-1', 'P-2']),
  ];

  it('given a day of the program, when attendance is taken, then every enrolled participant has a row, present or absent', () => {
    expect(dailyAttendance(course, enrolled, d('2025-07-06'), ['P-2'])).toEqual([
      { registrationId: 'P-1', date: '2025-07-06', present: false },
      { registrationId: 'P-2', date: '2025-07-06', present: true },
      { registrationId: 'P-3', date: '2025-07-06', present: false },
    ]);
  });

  it('given a day outside the program or someone not enrolled, when attendance is taken, then it is refused', () => {
    expect(() => dailyAttendance(course, enrolled, d('2025-07-11'), [])).toThrow(expect.objectContaining({ cause: { code: 'DATE_OUTSIDE_PROGRAM', date: '2025-07-11' } }));
    expect(() => dailyAttendance(course, enrolled, d('2025-07-07'), ['P-9'])).toThrow(expect.objectContaining({ cause: { code: 'NOT_ENROLLED', registrationIds: ['P-9'] } }));
  });

  it('given one participant who never attended, when the program ends, then the evaluation form is never sent to them', () => {
    expect(evaluationRecipients(enrolled, sheet)).toEqual(['P-1', 'P-2']);
  });

  it('given a stricter threshold of two days, then only those present on two days get the form', () => {
    expect(evaluationRecipients(enrolled, sheet, 2)).toEqual(['P-1']);
    expect(() => evaluationRecipients(enrolled, sheet, 0)).toThrow(expect.objectContaining({ cause: expect.objectContaining({ code: 'INVALID_PROGRAM' }) }));
  });

  it('given the calendar, then the form is due from the last day of the program', () => {
    expect(evaluationDue(course, isoDate(2025, 7, 9))).toBe(false);
    expect(evaluationDue(course, isoDate(2025, 7, 10))).toBe(true);
  });
});

describe('the program report (PR-8)', () => {
  const enrolledIds = ['P-1', 'P-2', 'P-3'];
  const attendance = [
    ...dailyAttendance(course, enrolledIds, d('2025-07-06'), ['P-1', 'P-2']),
    ...dailyAttendance(course, enrolledIds, d('2025-07-07'), ['P-1']),
  ];
  const evaluation = scoreAnswers(PROGRAM_EVALUATION_ITEMS, [
    { content: 5, presenter: 4, organisation: 4, benefit: 5, overall: 5 },
    { content: '4', presenter: '٥', organisation: '', benefit: 3, overall: 4 },
  ]);
  const doc = programReportDoc(course, { enrolledIds, attendance, evaluation }, rusookh);
  const tables = doc.blocks.filter((b) => b.kind === 'table');

  it('given two days of attendance, then the report shows present and absent counts per day', () => {
    expect(tables[0]).toMatchObject({ header: ['اليوم', 'الحاضرون', 'الغائبون'] });
    expect(tables[0]?.kind === 'table' && tables[0].rows.map((r) => r.slice(1))).toEqual([['٢', '١'], ['١', '٢']]);
  });

  it('given two evaluations, then the report shows each item average and the overall average', () => {
    expect(tables[1]?.kind === 'table' && tables[1].rows).toEqual([
      ['محتوى البرنامج', '٤.٥'], ['مقدم البرنامج', '٤.٥'], ['التنظيم', '٤'], ['الفائدة المتحققة', '٤'], ['التقييم العام', '٤.٥'],
    ]);
    expect(doc.blocks).toContainEqual({ kind: 'paragraph', text: 'المتوسط العام: ٤.٣٣ من ٥', bold: true });
  });

  it('given the report is published, then no participant is named in it', () => {
    const text = JSON.stringify(doc);
    expect(text).not.toContain('P-1');
    expect(text).toContain('حضر ٢ من أصل ٣ مشاركين يومًا واحدًا على الأقل، وحضر ١ جميع الأيام.');
  });
});
