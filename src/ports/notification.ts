// The notification port: one message on one channel (e-mail, SMS, WhatsApp…) and what came of it.
// The outbox (src/app/notify) sees only this; each channel is one adapter, wired in src/entry/context.ts.

/** Channels the product itself can deliver on. Adding one: its id here, one adapter, one line in the root. */
export const DELIVERY_CHANNELS = ['email', 'sms', 'whatsapp'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

export const isDeliveryChannel = (id: string): id is DeliveryChannel => (DELIVERY_CHANNELS as readonly string[]).includes(id);

/** A text message: the number in the gateway's format (9665XXXXXXXX) and the text, already kept short. */
export interface TextMessage {
  to: string;
  text: string;
}

/** A WhatsApp template message (Meta allows only approved templates outside a conversation the person opened). */
export interface TemplateMessage {
  to: string;
  template: string;
  language: string;
  /** The body's {{1}}, {{2}}… in order. */
  params: string[];
}

/** What one channel carries. E-mail keeps its own port (Mailer) because its quota counts recipients. */
export type ChannelPayload = { channel: 'sms'; message: TextMessage } | { channel: 'whatsapp'; message: TemplateMessage };

/** Why a send did not go: `transient` is tried again later (5xx, 429, a connection that never opened);
 *  `refused` will never go on this channel as it is (bad number, not on WhatsApp, unknown template, bad
 *  key): the next channel is tried; `quota` means the channel's day is used up: nothing more goes on it
 *  until the day turns; `uncertain`: the request left and no answer came (a time-out), so the gateway may
 *  have sent it: never sent again, left for a person to check. */
export type ChannelFailure = 'transient' | 'refused' | 'quota' | 'uncertain';

export type SendResult = { ok: true; gatewayId: string } | { ok: false; failure: ChannelFailure; detail: string };

/** One channel's gateway. Never throws for a gateway's answer: every outcome is a SendResult. */
export interface ChannelAdapter {
  readonly channel: Exclude<DeliveryChannel, 'email'>;
  /** Whether the organisation set this channel up (provider, sender and key present). */
  configured(): boolean;
  /** `reference` is the outbox's message id, passed to gateways that keep one (reports tie back to it). */
  send(payload: ChannelPayload, reference: string): SendResult;
}

/** Every channel adapter the execution has, by channel (absent: the product cannot send on it here). */
export type ChannelAdapters = Partial<Record<Exclude<DeliveryChannel, 'email'>, ChannelAdapter>>;

/** Messages sent per channel per day, kept outside the sheet (a gateway's own daily limit, UrlFetchApp's). */
export interface DailyCounter {
  /** How many more may go today on `channel` (Infinity when no limit is set). */
  remaining(channel: string, limit: number | null): number;
  add(channel: string, count: number): void;
  /** The gateway said the day is used up: nothing more on `channel` until the day turns. */
  exhaust(channel: string): void;
}

/** Everything the outbox needs to deliver beyond e-mail: the adapters, the day's counts and each channel's
 *  daily limit (the gateway's own, and UrlFetchApp's calls a day, which every HTTP channel shares). */
export interface ChannelDelivery {
  adapters: ChannelAdapters;
  counter: DailyCounter;
  limits: Partial<Record<string, number | null>>;
}

/** Tries per key over a window (the status page's five an hour), kept outside the sheet. */
export interface TryCounter {
  /** Records one try and returns how many were made in the window, this one included. */
  hit(key: string, windowSeconds: number): number;
}
