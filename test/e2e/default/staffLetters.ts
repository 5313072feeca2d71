// The letters staff read, on each of the five profiles: the committee member asked to sign the minutes, the officer
// and the manager told by the daily digest what is asked of each, the manager's weekly summary and sign-off
// escalation; each in the second person, the next step and where to act said, the policy cited (clause and board
// approval), no clause pasted as our words, counts agreeing and left-to-right tokens isolated.
// Registered by ./describeDefaultPlay.ts on the profile's one play of the default scenario.
import { getProfile } from '../../../src/profiles';
import { withDigits } from '../../../src/domain/time';
import { mails } from '../harness';
import type { DefaultPlay } from '../playDefault';
import { pastedUnquoted } from '../../profiles/clauseQuotes';
import { badAgreement, ISOLATES } from '../../support/mailText';

const MEMBERS = ['chair.khalid@gmail.com', 'member.sara@gmail.com', 'rapporteur.fahd@gmail.com'];
const SECRETARY = 'rapporteur.fahd@gmail.com';
const STAFF = ['officer.noura@gmail.com', ...MEMBERS, 'manager.abdullah@gmail.com'];
const plain = (s: string) => s.replace(ISOLATES, '');

export const staffLettersSuite = (profileId: string, { sb, report }: DefaultPlay) => describe(`the letters ${profileId} sends its staff`, () => {
  const profile = getProfile(profileId);
  const all = mails(sb).map((m) => ({ raw: m.text, subject: plain(m.subject), text: plain(m.text), to: m.to.join(','), replyTo: m.replyTo }));
  const toStaff = all.filter((m) => STAFF.includes(m.to));
  const digits = (s: string) => withDigits(s, profile.digits);
  const clauses = [...new Set([...Object.values(profile.clauses), profile.deadline.clauseAr])]
    .filter((c) => c.trim().length > 15)
    .flatMap((c) => [c, digits(c)]);
  const approval = profile.approval.body
    ? [`المعتمدة من ${profile.approval.body}`, ...(profile.approval.minutesNumber ? [`بالمحضر رقم ${digits(profile.approval.minutesNumber)}`] : [])]
    : [];
  const minutes = toStaff.filter((m) => m.subject.includes('جاهز لتوقيعك'));
  const digests = toStaff.filter((m) => m.subject.startsWith('متابعة مواعيد الرد ليوم'));
  const summaries = toStaff.filter((m) => m.subject.startsWith('الملخص الأسبوعي'));

  it('plays the scenario', () => {
    expect(report.failures).toEqual([]);
    expect(toStaff.length).toBeGreaterThan(0);
  });

  it('asks each committee member, by name, to review and sign the minutes by the next meeting, with the link, the quorum and the policy cited', () => {
    expect(minutes.map((m) => m.to).sort()).toEqual([...MEMBERS].sort());
    for (const m of minutes) {
      expect(m.text).toMatch(/^السلام عليكم [^،]+،/);
      expect(m.text).toContain('المطلوب منك: افتح المحضر من الرابط أدناه');
      expect(m.text).toContain('وقّع أمام اسمك في جدول التوقيعات');
      expect(m.text).toContain('في موعد أقصاه الاجتماع التالي للجنة');
      // Three members: a quorum of two, in the dual.
      expect(m.text).toContain('يكتمل نصاب المحضر بتوقيع عضوين من أعضاء اللجنة');
      expect(m.text).toMatch(/المحضر: https:\/\/docs\.google\.com\/document\/d\/\S+/);
      // The link reads left to right inside Arabic: isolated.
      expect(m.raw).toMatch(/[\u2066\u2068]https:\/\/docs\.google\.com\/document\/d\/\S+\u2069/);
      expect(m.text).toMatch(new RegExp(`(البند SR-${digits('5')}|البنود SR-${digits('5')} وEL-${digits('4')}) من سياسة تنظيم العلاقة مع المستفيدين`));
      for (const words of approval) expect(m.text).toContain(words);
    }
    // Answers reach the committee's secretary; the secretary is not told to answer themselves.
    for (const m of minutes.filter((x) => x.to !== SECRETARY)) {
      expect(m.replyTo).toBe(SECRETARY);
      expect(m.text).toContain('فيصل ردّك إلى مقرر اللجنة');
    }
    expect(minutes.find((m) => m.to === SECRETARY)?.replyTo).toBeNull();
  });

  it('tells the officer and the manager in each digest what is asked of them, with the reply dates cited', () => {
    expect(digests.length).toBeGreaterThan(0);
    const answered = digests.filter((m) => /تجاوز موعد الرد|بقي|بقيت|اليوم آخر يوم/.test(m.text));
    const late = digests.filter((m) => m.text.includes('متأخر عن موعد الرد'));
    expect(answered.length).toBeGreaterThan(0);
    for (const m of answered) {
      expect(m.text).toMatch(/ما المطلوب منك: أن يصل الرد إلى (صاحب|صاحبي|أصحاب)/);
      expect(m.text).toContain('قائمة «مستفيد» ← «إجراءات السجل المحدد»');
    }
    for (const m of late) {
      expect(m.to).toBe('manager.abdullah@gmail.com');
      expect(m.text).toMatch(/ما المطلوب منك: (الحالة المتأخرة|الحالتان المتأخرتان|الحالات المتأخرة الـ\S+) أعلاه/);
      expect(m.text).toContain('مع المسؤول المذكور في سطرها');
    }
    for (const m of digests.filter((x) => x.text.includes('الطلب رقم'))) {
      expect(m.text).toMatch(new RegExp(`مواعيد الرد على الطلبات من البند SR-${digits('5')}b? من سياسة تنظيم العلاقة مع المستفيدين`));
      for (const words of approval) expect(m.text).toContain(words);
    }
  });

  it('addresses the weekly summary to the manager and says what is asked of them this week', () => {
    expect(summaries.length).toBeGreaterThan(0);
    for (const m of summaries) {
      expect(m.text).toContain('لتتابع منه مواعيد الرد على الطلبات');
      expect(m.text).not.toContain('لمتابعة الإدارة العليا');
      expect(m.text).toMatch(/ما المطلوب منك: .*تجاوز|لا طلب تجاوز موعد الرد دون رد، فلا يلزمك إجراء/);
    }
    if (profile.clauses['SAT-5']) for (const m of summaries) expect(m.text).toContain(digits('البنود SAT-5 وSAT-6 من سياسة تنظيم العلاقة مع المستفيدين'));
  });

  it('asks the manager to follow up staff who have not acknowledged the policy, and where (Esrar signs off)', () => {
    const escalations = toStaff.filter((m) => m.subject.startsWith('موظفون لم يقروا بالسياسة'));
    expect(escalations.length).toBe(profile.features.staffSignoff ? 1 : 0);
    for (const m of escalations) {
      expect(m.to).toBe('manager.abdullah@gmail.com');
      expect(m.text).not.toContain('نرجو من الموارد البشرية');
      expect(m.text).toContain('ما المطلوب منك: تابع مع كل منهم');
      expect(m.text).toContain('قائمة «مستفيد» ← «الإقرار بالسياسة»');
    }
  });

  it('pastes no clause of the policy as our words, and breaks no count agreement, in any mail to staff', () => {
    for (const m of toStaff) {
      expect([m.subject, pastedUnquoted(m.text, clauses)]).toEqual([m.subject, []]);
      expect([m.subject, badAgreement(m.subject + '\n' + m.text)]).toEqual([m.subject, []]);
    }
  });
});
