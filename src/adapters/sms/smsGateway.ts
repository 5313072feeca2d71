// SMS as a ChannelAdapter: the organisation's provider over UrlFetchApp, its key read from script properties.
import type { KeyValueStore } from '../../ports';
import type { ChannelAdapter, ChannelPayload, SendResult } from '../../ports/notification';
import { classifySms, smsRequest, type SmsSettings } from './providers';
import { post } from './httpClient';

/** The script property holding the gateway's key (Unifonic's AppSid, Taqnyat's bearer token, Msegat's apiKey). */
export const SMS_KEY_PROPERTY = 'SMS_API_KEY';

export class SmsGateway implements ChannelAdapter {
  readonly channel = 'sms' as const;

  constructor(private readonly settings: SmsSettings | null, private readonly secrets: KeyValueStore) {}

  configured(): boolean {
    const s = this.settings;
    if (!s || !s.sender || !this.secrets.get(SMS_KEY_PROPERTY)) return false;
    if (s.provider === 'msegat' && !s.userName) return false;
    return s.provider !== 'json' || /^https:\/\//.test(s.url ?? '');
  }

  send(payload: ChannelPayload, reference: string): SendResult {
    if (payload.channel !== 'sms' || !this.settings || !this.configured()) return { ok: false, failure: 'refused', detail: 'sms not configured' };
    const key = this.secrets.get(SMS_KEY_PROPERTY) ?? '';
    const outcome = post(smsRequest(this.settings, key, payload.message, reference));
    if (!outcome.answered) return { ok: false, failure: outcome.failure, detail: outcome.detail };
    return classifySms(this.settings.provider, outcome.status, outcome.body, reference, key);
  }
}
