// The letters a beneficiary reads, on each of the five profiles: addressed to them in our words, the policy cited
// (clause and board approval) and quoted only where it promises them something, and the next step always said.
// Registered by ./describeDefaultPlay.ts on the profile's one play of the default scenario.
import { getProfile } from '../../../src/profiles';
import { withDigits } from '../../../src/domain/time';
import { mails } from '../harness';
import type { DefaultPlay } from '../playDefault';
import { pastedUnquoted, quotedClauseIds } from '../../profiles/clauseQuotes';

/** What the reader sees in the plain-text part, isolates taken out. */
const plain = (s: string) => s.replace(/[\u2066-\u2069]/g, '');

export const lettersSuite = (profileId: string, { sb, report }: DefaultPlay) => describe(`the letters ${profileId} sends`, () => {
  const profile = getProfile(profileId);
  const sent = mails(sb).map((m) => ({ subject: plain(m.subject), text: plain(m.text), to: m.to, replyTo: m.replyTo }));
  const clauses = [...new Set([...Object.values(profile.clauses), profile.deadline.clauseAr])]
    .filter((c) => c.trim().length > 15)
    .flatMap((c) => [c, withDigits(c, profile.digits)]);
  const digits = (s: string) => withDigits(s, profile.digits);
  const approval = profile.approval.body
    ? [`المعتمدة من ${profile.approval.body}`, ...(profile.approval.minutesNumber ? [`بالمحضر رقم ${digits(profile.approval.minutesNumber)}`] : [])]
    : [];
  const ack = sent.filter((m) => m.subject.startsWith('استلام طلبك') && m.text.includes('موعد الرد'));
  const complaintAck = sent.filter((m) => m.subject.startsWith('استلام شكواك'));
  const outcome = sent.filter((m) => m.subject.startsWith('نتيجة شكواك'));

  it('plays the scenario', () => {
    expect(report.failures).toEqual([]);
  });

  it('quotes in its mails only clauses the profile marks promises to the beneficiary', () => {
    const quoted = new Set(sent.flatMap((m) => quotedClauseIds(m.text, profile.clauses, digits)));
    expect([...quoted].filter((id) => profile.clauseVoices?.[id] !== 'promise')).toEqual([]);
    if (profileId === 'esrar') expect([...quoted]).toContain('SR-5b');
  });

  it('acknowledges a complete request in the second person, no staff instruction pasted, the deadline clause cited with the board approval, and whom to answer', () => {
    expect(ack.length).toBeGreaterThan(0);
    for (const m of ack) {
      expect(m.text).not.toContain('التوضيح للمستفيد');
      expect(m.text).not.toMatch(/سيرفع|لا تقل عن أسبوعين/);
      expect(pastedUnquoted(m.text, clauses)).toEqual([]);
      expect(m.text).toContain('نلتزم بالرد عليك');
      expect(m.text).toMatch(new RegExp(`البند SR-${digits('5')}b? من سياسة تنظيم العلاقة مع المستفيدين`));
      for (const words of approval) expect(m.text).toContain(words);
      expect(m.text).toContain('ردّ على هذه الرسالة، فيصل ردّك إلى مسؤول التواصل');
    }
  });

  if (!profile.features.complaints) {
    it('takes no complaints, so sends neither a complaint acknowledgement nor an outcome', () => {
      expect([...complaintAck, ...outcome]).toEqual([]);
    });
    return;
  }

  it('acknowledges a complaint with no clause fragment, CM-3 cited, and how to add to it', () => {
    expect(complaintAck).toHaveLength(1);
    const [m] = complaintAck;
    expect(pastedUnquoted(m.text, clauses)).toEqual([]);
    expect(m.text).not.toContain(profile.clauses['CM-3']);
    expect(m.text).toContain(`البند CM-${digits('3')} من سياسة تنظيم العلاقة مع المستفيدين`);
    for (const words of approval) expect(m.text).toContain(words);
    expect(m.text).toContain('لإضافة ما يفيد شكواك ردّ على هذه الرسالة');
    // Complaints have no contact officer: the answer reaches the follow-up committee's secretary (مقرر, the
    // scenario's third committee member), not the account that sent the mail.
    expect(m.replyTo).toBe('rapporteur.fahd@gmail.com');
    expect(m.text).toContain('يصل ردّك على هذه الرسالة إلى لجنة المتابعة التي تعالج الشكاوى');
  });

  it('tells a complainant whose complaint was not settled how to claim compensation, citing CP-1 to CP-4 and saying the policy sets no time limit', () => {
    expect(outcome).toHaveLength(1);
    const [m] = outcome;
    expect(m.text).toContain('ولم تُسوَّ ودياً');
    expect(pastedUnquoted(m.text, clauses)).toEqual([]);
    expect(m.text).toContain('فلك أن تطلب التعويض: ردّ على هذه الرسالة بطلب تعويض تذكر فيه رقم الشكوى');
    expect(m.text).toContain(digits('البنود CP-1 وCP-2 وCP-3 وCP-4 من سياسة تنظيم العلاقة مع المستفيدين'));
    for (const words of approval) expect(m.text).toContain(words);
    expect(m.text).toContain('لا تحدد السياسة مهلة لطلب التعويض');
    expect(m.replyTo).toBe('rapporteur.fahd@gmail.com');
  });
});
