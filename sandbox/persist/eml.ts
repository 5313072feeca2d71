// Each sent message as a real RFC 5322 .eml (UTF-8, text + HTML alternatives) that mail clients open.
import MailComposer from 'nodemailer/lib/mail-composer';
import type { SentMessage } from '../services/mail';

/** Builds the message as Gmail would have sent it. Bcc is kept because this is the sender's copy:
 *  whoever reviews the sandbox's mail needs to see every recipient. */
export async function toEml(message: SentMessage): Promise<Buffer> {
  const composer = new MailComposer({
    from: message.name ? { name: message.name, address: message.from } : message.from,
    to: message.to,
    cc: message.cc,
    bcc: message.bcc,
    replyTo: message.replyTo ?? undefined,
    subject: message.subject,
    text: message.text,
    html: message.html ?? undefined,
    date: new Date(message.timeMs),
    textEncoding: 'base64',
    attachments: message.attachments.map((a) => ({
      filename: a.name,
      contentType: a.contentType,
      content: Buffer.from(a.base64, 'base64'),
    })),
  });
  const node = composer.compile();
  node.keepBcc = true;
  return node.build();
}
