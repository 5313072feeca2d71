// Complaint replies and program notices on the agreed channel (issue 16), end to end: a complainant and a
// program participant on SMS, on WhatsApp and on e-mail each receive every message once on their own channel
// while the gateways fail a fifth of the calls; an opted-out beneficiary's complaint gets nothing; ticking
// channels again on a new request lifts the opt-out (audited), and the next reply reaches them.
// Complaints are on in Esrar and Rusookh, programs in Rusookh only (the other seeds' policies have neither:
// their routing is tested on all five profiles in test/app/notify/notices.test.ts).
import { Sandbox } from '../../sandbox/core/runtime';
import { gatewaySlot } from '../../sandbox/services/gateways';
import { mailSlot } from '../../sandbox/services/mail';
import { openGateways } from '../../sandbox/scenario/gateways';
import { resolveSubmission } from '../../sandbox/scenario/runner';
import { headerLabel } from '../../src/adapters/sheets/sheetTable';
import { channelLabel } from '../../src/domain/intake/channels';
import { PROFILES } from '../../src/profiles';
import { t } from '../../src/i18n';
import { FOLLOW, MANAGER, OFFICER, POLICY_STAFF, ok, rows, submit } from './harness';

type Channel = 'sms' | 'whatsapp' | 'email';
const CHANNELS: Channel[] = ['sms', 'whatsapp', 'email'];
const PEOPLE: Record<Channel, { name: string; nationalId: string; mobile: string; gateway: string; email: string }> = {
  sms: { name: 'سارة علي القحطاني', nationalId: '1000000016', mobile: '0551112233', gateway: '966551112233', email: '' },
  whatsapp: { name: 'هدى سعد الشمري', nationalId: '1000000024', mobile: '0562223344', gateway: '966562223344', email: '' },
  email: { name: 'فاطمة أحمد الزهراني', nationalId: '1000000008', mobile: '0501234567', gateway: '966501234567', email: 'fatimah@example.com' },
};
const OPTED = { name: 'منيرة خالد العنزي', nationalId: '1000000032', mobile: '0573334455', gateway: '966573334455' };

const col = (tab: Parameters<typeof headerLabel>[0], key: string) => headerLabel(tab, key);
const latin = (s: string) => s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[\u2066-\u2069\u200e\u200f]/g, '');

function register(profileId: string): Sandbox {
  const sb = new Sandbox({ start: '2026-11-22T05:00:00Z', boundSpreadsheet: 'سجل المستفيدين', account: 'consumer' });
  ok(sb.execute('setup', [profileId, { managerEmail: MANAGER, staff: POLICY_STAFF }]));
  return sb;
}

/** A service request whose answer to the consent question is `accepted` (the beneficiaries tab records it). */
function serviceRequest(sb: Sandbox, profileId: string, who: { name: string; nationalId: string; mobile: string; email?: string }, reply: string, accepted: string[]) {
  const profile = PROFILES[profileId];
  const { formId, answers } = resolveSubmission(sb, {
    form: 'service_request', fill: true,
    answers: {
      full_name: who.name, national_id: who.nationalId, mobile: who.mobile, email: who.email ?? '', id_expiry: '2030-01-01',
      beneficiary_type: '$choice:0', category: '$choice:0', domain: '$choice:0', service: '$choice:0',
      reply_channel: channelLabel(profile, reply), channels_accepted: accepted.map((c) => channelLabel(profile, c)),
    },
  });
  for (const run of sb.submitForm(formId, answers).executions) ok(run);
}

function complaint(sb: Sandbox, profileId: string, who: { name: string; mobile: string; email?: string }, reply: string, caseNo = ''): string {
  for (const run of submit(sb, {
    complainant: who.name, mobile: who.mobile, email: who.email ?? '', case_no: caseNo, reply_channel: channelLabel(PROFILES[profileId], reply),
    summary: 'تأخر الرد على طلبي.', attestation: [t('cm.form.attestation.text')],
  }, 'complaint').executions) ok(run);
  return String(rows(sb, t('tab.complaints')).at(-1)![col('complaints', 'complaint_no')]);
}

function answerComplaint(sb: Sandbox, no: string, settled: boolean): void {
  ok(sb.execute('assignComplaint', [no], { user: OFFICER }));
  ok(sb.execute('startComplaintInvestigation', [no], { user: FOLLOW }));
  ok(sb.execute('recordComplaintResolution', [no, settled, settled ? 'صُرفت المساعدة.' : 'لم يُتفق على حل.'], { user: FOLLOW }));
  ok(sb.execute('notifyComplainant', [no], { user: FOLLOW }));
}

/** Two days of hourly sender runs: what the gateways failed is retried with its backoff. */
function letRetriesRun(sb: Sandbox): void {
  for (const run of sb.advanceTo(sb.now().getTime() + 2 * 86_400_000)) ok(run);
}

/** Every outbox row of `ref` went once on `channel`: sent (or, after a time-out, left for a person to check),
 *  and what reached the person is exactly those rows. */
function expectOnce(sb: Sandbox, ref: string, channel: Channel, person: { gateway: string; email: string }, kinds: string[]) {
  const theirs = rows(sb, t('tab.outbox')).filter((r) => r[col('outbox', 'case_no')] === ref);
  expect(theirs.map((r) => String(r[col('outbox', 'message_id')]).replace(`${ref}:`, '')).sort()).toEqual([...kinds].sort());
  for (const row of theirs) {
    expect(row[col('outbox', 'channel')]).toBe(t(`channel.${channel}`));
    expect([t('list.outbox.sent'), t('list.outbox.failed')]).toContain(row[col('outbox', 'status')]);
  }
  if (channel === 'email') {
    const got = mailSlot(sb.world).messages.filter((m) => m.to.includes(person.email));
    expect(got.filter((m) => m.subject.includes(ref) || theirs.some((r) => r[col('outbox', 'subject')] === m.subject))).toHaveLength(theirs.length);
  } else {
    // Theirs: the messages naming this reference (an SMS participant also had their service request acknowledged).
    const got = gatewaySlot(sb.world).messages.filter((m) => m.to === person.gateway && latin(m.template?.params[1] ?? m.text).includes(ref));
    expect(gatewaySlot(sb.world).messages.filter((m) => m.to === person.gateway).every((m) => m.channel === channel)).toBe(true);
    expect(got).toHaveLength(theirs.length);
    for (const m of got.filter((x) => x.channel === 'sms')) expect(m.text.length).toBeLessThanOrEqual(67 * 4);
    for (const m of got.filter((x) => x.channel === 'whatsapp')) expect(latin(m.template!.params[1])).toBe(ref);
    for (const row of theirs.filter((r) => r[col('outbox', 'status')] === t('list.outbox.sent'))) {
      expect(got.map((m) => m.gatewayId)).toContain(String(row[col('outbox', 'gateway_id')]));
    }
  }
}

describe.each(['esrar', 'rusookh'])('%s: complaint replies on the complainant\'s channel', (profileId) => {
  let sb: Sandbox;
  const nos: Partial<Record<Channel, string>> = {};
  beforeAll(() => {
    sb = register(profileId);
    openGateways(sb, profileId, { failRate: 0.2 });
    for (const channel of CHANNELS) nos[channel] = complaint(sb, profileId, PEOPLE[channel], channel);
    letRetriesRun(sb);
    for (const channel of CHANNELS) answerComplaint(sb, nos[channel]!, channel !== 'sms');
    letRetriesRun(sb);
  }, 240_000);

  test('the gateways failed calls, and each complainant got the acknowledgement and the outcome once, on their channel', () => {
    expect(sb.urlFetch.gatewayFaults!.injected.length).toBeGreaterThan(0);
    for (const channel of CHANNELS) expectOnce(sb, nos[channel]!, channel, PEOPLE[channel], ['ack', 'outcome']);
  });

  test('WhatsApp used the complaint template; the SMS named the complaint and the organisation', () => {
    const wa = gatewaySlot(sb.world).messages.filter((m) => m.to === PEOPLE.whatsapp.gateway);
    expect(new Set(wa.map((m) => m.template!.name))).toEqual(new Set([PROFILES[profileId].messaging!.whatsapp!.templates.complaint]));
    const sms = gatewaySlot(sb.world).messages.filter((m) => m.to === PEOPLE.sms.gateway);
    for (const m of sms) {
      expect(m.text).toContain(PROFILES[profileId].name.ar);
      expect(latin(m.text)).toContain(nos.sms!);
    }
  });
});

describe('rusookh: program notices on the participant\'s channel', () => {
  let sb: Sandbox;
  const regs: Partial<Record<Channel, string>> = {};
  beforeAll(() => {
    sb = register('rusookh');
    openGateways(sb, 'rusookh', { failRate: 0.2 });
    // SMS and WhatsApp participants are beneficiaries who accepted those channels; the e-mail one is not known.
    serviceRequest(sb, 'rusookh', PEOPLE.sms, 'sms', ['sms']);
    serviceRequest(sb, 'rusookh', PEOPLE.whatsapp, 'whatsapp', ['whatsapp']);
    ok(sb.execute('createProgram', [{ name: 'مهارات الحاسب', ageMin: 15, ageMax: 60, fee: 0, capacity: 5, startDate: '2026-12-06', endDate: '2026-12-10', conditions: [] }], { user: OFFICER }));
    for (const channel of CHANNELS) {
      const p = PEOPLE[channel];
      for (const run of submit(sb, { program: 'PR-001', full_name: p.name, birth_date: '1995-01-15', national_id: p.nationalId, mobile: p.mobile, email: p.email }, 'program_registration').executions) ok(run);
      regs[channel] = String(rows(sb, t('tab.registrations')).at(-1)![col('registrations', 'reg_no')]);
    }
    letRetriesRun(sb);
    for (const channel of CHANNELS) ok(sb.execute('enrollRegistrant', [regs[channel]], { user: OFFICER }));
    letRetriesRun(sb);
  }, 240_000);

  test('each participant got the registration and the enrolment once, on their channel', () => {
    expect(sb.urlFetch.gatewayFaults!.injected.length).toBeGreaterThan(0);
    for (const channel of CHANNELS) expectOnce(sb, regs[channel]!, channel, PEOPLE[channel], ['registered', 'enrolled']);
    // Her program notices on the program template (her service request's acknowledgement had its own).
    const wa = gatewaySlot(sb.world).messages.filter((m) => m.to === PEOPLE.whatsapp.gateway && latin(m.template!.params[1]) === regs.whatsapp);
    expect(wa.length).toBeGreaterThan(0);
    expect(new Set(wa.map((m) => m.template!.name))).toEqual(new Set([PROFILES.rusookh.messaging!.whatsapp!.templates.program]));
  });
});

describe.each(['esrar', 'rusookh'])('%s: opted out, then back in', (profileId) => {
  test('an opted-out beneficiary\'s complaint gets nothing; ticking a channel on a new request resumes messages, audited', () => {
    const sb = register(profileId);
    openGateways(sb, profileId);
    serviceRequest(sb, profileId, OPTED, 'sms', ['sms']);
    const caseNo = String(rows(sb, t('tab.cases'))[0][col('cases', 'case_no')]);
    const id = String(rows(sb, t('tab.beneficiaries'))[0][col('beneficiaries', 'beneficiary_id')]);
    ok(sb.execute('recordOptOut', [id], { user: OFFICER }));
    const before = gatewaySlot(sb.world).messages.length;
    const sentToHer = () => rows(sb, t('tab.outbox')).filter((r) => r[col('outbox', 'recipient')] === OPTED.gateway && r[col('outbox', 'status')] === t('list.outbox.sent'));
    const sentBefore = sentToHer().length;
    const no = complaint(sb, profileId, OPTED, 'sms', caseNo);
    letRetriesRun(sb);
    expect(gatewaySlot(sb.world).messages).toHaveLength(before);
    const ack = rows(sb, t('tab.outbox')).find((r) => r[col('outbox', 'message_id')] === `${no}:ack`)!;
    expect(ack[col('outbox', 'status')]).toBe(t('list.outbox.withheld'));
    // A new request that ticks no channel keeps the opt-out.
    serviceRequest(sb, profileId, OPTED, 'phone', []);
    expect(rows(sb, t('tab.beneficiaries'))[0][col('beneficiaries', 'opted_out_at')]).toBeInstanceOf(Date);
    expect(gatewaySlot(sb.world).messages).toHaveLength(before);
    // One that ticks SMS again is fresh consent: the opt-out is lifted and audited once.
    serviceRequest(sb, profileId, OPTED, 'sms', ['sms']);
    const person = rows(sb, t('tab.beneficiaries'))[0];
    expect(String(person[col('beneficiaries', 'opted_out_at')] ?? '')).toBe('');
    expect(person[col('beneficiaries', 'channels_consent_at')]).toBeInstanceOf(Date);
    const audits = rows(sb, t('tab.audit')).filter((a) => a[col('audit', 'action')] === t('audit.beneficiary_opted_in'));
    expect(audits).toHaveLength(1);
    expect(String(audits[0][col('audit', 'details')])).toContain(id);
    // The new request's acknowledgement and the complaint's outcome reach her by SMS, once each.
    answerComplaint(sb, no, true);
    letRetriesRun(sb);
    const got = gatewaySlot(sb.world).messages.slice(before).filter((m) => m.to === OPTED.gateway);
    const sent = sentToHer();
    expect(sent.map((r) => String(r[col('outbox', 'message_id')]))).toEqual(expect.arrayContaining([`${no}:outcome`]));
    expect(got).toHaveLength(sent.length - sentBefore);
  }, 120_000);
});
