// What the beneficiary is told about a case, on the channel agreed with them (SR-5): an email the
// product sends, or, for WhatsApp, phone, letter and SMS, a follow-up task for the contact officer.
import type { Profile } from '../../profiles';
import type { OutboxEntry } from './outbox';
import { renderMail, type MailModel } from './mailTemplate';
import { channelLabel } from '../../domain/intake/channels';
import { t } from '../../i18n';

export interface CaseAddressee {
  caseNo: string;
  name: string;
  email: string | null;
  replyChannel: string;
  officerEmail: string | null;
}

export function toBeneficiary(
  profile: Profile,
  who: CaseAddressee,
  kind: string,
  model: Omit<MailModel, 'to' | 'greeting' | 'footer'>,
  fallbackStaffEmail: string,
): OutboxEntry {
  const full: MailModel = { ...model, to: who.email ?? '', greeting: t('mail.greeting', { name: who.name }), footer: profile.mailFooterAr, digits: profile.digits };
  const messageId = `${who.caseNo}:${kind}`;
  if (who.replyChannel === 'email' && who.email) {
    // The beneficiary's answer reaches the contact officer who handles the case, whoever's account sent it.
    const replyTo = who.officerEmail ?? undefined;
    return { messageId, caseNo: who.caseNo, channel: 'email', recipient: who.email, mail: { ...renderMail(full), ...(replyTo ? { replyTo } : {}) } };
  }
  // Not a channel the product sends on: the officer gets the message as a task to pass on.
  const staff = who.officerEmail || fallbackStaffEmail;
  const channel = channelLabel(profile, who.replyChannel);
  const task = renderMail({
    ...full,
    to: staff,
    subject: t('mail.task.subject', { caseNo: who.caseNo, channel }),
    greeting: t('mail.greetingStaff'),
    paragraphs: [t('mail.task.body', { channel }), '—', ...full.paragraphs],
  });
  return { messageId, caseNo: who.caseNo, channel: who.replyChannel, recipient: staff, mail: task };
}
