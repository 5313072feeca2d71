// Opens the organisation's SMS and WhatsApp accounts in the sandbox, as it would in the real world: the
// provider issues a key and registers the sender name, Meta approves the templates; the owner puts the
// key and token in the script properties (Project settings) and types the sender name and number id
// into the register's settings tab.
import type { Sandbox } from '../core/runtime';
import type { ExecutionResult } from '../core/runtime';
import { findSpreadsheet, sheetByName } from '../services/spreadsheet/store';
import { propertiesSlot } from '../services/properties';
import { gatewaySlot } from '../services/gateways';
import { PROFILES } from '../../src/profiles';
import { whatsappTemplateBody } from '../../src/app/notify/whatsappTemplates';
import { WHATSAPP_TEMPLATE_KINDS } from '../../src/profiles/schema';
import { t } from '../../src/i18n';

export interface GatewayOptions {
  /** The sender name the provider registered (default: the profile id in capitals). */
  sender?: string;
  /** Share of gateway calls that fail (server errors, 429, time-outs…). */
  failRate?: number;
  /** Mobiles (9665XXXXXXXX) that are not WhatsApp users. */
  notOnWhatsApp?: string[];
}

export const SANDBOX_SMS_KEY = 'sandbox-sms-key-7f3a';
export const SANDBOX_WHATSAPP_TOKEN = 'sandbox-wa-token-91c2';
export const SANDBOX_PHONE_NUMBER_ID = '106540352242922';
export const SANDBOX_JSON_URL = 'https://sms.gateway.example/v1/send';

/** The settings tab's value cell for a key, as A1. */
function settingsCell(sb: Sandbox, key: string): string | null {
  const model = findSpreadsheet(sb.world, sb.world.boundSpreadsheetId!);
  const sheet = model && sheetByName(model, t('tab.settings'));
  if (!sheet) return null;
  const header = (sheet.rows[0] ?? []).map((c) => String(c?.v ?? ''));
  const keyCol = header.indexOf(t('col.settings.key'));
  const valueCol = header.indexOf(t('col.settings.value'));
  const row = sheet.rows.findIndex((r) => String(r?.[keyCol]?.v ?? '') === key);
  if (row < 1 || valueCol < 0) return null;
  return `${String.fromCharCode(65 + valueCol)}${row + 1}`;
}

export function openGateways(sb: Sandbox, profileId: string, options: GatewayOptions = {}): ExecutionResult[] {
  const profile = PROFILES[profileId];
  const messaging = profile?.messaging;
  if (!messaging) return [];
  const slot = gatewaySlot(sb.world);
  const sender = options.sender ?? profileId.toUpperCase();
  const executions: ExecutionResult[] = [];
  const type = (key: string, value: string) => {
    const a1 = settingsCell(sb, key);
    if (a1) executions.push(...sb.edit(t('tab.settings'), a1, value).executions);
  };
  const props = propertiesSlot(sb.world).script;
  if (messaging.sms) {
    const provider = messaging.sms.provider;
    slot.sms.push({ provider, key: SANDBOX_SMS_KEY, senders: [sender], userName: provider === 'msegat' ? `${profileId}-admin` : undefined, url: provider === 'json' ? SANDBOX_JSON_URL : undefined, balance: null });
    props.SMS_API_KEY = SANDBOX_SMS_KEY;
    type('sms_sender', sender);
    if (provider === 'msegat') type('sms_user', `${profileId}-admin`);
    if (provider === 'json') type('sms_url', SANDBOX_JSON_URL);
  }
  if (messaging.whatsapp) {
    const wa = messaging.whatsapp;
    const templates: Record<string, { language: string; body: string }> = {};
    for (const kind of WHATSAPP_TEMPLATE_KINDS) templates[wa.templates[kind]] = { language: wa.language, body: whatsappTemplateBody(kind) };
    slot.whatsapp.push({ phoneNumberId: SANDBOX_PHONE_NUMBER_ID, token: SANDBOX_WHATSAPP_TOKEN, templates, notOnWhatsApp: options.notOnWhatsApp ?? [] });
    props.WHATSAPP_TOKEN = SANDBOX_WHATSAPP_TOKEN;
    type('whatsapp_phone_number_id', SANDBOX_PHONE_NUMBER_ID);
  }
  if (options.failRate) sb.failGateways(options.failRate);
  return executions;
}
