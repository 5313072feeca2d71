// Bridge days (issue 15, item 8): seeded only where the organisation opts in, marked to confirm with the ministry.
import { seededHolidays } from '../../../src/app/setup';
import { defaultSaudiHolidays } from '../../../src/domain/time';
import { PROFILES } from '../../../src/profiles';
import { t } from '../../../src/i18n';

const shipped = defaultSaudiHolidays('ar');
const bridges = shipped.filter((h) => h.bridge);

describe('seededHolidays', () => {
  it('finds the two default bridge days of 1447–1448 (Thursday 24 September 2026, Sunday 21 February 2027)', () => {
    expect(bridges.map((h) => h.from)).toEqual(['2026-09-24', '2027-02-21']);
  });

  it.each(Object.keys(PROFILES))('leaves them out for %s, which has not opted in', (id) => {
    const seeded = seededHolidays(shipped, PROFILES[id]);
    expect(seeded.map((h) => h.from)).not.toContain('2026-09-24');
    expect(seeded).toHaveLength(shipped.length - bridges.length);
  });

  it('seeds them for an organisation that opts in, each marked to confirm with the announcement', () => {
    const seeded = seededHolidays(shipped, { ...PROFILES.esrar, bridgeDays: true });
    expect(seeded).toHaveLength(shipped.length);
    const marked = seeded.filter((h) => h.source.includes(t('holiday.bridge.confirm')));
    expect(marked.map((h) => h.from)).toEqual(['2026-09-24', '2027-02-21']);
  });
});
