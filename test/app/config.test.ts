// The configuration cache kept warm: a hit older than three hours is put again (CacheService keeps six hours at most),
// so the first submission after the morning's put expires does not read the three configuration tabs again.
import { CONFIG_REFRESH_MS, loadConfig, PROFILE_ID_KEY } from '../../src/app/config';
import type { ConfigCache, ShippedData } from '../../src/ports';
import { esrar } from '../../src/profiles/esrar';
import { FakeClock, MemoryRegister, MemoryStore } from '../fakes/ports';

class MemoryConfigCache implements ConfigCache {
  value: string | null = null;
  puts = 0;
  get() { return this.value; }
  put(value: string) { this.value = value; this.puts += 1; }
  drop() { this.value = null; }
}

function sources() {
  const register = new MemoryRegister();
  register.table('settings').rows.push({ key: 'reply_from_name', value: 'جمعية' });
  const store = new MemoryStore();
  store.set(PROFILE_ID_KEY, esrar.id);
  const configCache = new MemoryConfigCache();
  const clock = FakeClock.at('2026-03-02', 6);
  const shipped = { read: () => ({ profiles: { [esrar.id]: esrar } }) as unknown as ShippedData };
  return { register, store, configCache, clock, shipped };
}

const tabReads = (register: MemoryRegister) => register.roundTrips;

describe('the configuration cache', () => {
  it('reads the tabs once, then serves hits; a hit three hours old is put again, without reading the tabs', () => {
    const s = sources();
    const first = loadConfig(s);
    const reads = tabReads(s.register);
    expect(reads).toBeGreaterThan(0);
    expect(s.configCache.puts).toBe(1);
    s.clock.ms += CONFIG_REFRESH_MS - 60_000;
    expect(loadConfig(s)).toEqual(first);
    expect(s.configCache.puts).toBe(1);
    s.clock.ms += 60_000;
    expect(loadConfig(s)).toEqual(first);
    expect(s.configCache.puts).toBe(2);
    expect(tabReads(s.register)).toBe(reads);
    // Put again at the refresh: the next hit within three hours of it puts nothing.
    s.clock.ms += CONFIG_REFRESH_MS - 60_000;
    loadConfig(s);
    expect(s.configCache.puts).toBe(2);
  });

  it('puts again a cache an older version wrote (no time in it), and never without a clock', () => {
    const s = sources();
    loadConfig(s);
    const old = JSON.parse(s.configCache.value!) as Record<string, unknown>;
    delete old.putAt;
    s.configCache.value = JSON.stringify(old);
    loadConfig({ ...s, clock: undefined });
    expect(s.configCache.puts).toBe(1);
    loadConfig(s);
    expect(s.configCache.puts).toBe(2);
  });

  it('still reads the tabs again after an edit drops it', () => {
    const s = sources();
    loadConfig(s);
    const reads = tabReads(s.register);
    s.configCache.drop();
    s.register.table('settings').rows[0].value = 'جمعية أخرى';
    expect(loadConfig(s).senderName).toBe('جمعية أخرى');
    expect(tabReads(s.register)).toBeGreaterThan(reads);
  });
});
