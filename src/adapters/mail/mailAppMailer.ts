// MailApp as the Mailer port (needs only the script.send_mail scope, never the Gmail one).
import type { Mailer, OutgoingMail } from '../../ports';

export class MailAppMailer implements Mailer {
  constructor(private readonly senderName: string) {}

  remainingQuota(): number {
    return MailApp.getRemainingDailyQuota();
  }

  send(mail: OutgoingMail): void {
    MailApp.sendEmail({
      to: mail.to,
      cc: mail.cc,
      subject: mail.subject,
      body: mail.text,
      htmlBody: mail.html,
      replyTo: mail.replyTo,
      name: this.senderName,
      noReply: false,
    });
  }
}
