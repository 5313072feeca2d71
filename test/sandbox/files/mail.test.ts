// MailApp fake: signatures, the daily recipient quota and its refresh, and the real error wording.
import { createMailApp, mailSlot } from '../../../sandbox/services/mail';
import { asGoogle } from '../../../sandbox/services/gasShapes';
import { advanceHours, newContext, newWorld } from './world';

describe('MailApp fake', () => {
  it('given a consumer account, when 100 recipients were mailed today, then the 101st is refused with the real message', () => {
    const world = newWorld('consumer');
    const mail = asGoogle<GoogleAppsScript.Mail.MailApp>(createMailApp(newContext(world)));
    for (let i = 0; i < 50; i += 1) {
      mail.sendEmail(`b${i}@example.com`, 'تذكير', 'نص', { cc: `c${i}@example.com` });
    }
    expect(mail.getRemainingDailyQuota()).toBe(0);
    expect(() => mail.sendEmail('late@example.com', 'تذكير', 'نص')).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect(mailSlot(world).messages).toHaveLength(50);
  });

  it('given the quota was used up, when 24 virtual hours pass, then sending works again in a later execution', () => {
    const world = newWorld('consumer');
    const first = asGoogle<GoogleAppsScript.Mail.MailApp>(createMailApp(newContext(world)));
    first.sendEmail({ to: Array.from({ length: 100 }, (_, i) => `p${i}@example.com`).join(','), subject: 'س', body: 'ن' });
    advanceHours(world, 23);
    expect(() => asGoogle<GoogleAppsScript.Mail.MailApp>(createMailApp(newContext(world))).sendEmail('x@example.com', 'س', 'ن')).toThrow(/for one day: email/);
    advanceHours(world, 1);
    const nextDay = asGoogle<GoogleAppsScript.Mail.MailApp>(createMailApp(newContext(world)));
    expect(nextDay.getRemainingDailyQuota()).toBe(100);
    nextDay.sendEmail('x@example.com', 'س', 'ن');
    expect(nextDay.getRemainingDailyQuota()).toBe(99);
  });

  it('given a Workspace account, then the day allows 1,500 recipients', () => {
    expect(asGoogle<GoogleAppsScript.Mail.MailApp>(createMailApp(newContext(newWorld('workspace')))).getRemainingDailyQuota()).toBe(1500);
  });

  it('given a malformed address, then the send is refused as Apps Script does and nothing is recorded or counted', () => {
    const world = newWorld();
    const mail = asGoogle<GoogleAppsScript.Mail.MailApp>(createMailApp(newContext(world)));
    let thrown: unknown;
    try {
      mail.sendEmail('not-an-address', 'س', 'ن');
    } catch (e) {
      thrown = e;
    }
    expect(String(thrown)).toBe('Exception: Invalid email: not-an-address');
    expect(mailSlot(world).messages).toHaveLength(0);
    expect(mail.getRemainingDailyQuota()).toBe(100);
  });

  it('given the message-object signature, then everything a recipient sees is stored with the sender and time', () => {
    const world = newWorld('workspace');
    const ctx = newContext(world);
    asGoogle<GoogleAppsScript.Mail.MailApp>(createMailApp(ctx)).sendEmail({
      to: 'أحمد <ahmad@example.com>',
      cc: 'manager@example.com',
      subject: 'تم استلام طلبك',
      body: 'رقم الطلب 12',
      htmlBody: '<div dir="rtl">رقم الطلب 12</div>',
      name: 'جمعية مستفيد',
      replyTo: 'care@mustafid.org.sa',
      noReply: true,
    });
    const [message] = mailSlot(world).messages;
    expect(message).toMatchObject({
      to: ['ahmad@example.com'],
      cc: ['manager@example.com'],
      subject: 'تم استلام طلبك',
      html: '<div dir="rtl">رقم الطلب 12</div>',
      from: 'noreply@mustafid.org.sa',
      name: 'جمعية مستفيد',
      replyTo: 'care@mustafid.org.sa',
      timeMs: world.nowMs,
    });
    expect(ctx.calls.map((c) => c.method)).toEqual(['MailApp.sendEmail']);
  });

  it('given noReply on a consumer account, then the mail still comes from the user', () => {
    const world = newWorld('consumer');
    asGoogle<GoogleAppsScript.Mail.MailApp>(createMailApp(newContext(world))).sendEmail('a@example.com', 'س', 'ن', { noReply: true });
    expect(mailSlot(world).messages[0].from).toBe(world.owner);
  });

  it('given four texts, then they are the recipient, the reply-to address, the subject and the body (Google\'s fourth signature)', () => {
    const world = newWorld('consumer');
    asGoogle<GoogleAppsScript.Mail.MailApp>(createMailApp(newContext(world))).sendEmail('a@example.com', 'care@example.org', 'الموضوع', 'النص');
    expect(mailSlot(world).messages[0]).toMatchObject({ to: ['a@example.com'], replyTo: 'care@example.org', subject: 'الموضوع', text: 'النص' });
  });
});
