// Program notices on the agreed channel, on all five profiles, against in-memory ports: the registrant's
// consent is read from the beneficiaries tab (by national ID, else mobile); SMS texts keep to two UCS-2 parts,
// WhatsApp uses the profile's program template, an unknown registrant keeps e-mail or the manager's task,
// an opted-out one gets nothing; through the outbox a refused SMS moves to the next accepted channel, then
// the task, in the same row.
import { toRegistrant } from '../../../src/app/programs/programMail';
import { Outbox } from '../../../src/app/notify/outbox';
import { readBody } from '../../../src/app/notify/delivery';
import { WHATSAPP_TEMPLATE_PARAMS } from '../../../src/app/notify/whatsappTemplates';
import { measureSms } from '../../../src/domain/text/sms';
import { workCalendar } from '../../../src/domain/time/calendar';
import { channelLabel } from '../../../src/domain/intake/channels';
import type { RegisterConfig } from '../../../src/app/config';
import type { ChannelAdapter, ChannelPayload, SendResult } from '../../../src/ports/notification';
import { PROFILES } from '../../../src/profiles';
import { FakeClock, FakeMailer, MemoryRegister, MemoryStore } from '../schedule/fakes';

const SETTINGS = { sms_sender: 'ORG', sms_user: 'org-admin', sms_url: 'https://sms.example.org/send', whatsapp_phone_number_id: '1234567890' };

function configOf(profileId: string): RegisterConfig {
  return { profile: PROFILES[profileId], staff: [], calendar: workCalendar(), settings: SETTINGS, managerEmail: 'manager@example.org', senderName: 'org' };
}

class Gateway implements ChannelAdapter {
  readonly sent: ChannelPayload[] = [];
  answers: SendResult[] = [];
  constructor(readonly channel: 'sms' | 'whatsapp') {}
  configured(): boolean {
    return true;
  }
  send(payload: ChannelPayload): SendResult {
    const answer = this.answers.shift() ?? { ok: true, gatewayId: `gw-${this.sent.length + 1}` };
    if (answer.ok) this.sent.push(payload);
    return answer;
  }
}

const LONG_PROGRAM = 'برنامج تأهيل الشباب والفتيات لسوق العمل في المهارات الرقمية والتواصل وريادة الأعمال';
const mail = { subject: 'اكتمل تسجيلك', paragraphs: ['اكتمل تسجيلك في البرنامج.'] };

describe.each(Object.keys(PROFILES))('%s: a program notice', (profileId) => {
  const config = configOf(profileId);
  const profile = config.profile;
  const person = (accepted: string[], extra: Record<string, unknown> = {}, agreed: string | null = accepted[0] ?? null) => {
    const register = new MemoryRegister();
    // Her latest request's agreed reply channel (SR-5), as the cases tab shows it.
    if (agreed) register.table('cases').rows.push({ case_no: '1448-00001', beneficiary_id: 'B-000001', reply_channel: channelLabel(profile, agreed) });
    register.table('beneficiaries').rows.push({
      beneficiary_id: 'B-000001', national_id: '1000000016', mobile: '+966551112233', email: 'sara@example.com',
      channels_accepted: accepted.map((c) => channelLabel(profile, c)).join('، '), ...extra,
    });
    return register;
  };
  const who = { regNo: 'REG-00001', name: 'سارة', email: 'sara@example.com', nationalId: '1000000016', mobile: '+966551112233' };
  const notice = { notice: `اكتمل تسجيلك في برنامج «${LONG_PROGRAM}»` };

  test('goes by SMS to a registrant who accepted SMS, within two UCS-2 parts', () => {
    const entry = toRegistrant({ config, register: person(['sms', 'email']) }, who, 'enrolled', mail, notice);
    expect(entry.channel).toBe('sms');
    const payload = entry.payload as Extract<ChannelPayload, { channel: 'sms' }>;
    expect(payload.message.to).toBe('966551112233');
    expect(measureSms(payload.message.text)).toMatchObject({ encoding: 'ucs2' });
    expect(measureSms(payload.message.text).parts).toBeLessThanOrEqual(2);
    expect(payload.message.text).toContain(profile.name.ar.split(' ')[0]);
    // The long program name is cut at a word, never the registration number after it.
    expect(payload.message.text.replace(/[\u2066-\u2069\u200e\u200f]/g, '').replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))).toContain('REG-00001');
    // Then e-mail, which she also accepted, then the manager's task.
    expect(entry.next!.map((s) => [s.channel, Boolean(s.task)])).toEqual([['email', false], ['sms', true]]);
  });

  test('with no request of hers on record, the first accepted channel in the product\'s order (e-mail, SMS, WhatsApp)', () => {
    expect(toRegistrant({ config, register: person(['whatsapp', 'sms'], {}, null) }, who, 'enrolled', mail, notice).channel).toBe('sms');
  });

  test('goes on the program template to one who accepted WhatsApp (found by mobile when the ID differs)', () => {
    const register = person(['whatsapp'], { national_id: '2000000000' });
    const entry = toRegistrant({ config, register }, who, 'enrolled', mail, notice);
    expect(entry.channel).toBe('whatsapp');
    const payload = entry.payload as Extract<ChannelPayload, { channel: 'whatsapp' }>;
    expect(payload.message.template).toBe(profile.messaging!.whatsapp!.templates.program);
    expect(payload.message.params).toHaveLength(WHATSAPP_TEMPLATE_PARAMS.program.length);
    expect(payload.message.params[2]).toContain(LONG_PROGRAM);
  });

  test('an evaluation link is kept whole after the SMS words', () => {
    const link = 'https://docs.google.com/forms/d/e/1FAIpQLSfAbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefghijk/viewform?usp=pp_url&entry.1=REG-00001';
    const entry = toRegistrant({ config, register: person(['sms']) }, who, 'evaluation', mail, { notice: 'قيّم البرنامج عبر الرابط', link });
    expect((entry.payload as Extract<ChannelPayload, { channel: 'sms' }>).message.text).toContain(link);
  });

  test('a registrant not on the beneficiaries tab keeps e-mail, or the manager\'s task without one', () => {
    const empty = new MemoryRegister();
    expect(toRegistrant({ config, register: empty }, who, 'enrolled', mail, notice)).toMatchObject({ channel: 'email', recipient: 'sara@example.com' });
    const task = toRegistrant({ config, register: empty }, { ...who, email: null }, 'enrolled', mail, notice);
    expect(task).toMatchObject({ channel: 'phone', recipient: 'manager@example.org' });
    expect(task.payload).toBeUndefined();
  });

  test('an opted-out registrant gets nothing', () => {
    const entry = toRegistrant({ config, register: person(['sms'], { opted_out_at: new Date('2026-11-20') }) }, who, 'enrolled', mail, notice);
    expect(entry.withheld).toBe(true);
  });

  test('through the outbox: a refused SMS moves to e-mail in the same row, sent once', () => {
    const register = person(['sms', 'email']);
    const sms = new Gateway('sms');
    sms.answers = [{ ok: false, failure: 'refused', detail: '400 Invalid recipients' }];
    const mailer = new FakeMailer();
    const counter = { remaining: () => Infinity, add: () => undefined, exhaust: () => undefined };
    const outbox = new Outbox(register.table('outbox'), mailer, FakeClock.at('2026-11-22', 9), new MemoryStore(), { adapters: { sms }, counter, limits: {} });
    outbox.queueAndSend([toRegistrant({ config, register }, who, 'enrolled', mail, notice)]);
    const rows = register.table('outbox').rows;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ message_id: 'REG-00001:enrolled', channel: 'email', status: 'sent' });
    expect(mailer.delivered.map((m) => m.to)).toEqual(['sara@example.com']);
    expect(readBody(rows[0]).next.map((s) => s.task)).toEqual([true]);
  });
});
