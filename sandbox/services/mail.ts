// MailApp fake: both sendEmail signatures, the daily recipient quota, and every sent message kept
// in the world so state.json and the .eml writer can show exactly what people received.
import type { ServiceContext, World } from '../core/context';
import { appsScriptException } from './document/exception';
import type { Fake, Internal } from './gasShapes';

export const DAILY_RECIPIENTS: Record<World['account'], number> = { consumer: 100, workspace: 1500 };
const DAY_MS = 24 * 60 * 60 * 1000;

export interface SentAttachment {
  name: string;
  contentType: string;
  size: number;
  /** The bytes, base64, so the .eml carries the real attachment. */
  base64: string;
}

export interface SentMessage {
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  text: string;
  html: string | null;
  /** The address Google sends from: the user the execution runs as, or a no-reply address. */
  from: string;
  name: string | null;
  replyTo: string | null;
  noReply: boolean;
  timeMs: number;
  attachments: SentAttachment[];
}

export interface MailSlot {
  messages: SentMessage[];
  /** Apps Script refreshes daily quotas 24 hours after a window opens, not at midnight: the window
   *  opens with the first send and counts recipients until it is 24 virtual hours old. */
  quota: { windowStartMs: number | null; recipients: number };
}

export function mailSlot(world: World): MailSlot {
  const existing = world.services.mail as MailSlot | undefined;
  if (existing) return existing;
  const created: MailSlot = { messages: [], quota: { windowStartMs: null, recipients: 0 } };
  world.services.mail = created;
  return created;
}

/** What scripts pass as attachments: Blobs or anything with getBlob() (a File, a Document). */
interface BlobLike {
  getName(): string | null;
  getContentType(): string | null;
  getBytes(): number[] | Uint8Array;
}
interface BlobSourceLike {
  getBlob(): BlobLike;
}

export interface MailOptions {
  htmlBody?: string;
  cc?: string;
  bcc?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
  attachments?: Array<BlobLike | BlobSourceLike>;
}

export interface MailMessage extends MailOptions {
  to: string;
  subject: string;
  body?: string;
}

/** MailApp as Google's reference has it (sandbox/services/gasShapes.ts). */
export type MailAppFake = Fake<GoogleAppsScript.Mail.MailApp> & Internal;

const ADDRESS = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

/** Splits a comma-separated recipient list as Gmail does, accepting `Name <address>` entries. */
function parseRecipients(list: string | undefined): string[] {
  if (list === undefined || list === null || String(list).trim() === '') return [];
  return String(list)
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      const angle = /<([^>]*)>\s*$/.exec(entry);
      const address = (angle ? angle[1] : entry).trim();
      if (!ADDRESS.test(address)) throw appsScriptException(`Invalid email: ${entry}`, 'MAIL_INVALID_EMAIL');
      return address;
    });
}

function toAttachment(source: BlobLike | BlobSourceLike): SentAttachment {
  const blob = 'getBlob' in source && typeof source.getBlob === 'function' ? source.getBlob() : (source as BlobLike);
  const bytes = Buffer.from(Uint8Array.from(blob.getBytes(), (b) => b & 0xff));
  return {
    name: blob.getName() ?? 'attachment',
    contentType: blob.getContentType() ?? 'application/octet-stream',
    size: bytes.length,
    base64: bytes.toString('base64'),
  };
}

/** Opens a new 24-hour window once the old one has run out, then reports what is left in it. */
function remaining(world: World, nowMs: number): number {
  const quota = mailSlot(world).quota;
  if (quota.windowStartMs !== null && nowMs - quota.windowStartMs >= DAY_MS) {
    quota.windowStartMs = null;
    quota.recipients = 0;
  }
  return DAILY_RECIPIENTS[world.account] - quota.recipients;
}

function noReplyAddress(user: string): string {
  const domain = user.split('@')[1] ?? 'google.com';
  return `noreply@${domain}`;
}

export function createMailApp(ctx: ServiceContext): MailAppFake {
  function send(message: MailMessage): void {
    const nowMs = ctx.now().getTime();
    const to = parseRecipients(message.to);
    const cc = parseRecipients(message.cc);
    const bcc = parseRecipients(message.bcc);
    const count = to.length + cc.length + bcc.length;
    if (count === 0) throw appsScriptException('Failed to send email: no recipient', 'MAIL_NO_RECIPIENT');
    if (count > remaining(ctx.world, nowMs)) {
      throw appsScriptException('Service invoked too many times for one day: email.', 'MAIL_QUOTA_EXCEEDED');
    }
    // noReply is honoured only on Workspace accounts; consumer Gmail silently sends from the user.
    const noReply = message.noReply === true && ctx.world.account === 'workspace';
    const slot = mailSlot(ctx.world);
    if (slot.quota.windowStartMs === null) slot.quota.windowStartMs = nowMs;
    slot.quota.recipients += count;
    slot.messages.push({
      to,
      cc,
      bcc,
      subject: String(message.subject ?? ''),
      text: String(message.body ?? ''),
      html: message.htmlBody === undefined ? null : String(message.htmlBody),
      from: noReply ? noReplyAddress(ctx.user) : ctx.user,
      name: message.name ?? null,
      replyTo: message.replyTo === undefined ? null : parseRecipients(message.replyTo).join(', '),
      noReply,
      timeMs: nowMs,
      attachments: (message.attachments ?? []).map(toAttachment),
    });
  }

  return {
    /** sendEmail(message), sendEmail(recipient, subject, body[, options]) or sendEmail(to, replyTo, subject, body)
     *  (reference: mail/mail-app#sendEmail(String,String,String,String): four texts are a reply-to address first). */
    sendEmail(first: string | MailMessage, subject?: string, body?: string, options?: MailOptions | string): void {
      ctx.call('MailApp.sendEmail');
      if (typeof first === 'object' && first !== null) send(first);
      else if (typeof options === 'string') send({ to: String(first), replyTo: String(subject ?? ''), subject: String(body ?? ''), body: options });
      else send({ ...(options ?? {}), to: String(first), subject: String(subject ?? ''), body: String(body ?? '') });
    },
    getRemainingDailyQuota(): number {
      ctx.call('MailApp.getRemainingDailyQuota');
      return remaining(ctx.world, ctx.now().getTime());
    },
  };
}
