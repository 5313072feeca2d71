// The mail each committee member gets when minutes are prepared: what the minutes hold, what is asked of them
// (review, sign, mark attendance), by when, the quorum, the policy cited, and whom their answer reaches.
import type { Profile } from '../../profiles';
import type { OutboxEntry } from '../notify/outbox';
import { renderMail } from '../notify/mailTemplate';
import { citeClauses } from '../notify/policyWords';
import { t } from '../../i18n';

export interface MinutesFacts {
  committee: { id: string; nameAr: string };
  number: string;
  date: string;
  url: string;
  cases: number;
  quorum: number;
  members: Array<{ name: string; email: string }>;
  secretary: { email: string } | null;
}

/** One mail per member, each idempotent by committee, minutes number and member. */
export function minutesNotices(profile: Profile, m: MinutesFacts): OutboxEntry[] {
  const org = profile.name.ar;
  // SR-5: the committee studies the request; EL-4: the decision is issued and the beneficiary told.
  const cite = citeClauses(profile, ['SR-5', 'EL-4'].filter((id) => profile.clauses[id]));
  return m.members.filter((member) => member.email).map((member) => {
    const replyTo = m.secretary && m.secretary.email !== member.email ? { replyTo: m.secretary.email } : {};
    const mail = renderMail({
      to: member.email,
      subject: t('minutes.mail.subject', { committee: m.committee.nameAr, number: m.number, org }),
      greeting: t('mail.greeting', { name: member.name }),
      paragraphs: [
        t('minutes.mail.ready', { committee: m.committee.nameAr, number: m.number, date: m.date, count: m.cases }),
        t('minutes.mail.ask'),
        t('minutes.mail.quorum', { quorum: m.quorum }),
        t('minutes.mail.why', { cite }),
      ],
      after: [t('minutes.mail.link', { url: m.url }), ...(replyTo.replyTo ? [t('minutes.mail.whom')] : [])],
      footer: profile.mailFooterAr,
      digits: profile.digits,
    });
    return { messageId: `minutes:${m.committee.id}:${m.number}:${member.email}`, caseNo: '', channel: 'email', recipient: member.email, mail: { ...mail, ...replyTo } };
  });
}
