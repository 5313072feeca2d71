// The SMS gateways Saudi organisations use, as their documented APIs take a message and answer it
// (docs/sandbox.md, "SMS and WhatsApp gateways", cites each reference). Pure: a request, a classification.
import type { SendResult, TextMessage } from '../../ports/notification';

export const SMS_PROVIDERS = ['unifonic', 'taqnyat', 'msegat', 'json'] as const;
export type SmsProvider = (typeof SMS_PROVIDERS)[number];

/** What the organisation set in its profile: the provider, its registered sender name, and for Msegat
 *  the account's user name, for the plain JSON POST the gateway's address. The key is never here. */
export interface SmsSettings {
  provider: SmsProvider;
  sender: string;
  userName?: string;
  url?: string;
}

export interface HttpRequest {
  url: string;
  method: 'post';
  contentType: string;
  headers: Record<string, string>;
  payload: string;
}

export const ENDPOINTS = {
  unifonic: 'https://el.cloud.unifonic.com/rest/SMS/messages',
  taqnyat: 'https://api.taqnyat.sa/v1/messages',
  msegat: 'https://www.msegat.com/gw/sendsms.php',
} as const;

const form = (fields: Record<string, string>): string =>
  Object.entries(fields).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');

/** The request one message needs. `reference` (the outbox's message id) lets the gateway tie reports to it. */
export function smsRequest(settings: SmsSettings, key: string, message: TextMessage, reference: string): HttpRequest {
  switch (settings.provider) {
    case 'unifonic':
      // Form-encoded, as Unifonic's own examples post it; the AppSid authenticates.
      return {
        url: ENDPOINTS.unifonic, method: 'post', contentType: 'application/x-www-form-urlencoded', headers: { Accept: 'application/json' },
        payload: form({ AppSid: key, SenderID: settings.sender, Recipient: message.to, Body: message.text, responseType: 'JSON', CorrelationID: reference }),
      };
    case 'taqnyat':
      return {
        url: ENDPOINTS.taqnyat, method: 'post', contentType: 'application/json', headers: { Authorization: `Bearer ${key}` },
        payload: JSON.stringify({ recipients: [message.to], body: message.text, sender: settings.sender }),
      };
    case 'msegat':
      return {
        url: ENDPOINTS.msegat, method: 'post', contentType: 'application/json', headers: {},
        payload: JSON.stringify({ userName: settings.userName ?? '', numbers: message.to, userSender: settings.sender, apiKey: key, msg: message.text, msgEncoding: 'UTF8' }),
      };
    case 'json':
      return {
        url: settings.url ?? '', method: 'post', contentType: 'application/json', headers: { Authorization: `Bearer ${key}` },
        payload: JSON.stringify({ to: message.to, from: settings.sender, text: message.text, reference }),
      };
    default: {
      const never: never = settings.provider;
      throw new Error(`unknown SMS provider ${String(never)}`, { cause: { code: 'SMS_PROVIDER' } });
    }
  }
}

function parse(body: string): Record<string, unknown> | null {
  try {
    const value = JSON.parse(body) as unknown;
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** HTTP statuses every gateway shares: 429 and 5xx pass, other 4xx refuse. */
function byStatus(status: number, detail: string): SendResult | null {
  if (status === 429 || status >= 500) return { ok: false, failure: 'transient', detail };
  if (status >= 400) return { ok: false, failure: /balance|credit|رصيد/i.test(detail) ? 'quota' : 'refused', detail };
  return null;
}

/** Unifonic: `{success, message, errorCode, data: {MessageID…}}`; ER-?? codes refuse, a balance error is the day's quota. */
function unifonic(status: number, body: Record<string, unknown> | null, raw: string): SendResult {
  const detail = `${status} ${String(body?.errorCode ?? '')} ${String(body?.message ?? raw)}`.trim().slice(0, 200);
  const shared = byStatus(status, detail);
  if (shared) return shared;
  const data = body?.data as Record<string, unknown> | undefined;
  if (body?.success === true && data?.MessageID !== undefined) return { ok: true, gatewayId: String(data.MessageID) };
  return { ok: false, failure: /balance/i.test(String(body?.message ?? '')) ? 'quota' : 'refused', detail };
}

/** Taqnyat: 201 with `{statusCode: 201, messageId, accepted, rejected…}`; otherwise `{statusCode, message}`. */
function taqnyat(status: number, body: Record<string, unknown> | null, raw: string): SendResult {
  const detail = `${status} ${String(body?.message ?? raw)}`.trim().slice(0, 200);
  const shared = byStatus(status, detail);
  if (shared) return shared;
  if ((status === 200 || status === 201) && body?.messageId !== undefined) return { ok: true, gatewayId: String(body.messageId) };
  return { ok: false, failure: 'refused', detail };
}

/** Msegat: `{code, message}`, code "1" or "M0000" on success (with `id` when the account returns one);
 *  "1060" is an exhausted balance; every other code refuses. */
function msegat(status: number, body: Record<string, unknown> | null, raw: string, reference: string): SendResult {
  const code = String(body?.code ?? '');
  const detail = `${status} ${code} ${String(body?.message ?? raw)}`.trim().slice(0, 200);
  const shared = byStatus(status, detail);
  if (shared) return shared;
  if (code === '1' || code === 'M0000') return { ok: true, gatewayId: body?.id !== undefined ? String(body.id) : `msegat:${reference}` };
  return { ok: false, failure: code === '1060' ? 'quota' : 'refused', detail };
}

/** The plain JSON POST: any 2xx with `{id}` is sent. */
function plainJson(status: number, body: Record<string, unknown> | null, raw: string): SendResult {
  const detail = `${status} ${String(body?.error ?? body?.message ?? raw)}`.trim().slice(0, 200);
  const shared = byStatus(status, detail);
  if (shared) return shared;
  if (status >= 200 && status < 300 && body?.id !== undefined) return { ok: true, gatewayId: String(body.id) };
  return { ok: false, failure: 'refused', detail };
}

/** What the gateway's answer means for the outbox. The key is never in `detail` (it is cut out if echoed). */
export function classifySms(provider: SmsProvider, status: number, raw: string, reference: string, key: string): SendResult {
  const body = parse(raw);
  const result =
    provider === 'unifonic' ? unifonic(status, body, raw)
      : provider === 'taqnyat' ? taqnyat(status, body, raw)
        : provider === 'msegat' ? msegat(status, body, raw, reference)
          : plainJson(status, body, raw);
  return result.ok || !key ? result : { ...result, detail: result.detail.split(key).join('•••') };
}
