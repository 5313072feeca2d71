// What the beneficiary is told about a case, on the channel agreed with them (SR-5): e-mail, SMS or WhatsApp
// sent by the product, the other channels they accepted after it, and the contact officer's task last;
// nothing at all once they opted out (PDPL art. 25).
import type { Profile } from '../../profiles';
import type { OutboxEntry } from './outbox';
import type { ChannelPayload } from '../../ports/notification';
import type { RouteStep } from './delivery';
import { renderMail, type MailModel } from './mailTemplate';
import { channelLabel } from '../../domain/intake/channels';
import { fitSms, gatewayNumber } from '../../domain/text/sms';
import { withDigits } from '../../domain/time';
import { messagingOf, routeFor, type Template } from './channels';
import { t } from '../../i18n';

export interface CaseAddressee {
  caseNo: string;
  name: string;
  email: string | null;
  replyChannel: string;
  officerEmail: string | null;
  /** Whom the person's answer reaches (Reply-To) when it is not the contact officer: a complaint's follow-up committee. */
  replyTo?: string | null;
  mobile?: string | null;
  /** The channels the person accepted (consent); the agreed channel counts as accepted. */
  accepted?: string[];
  /** They asked for no further messages. */
  optedOut?: boolean;
}

/** A text message keeps to two UCS-2 parts (134 Arabic characters): a phone shows it whole, it costs two. */
export const SMS_MAX_PARTS = 2;

export interface ShortForms {
  /** The SMS's words (the reference and link go in `tail`, never cut). */
  sms?: string;
  tail?: string;
  /** More than SMS_MAX_PARTS when the tail is a long link (a form's address). */
  maxParts?: number;
  whatsapp?: Template;
}

export function toBeneficiary(
  profile: Profile,
  who: CaseAddressee,
  kind: string,
  model: Omit<MailModel, 'to' | 'greeting' | 'footer'>,
  fallbackStaffEmail: string,
  short: ShortForms = {},
  settings: Record<string, string> = {},
): OutboxEntry {
  const full: MailModel = { ...model, to: who.email ?? '', greeting: t('mail.greeting', { name: who.name }), footer: profile.mailFooterAr, digits: profile.digits };
  const messageId = `${who.caseNo}:${kind}`;
  // The beneficiary's answer reaches the contact officer who handles the case, whoever's account sent it.
  const answerTo = who.replyTo || who.officerEmail;
  const replyTo = answerTo ? { replyTo: answerTo } : {};
  const staff = who.officerEmail || fallbackStaffEmail;
  const preferred = who.replyChannel;
  const taskMail = (channelId: string) => {
    const channel = channelLabel(profile, channelId);
    return renderMail({
      ...full,
      to: staff,
      subject: t('mail.task.subject', { caseNo: who.caseNo, channel }),
      greeting: t('mail.greetingStaff'),
      paragraphs: [t('mail.task.body', { channel }), '—', ...full.paragraphs],
    });
  };
  if (who.optedOut) {
    return { messageId, caseNo: who.caseNo, channel: preferred, recipient: '', mail: { to: '', subject: model.subject, text: '', html: '' }, withheld: true };
  }
  const messaging = messagingOf(profile, settings);
  const route = routeFor(messaging, { email: who.email, mobile: who.mobile ?? null, preferred, accepted: who.accepted ?? [preferred] }, short.whatsapp ?? null);
  const number = who.mobile ? gatewayNumber(who.mobile) : null;
  const digits = (s: string) => withDigits(s, profile.digits);
  const step = (channel: string): RouteStep => {
    if (channel === 'email') return { channel, recipient: who.email ?? '', subject: full.subject, content: { ...renderMail(full), ...replyTo } };
    const payload: ChannelPayload = channel === 'sms'
      ? { channel: 'sms', message: { to: number ?? '', text: fitSms(digits(short.sms ?? model.subject), digits(short.tail ?? ''), short.maxParts ?? SMS_MAX_PARTS) } }
      : {
        channel: 'whatsapp',
        message: {
          to: number ?? '',
          template: messaging.whatsapp?.templates[short.whatsapp!.kind] ?? '',
          language: messaging.whatsapp?.language ?? 'ar',
          params: short.whatsapp!.params.map(digits),
        },
      };
    return { channel, recipient: number ?? '', subject: full.subject, content: payload };
  };
  if (route.length === 0) {
    // Not a channel the product sends on: the officer gets the message as a task to pass on.
    return { messageId, caseNo: who.caseNo, channel: preferred, recipient: staff, mail: taskMail(preferred) };
  }
  const steps = route.map(step);
  // A route with only e-mail keeps today's rows (a failed mail is the person's to look at); a route with a
  // gateway ends with the officer's task, so a message that no channel carried still reaches someone.
  const task: RouteStep[] = route.every((c) => c === 'email') ? [] : [{ channel: preferred, recipient: staff, subject: taskMail(preferred).subject, content: taskMail(preferred), task: true }];
  const [first, ...rest] = steps;
  const entry: OutboxEntry = { messageId, caseNo: who.caseNo, channel: first.channel, recipient: first.recipient, mail: first.channel === 'email' ? (first.content as OutboxEntry['mail']) : { ...renderMail(full), to: first.recipient } };
  if (first.channel !== 'email') entry.payload = first.content as ChannelPayload;
  if (rest.length + task.length > 0) entry.next = [...rest, ...task];
  return entry;
}
