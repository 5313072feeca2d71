// The SMS and WhatsApp gateways UrlFetchApp reaches in the sandbox, answering as their documented APIs do
// (docs/sandbox.md, "SMS and WhatsApp gateways"): success, refusals, rate limits (429), server errors and
// time-outs. Every message a gateway accepted is kept in the world, and written as a readable file.
import type { World } from '../core/context';
import type { FetchRequest, FetchResponse, GatewayFaults } from '../core/fetchTypes';
export type { GatewayFaultKind, GatewayFaults } from '../core/fetchTypes';

/** An organisation's account at a gateway, as a test or scenario opens it. */
export interface SmsAccount {
  provider: 'unifonic' | 'taqnyat' | 'msegat' | 'json';
  /** The AppSid, bearer token or apiKey the gateway issued. */
  key: string;
  /** Sender names the provider registered for the account. */
  senders: string[];
  /** Msegat's user name. */
  userName?: string;
  /** The plain JSON POST's address. */
  url?: string;
  /** Messages the balance still pays for (null: unlimited). */
  balance?: number | null;
}

export interface WhatsAppAccount {
  phoneNumberId: string;
  token: string;
  /** Approved templates by name: language and body with {{n}} parameters. */
  templates: Record<string, { language: string; body: string }>;
  /** Numbers that are not WhatsApp users (Meta answers 131026, undeliverable). */
  notOnWhatsApp?: string[];
}

export interface GatewayMessage {
  channel: 'sms' | 'whatsapp';
  provider: string;
  from: string;
  to: string;
  text: string;
  template?: { name: string; language: string; params: string[] };
  gatewayId: string;
  atMs: number;
  /** The script received no answer (a time-out after the gateway took the message). */
  unanswered?: boolean;
}

export interface GatewaySlot {
  sms: SmsAccount[];
  whatsapp: WhatsAppAccount[];
  messages: GatewayMessage[];
  nextId: number;
}

export function gatewaySlot(world: World): GatewaySlot {
  const existing = world.services.gateways as GatewaySlot | undefined;
  if (existing) return existing;
  const created: GatewaySlot = { sms: [], whatsapp: [], messages: [], nextId: 1 };
  world.services.gateways = created;
  return created;
}

/** UrlFetchApp waits this long for an answer before giving up (the virtual clock is charged for it). */
export const FETCH_TIMEOUT_MS = 60_000;

/** What the gateway did: an HTTP answer, or no answer at all (the fetch throws). */
export type GatewayAnswer = { kind: 'answer'; response: FetchResponse } | { kind: 'no-answer'; message: string; waitMs: number };

const json = (status: number, body: unknown): GatewayAnswer => ({ kind: 'answer', response: { status, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } } });

function formFields(payload: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of (payload ?? '').split('&')) {
    if (!pair) continue;
    const [k, v = ''] = pair.split('=');
    out[decodeURIComponent(k.replace(/\+/g, ' '))] = decodeURIComponent(v.replace(/\+/g, ' '));
  }
  return out;
}

function parseJson(payload: string | null): Record<string, unknown> | null {
  try {
    const v = JSON.parse(payload ?? '') as unknown;
    return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const header = (req: FetchRequest, name: string): string => Object.entries(req.headers).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1] ?? '';
const SAUDI_MOBILE = /^9665\d{8}$/;

interface Accepted {
  channel: 'sms' | 'whatsapp';
  provider: string;
  from: string;
  to: string;
  text: string;
  template?: GatewayMessage['template'];
}

/** Each provider: the request checked as the provider checks it, and its answers. `accept` records the
 *  message and returns its gateway id. */
type Handler = (req: FetchRequest, slot: GatewaySlot, accept: (m: Accepted) => string) => GatewayAnswer;

function spend(account: SmsAccount): boolean {
  if (account.balance === null || account.balance === undefined) return true;
  if (account.balance <= 0) return false;
  account.balance -= 1;
  return true;
}

// Unifonic: https://docs.unifonic.com/reference (POST /rest/SMS/messages; errors as success:false with ER-xx).
const unifonic: Handler = (req, slot, accept) => {
  const f = req.headers['Content-Type']?.includes('json') ? (parseJson(req.payload) as Record<string, string> | null) ?? {} : formFields(req.payload);
  const account = slot.sms.find((a) => a.provider === 'unifonic' && a.key === f.AppSid);
  const fail = (errorCode: string, message: string) => json(200, { success: false, message, errorCode, data: null });
  if (!account) return fail('ER-01', 'Invalid AppSid');
  if (!f.Recipient || !SAUDI_MOBILE.test(f.Recipient)) return fail('ER-03', 'Invalid recipient number');
  if (!f.Body) return fail('ER-02', 'Message body is required');
  if (f.SenderID && !account.senders.includes(f.SenderID)) return fail('ER-06', 'Sender ID is not approved');
  if (!spend(account)) return fail('ER-04', 'Insufficient balance');
  const id = accept({ channel: 'sms', provider: 'unifonic', from: f.SenderID || account.senders[0], to: f.Recipient, text: f.Body });
  return json(200, { success: true, message: '', errorCode: 'ER-00', data: { MessageID: Number(id), CorrelationID: f.CorrelationID ?? '', Status: 'Queued', NumberOfUnits: 1, Recipient: Number(f.Recipient) } });
};

// Taqnyat: https://dev.taqnyat.sa/en/doc/sms (POST /v1/messages, bearer token, JSON recipients/body/sender).
const taqnyat: Handler = (req, slot, accept) => {
  const token = header(req, 'Authorization').replace(/^Bearer\s+/i, '');
  const account = slot.sms.find((a) => a.provider === 'taqnyat' && a.key === token);
  if (!account) return json(401, { statusCode: 401, message: 'Unauthorized' });
  const body = parseJson(req.payload);
  const recipients = Array.isArray(body?.recipients) ? (body.recipients as unknown[]).map(String) : [];
  if (recipients.length === 0 || !body?.body || !body?.sender) return json(400, { statusCode: 400, message: 'recipients, body and sender are required' });
  if (!account.senders.includes(String(body.sender))) return json(400, { statusCode: 400, message: 'Sender name is not active' });
  const good = recipients.filter((r) => SAUDI_MOBILE.test(r));
  if (good.length === 0) return json(400, { statusCode: 400, message: 'Invalid recipients' });
  if (!spend(account)) return json(400, { statusCode: 400, message: 'Insufficient balance' });
  let id = '';
  for (const to of good) id = accept({ channel: 'sms', provider: 'taqnyat', from: String(body.sender), to, text: String(body.body) });
  return json(201, { statusCode: 201, messageId: Number(id), cost: '0.0', currency: 'SAR', totalCount: good.length, msgLength: 1, accepted: `[${good.join(',')},]`, rejected: `[${recipients.filter((r) => !good.includes(r)).join(',')}]` });
};

// Msegat: https://msegat.docs.apiary.io (POST /gw/sendsms.php, JSON; code "1" is success, M0002 bad login).
const msegat: Handler = (req, slot, accept) => {
  const body = parseJson(req.payload);
  const account = slot.sms.find((a) => a.provider === 'msegat' && a.key === String(body?.apiKey ?? '') && a.userName === String(body?.userName ?? ''));
  if (!account) return json(200, { code: 'M0002', message: 'Invalid login info' });
  const to = String(body?.numbers ?? '');
  if (!SAUDI_MOBILE.test(to)) return json(200, { code: 'M0001', message: 'Variables missing' });
  if (!account.senders.includes(String(body?.userSender ?? ''))) return json(200, { code: '1120', message: 'Sender Name is not accepted' });
  if (!body?.msg) return json(200, { code: 'M0001', message: 'Variables missing' });
  if (!spend(account)) return json(200, { code: '1060', message: 'Balance is not enough' });
  const id = accept({ channel: 'sms', provider: 'msegat', from: String(body.userSender), to, text: String(body.msg) });
  return json(200, { code: '1', message: 'Success', id: Number(id) });
};

// The plain JSON POST: bearer token, {to, from, text}; 201 {id}, 401, 422.
const plainJson: Handler = (req, slot, accept) => {
  const token = header(req, 'Authorization').replace(/^Bearer\s+/i, '');
  const account = slot.sms.find((a) => a.provider === 'json' && a.url === req.url && a.key === token);
  if (!account) return json(401, { error: 'unauthorized' });
  const body = parseJson(req.payload);
  if (!body?.to || !SAUDI_MOBILE.test(String(body.to)) || !body.text) return json(422, { error: 'to and text are required; to as 9665XXXXXXXX' });
  if (!account.senders.includes(String(body.from ?? ''))) return json(422, { error: 'unknown sender' });
  if (!spend(account)) return json(402, { error: 'insufficient balance' });
  const id = accept({ channel: 'sms', provider: 'json', from: String(body.from), to: String(body.to), text: String(body.text) });
  return json(201, { id: `msg-${id}` });
};

// WhatsApp Cloud API: https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages and its
// error codes (https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes).
const whatsapp: Handler = (req, slot, accept) => {
  const match = /^https:\/\/graph\.facebook\.com\/v\d+\.\d+\/([^/]+)\/messages$/.exec(req.url);
  const graphError = (status: number, code: number, message: string, type = 'OAuthException') => json(status, { error: { message, type, code, fbtrace_id: 'AbCdEfGh123' } });
  if (!match) return graphError(400, 100, 'Unsupported post request.', 'GraphMethodException');
  const token = header(req, 'Authorization').replace(/^Bearer\s+/i, '');
  const account = slot.whatsapp.find((a) => a.phoneNumberId === decodeURIComponent(match[1]));
  if (!account || account.token !== token) return graphError(401, 190, 'Invalid OAuth access token - Cannot parse access token');
  const body = parseJson(req.payload);
  if (body?.messaging_product !== 'whatsapp') return graphError(400, 100, '(#100) The parameter messaging_product is required.');
  const to = String(body.to ?? '');
  if (!/^\d{8,15}$/.test(to)) return graphError(400, 100, '(#100) Invalid parameter');
  if (body.type !== 'template') return graphError(400, 131047, 'Re-engagement message');
  const template = body.template as { name?: string; language?: { code?: string }; components?: Array<{ type: string; parameters?: Array<{ type: string; text?: string }> }> } | undefined;
  const approved = template?.name ? account.templates[template.name] : undefined;
  if (!approved || approved.language !== template?.language?.code) return graphError(404, 132001, '(#132001) Template name does not exist in the translation');
  const params = (template?.components ?? []).filter((c) => c.type === 'body').flatMap((c) => c.parameters ?? []).map((p) => String(p.text ?? ''));
  const expected = new Set([...approved.body.matchAll(/\{\{(\d+)\}\}/g)].map((m) => m[1])).size;
  if (params.length !== expected) return graphError(400, 132000, '(#132000) Number of parameters does not match the expected number of params');
  if (account.notOnWhatsApp?.includes(to)) return graphError(400, 131026, 'Message undeliverable');
  const text = approved.body.replace(/\{\{(\d+)\}\}/g, (_m, n: string) => params[Number(n) - 1] ?? '');
  const id = accept({ channel: 'whatsapp', provider: 'whatsapp-cloud', from: account.phoneNumberId, to, text, template: { name: template!.name!, language: approved.language, params } });
  return json(200, { messaging_product: 'whatsapp', contacts: [{ input: to, wa_id: to }], messages: [{ id: `wamid.${Buffer.from(`sandbox-${id}`).toString('base64')}` }] });
};

function handlerFor(url: string, slot: GatewaySlot): Handler | null {
  if (url === 'https://el.cloud.unifonic.com/rest/SMS/messages') return unifonic;
  if (url === 'https://api.taqnyat.sa/v1/messages') return taqnyat;
  if (url === 'https://www.msegat.com/gw/sendsms.php') return msegat;
  if (url.startsWith('https://graph.facebook.com/')) return whatsapp;
  if (slot.sms.some((a) => a.provider === 'json' && a.url === url)) return plainJson;
  return null;
}

/** The gateway's answer to a request, or null when no gateway lives at that address. */
export function answerGateway(world: World, req: FetchRequest, faults: GatewayFaults | null): GatewayAnswer | null {
  const slot = gatewaySlot(world);
  const handler = handlerFor(req.url, slot);
  if (!handler) return null;
  const fault = faults && faults.kinds.length > 0 && faults.random() < faults.rate ? faults.kinds[Math.floor(faults.random() * faults.kinds.length)] : null;
  if (fault) faults!.injected.push({ url: req.url, kind: fault });
  if (fault === 'server') return { kind: 'answer', response: { status: 500, body: '{"message":"Internal Server Error"}' } };
  if (fault === 'unavailable') return { kind: 'answer', response: { status: 503, body: '<html><body>503 Service Unavailable</body></html>', headers: { 'Content-Type': 'text/html' } } };
  if (fault === 'rate') {
    return req.url.startsWith('https://graph.facebook.com/')
      ? json(429, { error: { message: '(#130429) Rate limit hit', type: 'OAuthException', code: 130429, fbtrace_id: 'AbCdEfGh123' } })
      : { kind: 'answer', response: { status: 429, body: '{"message":"Too Many Requests"}', headers: { 'Retry-After': '60' } } };
  }
  if (fault === 'unreachable') return { kind: 'no-answer', message: `Address unavailable: ${req.url}`, waitMs: 0 };
  let acceptedId: string | null = null;
  const answer = handler(req, slot, (m) => {
    acceptedId = String(slot.nextId++);
    slot.messages.push({ ...m, gatewayId: '', atMs: req.atMs });
    return acceptedId;
  });
  const last = slot.messages[slot.messages.length - 1];
  if (acceptedId !== null && last) last.gatewayId = gatewayIdOf(answer) ?? acceptedId;
  if (fault === 'timeout') {
    // The gateway took the message; the answer never came back.
    if (acceptedId !== null && last) last.unanswered = true;
    return { kind: 'no-answer', message: `Timeout: ${req.url}`, waitMs: FETCH_TIMEOUT_MS };
  }
  return answer;
}

function gatewayIdOf(answer: GatewayAnswer): string | null {
  if (answer.kind !== 'answer') return null;
  try {
    const body = JSON.parse(answer.response.body) as Record<string, unknown>;
    const data = body.data as Record<string, unknown> | undefined;
    const messages = body.messages as Array<{ id: string }> | undefined;
    const id = data?.MessageID ?? body.messageId ?? messages?.[0]?.id ?? body.id;
    return id === undefined ? null : String(id);
  } catch {
    return null;
  }
}
