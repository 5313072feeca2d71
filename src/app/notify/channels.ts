// Which channels a beneficiary can be reached on, in which order: the agreed channel first, then the others
// they accepted, as far as the organisation set them up and the contact details allow; the officer's task last.
import type { Messaging, Profile, WhatsAppTemplateKind } from '../../profiles/schema';
import type { Cell, CellsOf, KeyValueStore, RowOf, TableOf } from '../../ports';
import { gatewayNumber } from '../../domain/text/sms';
import { channelLabel } from '../../domain/intake/channels';
import { QUOTA_SEEN_KEY } from '../health/healthNote';

/** The URLFetch calls a day Google allows (https://developers.google.com/apps-script/guides/services/quotas). */
export const URL_FETCH_DAILY = { consumer: 20_000, workspace: 100_000 } as const;

/** E-mail recipients a day of a consumer (gmail.com) account on the same quotas page; Workspace has 1,500. */
export const CONSUMER_MAIL_RECIPIENTS = 100;

export type AccountKind = keyof typeof URL_FETCH_DAILY;

/** The account kind as Google showed it, the way the health note knows the mail quota: the largest
 *  `MailApp.getRemainingDailyQuota()` ever seen (kept by the daily run). Above a consumer's 100 only on a
 *  Workspace account; until then (or if unknown) consumer, the stricter figure. */
export function accountKind(store: KeyValueStore): AccountKind {
  const seen = Number(store.get(QUOTA_SEEN_KEY) ?? 0) || 0;
  return seen > CONSUMER_MAIL_RECIPIENTS ? 'workspace' : 'consumer';
}

/** UrlFetchApp's calls a day for this account (20,000 consumer, 100,000 Workspace). */
export function urlFetchDaily(store: KeyValueStore): number {
  return URL_FETCH_DAILY[accountKind(store)];
}

/** The profile's messaging with the settings tab's values over it (sender names and numbers are the
 *  organisation's own registrations, entered once in the settings tab). */
export function messagingOf(profile: Profile, settings: Record<string, string>): Messaging {
  const base = profile.messaging ?? {};
  const out: Messaging = {};
  const provider = (settings.sms_provider || base.sms?.provider) as NonNullable<Messaging['sms']>['provider'] | undefined;
  if (provider) {
    out.sms = {
      ...base.sms,
      provider,
      sender: settings.sms_sender || base.sms?.sender || '',
      userName: settings.sms_user || base.sms?.userName || '',
      url: settings.sms_url || base.sms?.url || '',
    };
  }
  if (base.whatsapp) out.whatsapp = { ...base.whatsapp, phoneNumberId: settings.whatsapp_phone_number_id || base.whatsapp.phoneNumberId || '' };
  return out;
}

/** Channel ids a beneficiary may accept, as the register stores them (Arabic labels), read back to ids. */
export function channelsFromCell(profile: Profile, value: Cell, known: string[]): string[] {
  const parts = String(value ?? '').split(/[،,;؛]/).map((p) => p.trim()).filter(Boolean);
  return known.filter((id) => parts.some((p) => p === id || p === channelLabel(profile, id)));
}

export interface Reach {
  email: string | null;
  mobile: string | null;
  /** The agreed channel (SR-5). */
  preferred: string;
  /** Every channel the person accepted (the agreed one included). */
  accepted: string[];
}

export interface Template {
  kind: WhatsAppTemplateKind;
  params: string[];
}

/** The channels to try, in order, that can carry this message; the officer's task follows them. */
export function routeFor(messaging: Messaging, reach: Reach, template: Template | null): string[] {
  const order = [reach.preferred, ...reach.accepted.filter((c) => c !== reach.preferred)];
  return order.filter((channel) => {
    if (channel === 'email') return Boolean(reach.email);
    if (channel === 'sms') return Boolean(messaging.sms && reach.mobile && gatewayNumber(reach.mobile));
    // Meta lets a business open a conversation only with an approved template, and only with someone who opted in.
    if (channel === 'whatsapp') return Boolean(messaging.whatsapp && template && reach.mobile && gatewayNumber(reach.mobile));
    return false;
  });
}

/** What the beneficiaries tab says of how to reach a person: mobile, accepted channels, opted out. */
export function reachOfBeneficiary(profile: Profile, row: CellsOf<'beneficiaries'> | null, preferred: string): { mobile: string | null; accepted: string[]; optedOut: boolean } {
  const accepted = channelsFromCell(profile, row?.channels_accepted ?? '', ['email', 'sms', 'whatsapp', 'phone', 'letter']);
  return {
    mobile: row?.mobile ? String(row.mobile) : null,
    accepted: accepted.includes(preferred) ? accepted : [preferred, ...accepted],
    optedOut: Boolean(row?.opted_out_at),
  };
}

/** The person a program registrant or a complainant is on the beneficiaries tab (where consent and an opt-out
 *  are recorded): by national ID, else by mobile (stored as +9665…), without reading the whole tab. */
export function knownPerson(people: TableOf<'beneficiaries'>, by: { nationalId?: string | null; mobile?: string | null }): RowOf<'beneficiaries'> | null {
  if (by.nationalId) {
    const hit = people.findBy('national_id', by.nationalId);
    if (hit) return hit.row;
  }
  return by.mobile ? people.findBy('mobile', by.mobile)?.row ?? null : null;
}

/** The channels the product sends on, in a route's order after the agreed one. */
const SENT_CHANNELS = ['email', 'sms', 'whatsapp'];

/** How to reach someone the form did not ask for a reply channel (a program registrant): when they are known
 *  on the beneficiaries tab, the reply channel agreed on their latest request (`agreed`), else the first
 *  channel they accepted that the product sends on (e-mail, SMS, WhatsApp), with their consent and opt-out;
 *  when not known, the e-mail they gave, else a call (the officer's task). */
export function reachOfRegistrant(
  profile: Profile, person: CellsOf<'beneficiaries'> | null, email: string | null, agreed: string | null,
): { preferred: string; mobile: string | null; accepted: string[]; optedOut: boolean } {
  if (!person) return { preferred: email ? 'email' : 'phone', mobile: null, accepted: email ? ['email'] : ['phone'], optedOut: false };
  const listed = channelsFromCell(profile, person.channels_accepted ?? '', ['email', 'sms', 'whatsapp', 'phone', 'letter']);
  const preferred = agreed ?? listed.find((c) => SENT_CHANNELS.includes(c)) ?? (email && listed.length === 0 ? 'email' : listed[0] ?? 'phone');
  return { preferred, ...reachOfBeneficiary(profile, person, preferred) };
}
