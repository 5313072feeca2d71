// UrlFetchApp's calls a day by account kind (Google's quotas page: 20,000 consumer, 100,000 Workspace),
// known the way the health note knows the mail quota: the largest MailApp quota Google has reported.
import { accountKind, urlFetchDaily } from '../../../src/app/notify/channels';
import { QUOTA_SEEN_KEY } from '../../../src/app/health/healthNote';
import { MemoryStore } from '../schedule/fakes';

describe('the UrlFetch figure follows the account kind', () => {
  test('nothing seen yet: consumer, the stricter figure', () => {
    const store = new MemoryStore();
    expect(accountKind(store)).toBe('consumer');
    expect(urlFetchDaily(store)).toBe(20_000);
  });

  test("a consumer's fresh day (100 recipients): 20,000", () => {
    const store = new MemoryStore();
    store.set(QUOTA_SEEN_KEY, '100');
    expect(urlFetchDaily(store)).toBe(20_000);
  });

  test("a Workspace day (1,500 recipients): 100,000", () => {
    const store = new MemoryStore();
    store.set(QUOTA_SEEN_KEY, '1500');
    expect(accountKind(store)).toBe('workspace');
    expect(urlFetchDaily(store)).toBe(100_000);
  });

  test('a damaged value counts as consumer', () => {
    const store = new MemoryStore();
    store.set(QUOTA_SEEN_KEY, 'lots');
    expect(urlFetchDaily(store)).toBe(20_000);
  });
});
