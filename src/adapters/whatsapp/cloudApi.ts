// WhatsApp Business Cloud API as a ChannelAdapter: approved template messages, POST /{phone-number-id}/messages
// on graph.facebook.com with the access token from script properties (docs/sandbox.md cites Meta's reference).
import type { KeyValueStore } from '../../ports';
import type { ChannelAdapter, ChannelPayload, SendResult } from '../../ports/notification';
import { post } from '../sms/httpClient';

export const WHATSAPP_TOKEN_PROPERTY = 'WHATSAPP_TOKEN';
export const GRAPH_VERSION = 'v21.0';

export interface WhatsAppSettings {
  phoneNumberId: string;
}

/** Meta's error codes that mean "later" (throughput, spam rate, the pair rate limit, temporary errors). */
const TRANSIENT_CODES = new Set([1, 2, 4, 80007, 130429, 131000, 131016, 131056, 133004]);
/** Codes that mean the business's day (tier) is used up. */
const QUOTA_CODES = new Set([131048, 131049]);

export function classifyWhatsApp(status: number, raw: string, token: string): SendResult {
  let body: Record<string, unknown> | null = null;
  try {
    body = JSON.parse(raw) as Record<string, unknown>;
  } catch {
    body = null;
  }
  const messages = body?.messages as Array<{ id?: string }> | undefined;
  if (status === 200 && messages?.[0]?.id) return { ok: true, gatewayId: String(messages[0].id) };
  const error = (body?.error ?? {}) as { code?: number; message?: string };
  const code = Number(error.code ?? 0);
  const detail = `${status} ${code || ''} ${String(error.message ?? raw)}`.replace(/\s+/g, ' ').trim().slice(0, 200).split(token || '\u0000').join('•••');
  if (QUOTA_CODES.has(code)) return { ok: false, failure: 'quota', detail };
  if (status === 429 || status >= 500 || TRANSIENT_CODES.has(code)) return { ok: false, failure: 'transient', detail };
  return { ok: false, failure: 'refused', detail };
}

export class WhatsAppCloud implements ChannelAdapter {
  readonly channel = 'whatsapp' as const;

  constructor(private readonly settings: WhatsAppSettings | null, private readonly secrets: KeyValueStore) {}

  configured(): boolean {
    return Boolean(this.settings?.phoneNumberId && this.secrets.get(WHATSAPP_TOKEN_PROPERTY));
  }

  send(payload: ChannelPayload, reference: string): SendResult {
    if (payload.channel !== 'whatsapp' || !this.settings || !this.configured()) return { ok: false, failure: 'refused', detail: 'whatsapp not configured' };
    const token = this.secrets.get(WHATSAPP_TOKEN_PROPERTY) ?? '';
    const m = payload.message;
    const outcome = post({
      url: `https://graph.facebook.com/${GRAPH_VERSION}/${encodeURIComponent(this.settings.phoneNumberId)}/messages`,
      method: 'post',
      contentType: 'application/json',
      headers: { Authorization: `Bearer ${token}` },
      payload: JSON.stringify({
        messaging_product: 'whatsapp',
        recipient_type: 'individual',
        to: m.to,
        // Meta returns it in the status webhooks: the outbox's message id.
        biz_opaque_callback_data: reference,
        type: 'template',
        template: {
          name: m.template,
          language: { code: m.language },
          components: m.params.length ? [{ type: 'body', parameters: m.params.map((text) => ({ type: 'text', text })) }] : [],
        },
      }),
    });
    if (!outcome.answered) return { ok: false, failure: outcome.failure, detail: outcome.detail };
    return classifyWhatsApp(outcome.status, outcome.body, token);
  }
}
