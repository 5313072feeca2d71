// Reaching people where they are (issue 16), end to end on every seed profile: a beneficiary who agreed on
// SMS, one on WhatsApp and one on e-mail each receive every message once, on their own channel, while the
// gateways fail a fifth of the calls; an opted-out beneficiary receives nothing further; one who accepted no
// message channel at collection (a phone call agreed) gets no message at all, and the officer a task instead.
import { Sandbox } from '../../sandbox/core/runtime';
import { gatewaySlot } from '../../sandbox/services/gateways';
import { mailSlot } from '../../sandbox/services/mail';
import { openGateways } from '../../sandbox/scenario/gateways';
import { resolveSubmission } from '../../sandbox/scenario/runner';
import { playWork } from '../../sandbox/scenario/work';
import { headerLabel } from '../../src/adapters/sheets/sheetTable';
import { channelLabel, replyChannels } from '../../src/domain/intake/channels';
import { PROFILES } from '../../src/profiles';
import { t } from '../../src/i18n';
import { CHAIR, MANAGER, OFFICER, newRegister, ok, rows } from './harness';

const PEOPLE = {
  sms: { full_name: 'سارة علي القحطاني', national_id: '1000000016', mobile: '0551112233', email: '' },
  whatsapp: { full_name: 'هدى سعد الشمري', national_id: '1000000024', mobile: '0562223344', email: '' },
  email: { full_name: 'فاطمة أحمد الزهراني', national_id: '1000000008', mobile: '0501234567', email: 'fatimah@example.com' },
} as const;
type Channel = keyof typeof PEOPLE;
const GATEWAY_NUMBER: Record<Channel, string> = { sms: '966551112233', whatsapp: '966562223344', email: '' };

function submitAs(sb: Sandbox, profileId: string, channel: Channel, at: string, accepted: Channel[] = [channel]) {
  const profile = PROFILES[profileId];
  sb.world.nowMs = Date.parse(at);
  const { formId, answers } = resolveSubmission(sb, {
    form: 'service_request',
    fill: true,
    answers: {
      ...PEOPLE[channel],
      id_expiry: '2030-01-01',
      beneficiary_type: '$choice:0', category: '$choice:0', domain: '$choice:0', service: '$choice:0',
      reply_channel: channelLabel(profile, channel),
      channels_accepted: accepted.map((c) => channelLabel(profile, c)),
    },
  });
  return sb.submitForm(formId, answers).executions;
}

const outboxCol = (key: string) => headerLabel('outbox', key);

/** Plays working days: staff move the cases, the hourly sender retries what the gateways failed. */
function playDays(sb: Sandbox, profileId: string, days: number): void {
  for (let d = 0; d < days; d += 1) {
    const day = new Date(sb.now().getTime() + 86_400_000);
    const morning = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 6);
    sb.advanceTo(morning);
    for (const run of playWork(sb, profileId, { chair: CHAIR, fallbackOfficer: OFFICER })) ok(run);
    // The committee's minutes notify what it decided (the decision letters).
    sb.advanceTo(morning + 3 * 3_600_000);
    ok(sb.execute('prepareCommitteeMinutes', [], { user: CHAIR }));
    sb.advanceTo(morning + 10 * 3_600_000);
  }
}

describe.each(Object.keys(PROFILES))('%s: every message on the agreed channel', (profileId) => {
  let sb: Sandbox;
  beforeAll(() => {
    sb = newRegister(profileId, '2026-11-22T05:00:00Z');
    openGateways(sb, profileId, { failRate: 0.2 });
    for (const [i, channel] of (['sms', 'whatsapp', 'email'] as const).entries()) {
      for (const run of submitAs(sb, profileId, channel, `2026-11-22T0${7 + i}:00:00Z`)) ok(run);
    }
    playDays(sb, profileId, 7);
  }, 240_000);

  test('the gateways really failed calls, and every message still reached its person once, on their channel', () => {
    expect(sb.urlFetch.gatewayFaults!.injected.length).toBeGreaterThan(0);
    const outbox = rows(sb, t('tab.outbox'));
    const cases = rows(sb, t('tab.cases'));
    const messages = gatewaySlot(sb.world).messages;
    for (const channel of ['sms', 'whatsapp', 'email'] as const) {
      const caseNo = String(cases.find((c) => c[headerLabel('cases', 'beneficiary_name')] === PEOPLE[channel].full_name)![headerLabel('cases', 'case_no')]);
      const theirs = outbox.filter((r) => r[outboxCol('case_no')] === caseNo);
      // The acknowledgement and the decision at least (and for SMS the study note).
      const kinds = theirs.map((r) => String(r[outboxCol('message_id')]).replace(`${caseNo}:`, '').replace(/^study:.*/, 'study'));
      expect(kinds).toEqual(expect.arrayContaining(['ack', 'decision']));
      expect(new Set(theirs.map((r) => r[outboxCol('message_id')])).size).toBe(theirs.length);
      for (const row of theirs) {
        // Staff read the channel's Arabic label; the sender reads its id back through the table.
        expect(row[outboxCol('channel')]).toBe(t(`channel.${channel}`));
        // Sent, or (a time-out after the gateway took it) left for a person to check: never sent twice.
        expect([t('list.outbox.sent'), t('list.outbox.failed')]).toContain(row[outboxCol('status')]);
      }
      if (channel === 'email') {
        const got = mailSlot(sb.world).messages.filter((m) => m.to.includes(PEOPLE.email.email));
        expect(got.length).toBe(theirs.length);
        expect(new Set(got.map((m) => m.subject)).size).toBe(got.length);
      } else {
        const got = messages.filter((m) => m.to === GATEWAY_NUMBER[channel]);
        expect(got.every((m) => m.channel === channel)).toBe(true);
        expect(got.length).toBe(theirs.length);
        expect(new Set(got.map((m) => m.text)).size).toBe(got.length);
        // Each sent row names the gateway's id for its message.
        for (const row of theirs.filter((r) => r[outboxCol('status')] === t('list.outbox.sent'))) {
          expect(got.map((m) => m.gatewayId)).toContain(String(row[outboxCol('gateway_id')]));
        }
        // A row marked for a person to check is one whose answer never came back.
        expect(got.filter((m) => m.unanswered).length).toBe(theirs.filter((r) => r[outboxCol('status')] === t('list.outbox.failed')).length);
      }
    }
  });

  test('SMS texts stay short and WhatsApp uses the approved Arabic templates', () => {
    const messages = gatewaySlot(sb.world).messages;
    for (const m of messages.filter((x) => x.channel === 'sms')) expect(m.text.length).toBeLessThanOrEqual(67 * 4);
    const ack = messages.find((m) => m.channel === 'sms')!;
    expect(ack.text).toContain(PROFILES[profileId].name.ar);
    for (const m of messages.filter((x) => x.channel === 'whatsapp')) {
      expect(m.template!.language).toBe('ar');
      expect(Object.values(PROFILES[profileId].messaging!.whatsapp!.templates)).toContain(m.template!.name);
    }
  });

  test('the register shows who accepted which channel and when', () => {
    const people = rows(sb, t('tab.beneficiaries'));
    const sara = people.find((p) => p[headerLabel('beneficiaries', 'full_name')] === PEOPLE.sms.full_name)!;
    expect(sara[headerLabel('beneficiaries', 'channels_accepted')]).toBe(channelLabel(PROFILES[profileId], 'sms'));
    expect(sara[headerLabel('beneficiaries', 'channels_consent_at')]).toBeInstanceOf(Date);
  });
});

describe('opting out and the e-mail quota (esrar)', () => {
  test('an opted-out beneficiary receives nothing further, and the register and audit show it', () => {
    const sb = newRegister('esrar', '2026-11-22T05:00:00Z');
    openGateways(sb, 'esrar');
    for (const run of submitAs(sb, 'esrar', 'sms', '2026-11-22T07:00:00Z')) ok(run);
    expect(gatewaySlot(sb.world).messages).toHaveLength(1);
    const id = String(rows(sb, t('tab.beneficiaries'))[0][headerLabel('beneficiaries', 'beneficiary_id')]);
    ok(sb.execute('recordOptOut', [id], { user: OFFICER }));
    const person = rows(sb, t('tab.beneficiaries'))[0];
    expect(person[headerLabel('beneficiaries', 'opted_out_at')]).toBeInstanceOf(Date);
    expect(rows(sb, t('tab.audit')).some((a) => a[headerLabel('audit', 'action')] === t('audit.beneficiary_opted_out'))).toBe(true);
    // A second request from the same person that ticks no channel (ticking one again would be fresh
    // consent: test/e2e/channelNotices.test.ts), then two weeks of work: no further message at all.
    for (const run of submitAs(sb, 'esrar', 'sms', '2026-11-22T09:00:00Z', [])) ok(run);
    playDays(sb, 'esrar', 6);
    expect(gatewaySlot(sb.world).messages).toHaveLength(1);
    expect(mailSlot(sb.world).messages.filter((m) => m.to.some((to) => !/@gmail\.com$/.test(to)))).toHaveLength(0);
    const withheld = rows(sb, t('tab.outbox')).filter((r) => r[outboxCol('status')] === t('list.outbox.withheld'));
    expect(withheld.length).toBeGreaterThanOrEqual(2);
  }, 120_000);

  test('a day past the e-mail quota still acknowledges SMS beneficiaries', () => {
    const sb = newRegister('esrar', '2026-11-22T05:00:00Z');
    openGateways(sb, 'esrar');
    // The day's 100 recipients used up by earlier mail.
    mailSlot(sb.world).quota = { windowStartMs: sb.now().getTime(), recipients: 100 };
    for (const run of submitAs(sb, 'esrar', 'email', '2026-11-22T07:00:00Z')) ok(run);
    for (const run of submitAs(sb, 'esrar', 'sms', '2026-11-22T08:00:00Z')) ok(run);
    const outbox = rows(sb, t('tab.outbox'));
    expect(outbox.map((r) => [r[outboxCol('channel')], r[outboxCol('status')]])).toEqual([
      [t('channel.email'), t('list.outbox.queued')],
      [t('channel.sms'), t('list.outbox.sent')],
    ]);
    expect(gatewaySlot(sb.world).messages.map((m) => m.to)).toEqual([GATEWAY_NUMBER.sms]);
    void MANAGER;
  });
});

describe.each(['esrar', 'rusookh', 'qurainah', 'mafatih', 'academy'])('%s: a beneficiary who accepted no message channel', (profileId) => {
  test('gets no SMS, WhatsApp or e-mail through a few days of work, and the contact officer gets a task instead', () => {
    const profile = PROFILES[profileId];
    expect(replyChannels(profile)).toContain('phone');
    const sb = newRegister(profileId, '2026-11-22T05:00:00Z');
    openGateways(sb, profileId);
    sb.world.nowMs = Date.parse('2026-11-22T07:00:00Z');
    const { formId, answers } = resolveSubmission(sb, {
      form: 'service_request', fill: true,
      answers: {
        ...PEOPLE.email, id_expiry: '2030-01-01', beneficiary_type: '$choice:0', category: '$choice:0', domain: '$choice:0', service: '$choice:0',
        reply_channel: channelLabel(profile, 'phone'), channels_accepted: [],
      },
    });
    for (const run of sb.submitForm(formId, answers).executions) ok(run);
    const person = rows(sb, t('tab.beneficiaries'))[0];
    expect(String(person[headerLabel('beneficiaries', 'channels_accepted')] ?? '')).toBe('');
    playDays(sb, profileId, 3);
    const caseNo = String(rows(sb, t('tab.cases'))[0][headerLabel('cases', 'case_no')]);
    // She gave an e-mail and a Saudi mobile, both channels are set up: still nothing reaches her.
    expect(gatewaySlot(sb.world).messages).toHaveLength(0);
    expect(mailSlot(sb.world).messages.filter((m) => m.to.includes(PEOPLE.email.email))).toHaveLength(0);
    // The acknowledgement waits as the contact officer's task in the outbox, to pass on by phone.
    const tasks = rows(sb, t('tab.outbox')).filter((r) => r[outboxCol('status')] === t('list.outbox.task'));
    expect(tasks.length).toBeGreaterThan(0);
    const latin = (v: unknown) => String(v).replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[\u2066-\u2069\u200e\u200f]/g, '');
    expect(tasks.map((r) => [r[outboxCol('recipient')], latin(r[outboxCol('subject')]).includes(`الحالة ${caseNo}`)])).toEqual(tasks.map(() => [OFFICER, true]));
  }, 120_000);
});
