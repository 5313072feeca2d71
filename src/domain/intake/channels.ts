// Channel names and the channels a beneficiary may ask us to reply on (CH, SR-5 "the agreed channel").
import type { Profile } from '../../profiles';
import { knownLabel, t } from '../../i18n';

/** E-mail, SMS and WhatsApp are sent by the product (SMS and WhatsApp once the profile sets them up); phone
 *  and letter, and WhatsApp without the Cloud API, become a follow-up task for the officer. */
const REPLY_CHANNELS = ['email', 'phone', 'whatsapp', 'letter', 'sms'];

/** The profile's own wording for a channel, else the product's. */
export function channelLabel(profile: Profile, id: string): string {
  return profile.channels.find((c) => c.id === id)?.labelAr ?? t(knownLabel(`channel.${id}`));
}

export function replyChannels(profile: Profile): string[] {
  const offered = new Set<string>(profile.channels.map((c) => c.id as string));
  if (profile.messaging?.sms) offered.add('sms');
  if (profile.messaging?.whatsapp) offered.add('whatsapp');
  return REPLY_CHANNELS.filter((id) => id === 'email' || offered.has(id));
}

/** The reply channel an answer names (by id or label); email when the answer is blank or unknown. */
export function replyChannelFromAnswer(profile: Profile, answer: string): string {
  return replyChannels(profile).find((id) => id === answer || channelLabel(profile, id) === answer) ?? 'email';
}

/** Every channel a staff member can register a case from: the profile's, plus Google Forms. */
export function intakeChannels(profile: Profile): string[] {
  const ids = profile.channels.map((c) => c.id as string);
  return ids.includes('google_forms') ? ids : [...ids, 'google_forms'];
}
