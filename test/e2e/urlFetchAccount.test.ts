// The outbox counts UrlFetchApp's calls against the account's own figure: past 20,000 calls in a day a
// consumer account holds its SMS for the next day, a Workspace account (100,000) still sends it.
import { gatewaySlot } from '../../sandbox/services/gateways';
import { propertiesSlot } from '../../sandbox/services/properties';
import { openGateways } from '../../sandbox/scenario/gateways';
import { headerLabel } from '../../src/adapters/sheets/sheetTable';
import { channelLabel } from '../../src/domain/intake/channels';
import { DAILY_COUNTS_KEY } from '../../src/adapters/script/dailyCounter';
import { riyadhDate } from '../../src/domain/time';
import { PROFILES } from '../../src/profiles';
import { t } from '../../src/i18n';
import { resolveSubmission } from '../../sandbox/scenario/runner';
import { newRegister, ok, rows } from './harness';

describe.each(['consumer', 'workspace'] as const)('%s account', (account) => {
  test('20,000 UrlFetch calls already made today', () => {
    const sb = newRegister('esrar', '2026-11-22T04:00:00Z', account);
    // The daily run reads the mail quota Google reports (100 or 1,500), which tells the account kind.
    ok(sb.execute('dailySweep', []));
    openGateways(sb, 'esrar');
    const props = propertiesSlot(sb.world).script;
    props[DAILY_COUNTS_KEY] = JSON.stringify({ day: riyadhDate(sb.now()), sent: { urlfetch: 20_000 }, exhausted: [] });
    const sms = channelLabel(PROFILES.esrar, 'sms');
    const { formId, answers } = resolveSubmission(sb, {
      form: 'service_request', fill: true,
      answers: {
        full_name: 'سارة علي القحطاني', national_id: '1000000016', mobile: '0551112233', email: '', id_expiry: '2030-01-01',
        beneficiary_type: '$choice:0', category: '$choice:0', domain: '$choice:0', service: '$choice:0', reply_channel: sms, channels_accepted: [sms],
      },
    });
    for (const run of sb.submitForm(formId, answers).executions) ok(run);
    const outbox = rows(sb, t('tab.outbox'));
    // The daily run's own health note is an e-mail: only the acknowledgement goes by SMS.
    const status = outbox.filter((r) => r[headerLabel('outbox', 'channel')] === t('channel.sms')).map((r) => r[headerLabel('outbox', 'status')]);
    if (account === 'consumer') {
      expect(status).toEqual([t('list.outbox.queued')]);
      expect(gatewaySlot(sb.world).messages).toHaveLength(0);
    } else {
      expect(status).toEqual([t('list.outbox.sent')]);
      expect(gatewaySlot(sb.world).messages).toHaveLength(1);
    }
  });
});
