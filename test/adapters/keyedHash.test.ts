// The lookup index's keyed hash computed in the bundle: the same HMAC-SHA-256 bytes Google's
// Utilities.computeHmacSha256Signature(value, key, Utilities.Charset.UTF_8) returns, so indexes written before stay valid.
import { createHmac, randomUUID } from 'crypto';
import { HmacKeyedHash, LOOKUP_SECRET_KEY } from '../../src/adapters/script/keyedHash';
import { utf8Encode } from '../../src/domain/text/utf8';
import { MemoryStore } from '../fakes/ports';

const SECRET = '0f1e2d3c4b5a69788796a5b4c3d2e1f0a1b2c3d4e5f60718293a4b5c6d7e8f90';

/** Google's algorithm (HMAC-SHA-256 over the UTF-8 bytes) as Google returns it: a byte array of signed bytes. */
function googleSignature(value: string, key: string): number[] {
  return Array.from(createHmac('sha256', Buffer.from(key, 'utf8')).update(Buffer.from(value, 'utf8')).digest(), (b) => (b > 127 ? b - 256 : b));
}

/** The hex the previous adapter kept of Google's signature: its first 16 bytes, each read unsigned. */
function previousHex(signed: number[]): string {
  return signed.slice(0, 16).map((b) => ((b + 256) % 256).toString(16).padStart(2, '0')).join('');
}

function hashWith(secret: string): HmacKeyedHash {
  const store = new MemoryStore();
  store.set(LOOKUP_SECRET_KEY, secret);
  return new HmacKeyedHash(store);
}

describe('the keyed hash in the bundle', () => {
  const values = [
    '1012345678', // a Saudi national ID
    'محمد عبدالله القحطاني', // an Arabic name (two-byte UTF-8)
    'نورة بنت سعد', '  leading and trailing  ', 'mustafid:lookup-index', '', 'Ã©', 'emoji 👩🏽‍⚕️ and أ',
    'x'.repeat(200), // past the 64-byte block: the key and message padding paths
  ];

  it.each(values)('gives the hex of Google\'s signed signature for %j', (value) => {
    expect(hashWith(SECRET).digest(value)).toBe(previousHex(googleSignature(value, SECRET)));
  });

  it('keys by the secret: another secret gives other digests, and a secret past 64 bytes is hashed first, as HMAC does', () => {
    const long = SECRET.repeat(3);
    expect(hashWith(long).digest('محمد')).toBe(previousHex(googleSignature('محمد', long)));
    expect(hashWith(long).digest('محمد')).not.toBe(hashWith(SECRET).digest('محمد'));
  });

  it('encodes UTF-8 as Java does: Arabic letters in two bytes, astral characters in four, a lone surrogate as ?', () => {
    expect(Array.from(utf8Encode('سa'))).toEqual([0xd8, 0xb3, 0x61]);
    expect(Array.from(utf8Encode('👩'))).toEqual([0xf0, 0x9f, 0x91, 0xa9]);
    expect(Array.from(utf8Encode('a\ud800b'))).toEqual([0x61, 0x3f, 0x62]);
    for (const value of values) expect(Buffer.from(utf8Encode(value)).equals(Buffer.from(value, 'utf8'))).toBe(true);
  });

  it('makes the secret once when the install has none, from two of Google\'s UUIDs, and keeps it', () => {
    const store = new MemoryStore();
    const uuids: string[] = [];
    const g = globalThis as unknown as { Utilities?: unknown };
    const before = g.Utilities;
    g.Utilities = { getUuid: () => { const u = randomUUID(); uuids.push(u); return u; } };
    try {
      const digest = new HmacKeyedHash(store).digest('1012345678');
      const secret = store.get(LOOKUP_SECRET_KEY)!;
      expect(secret).toBe(uuids.join('').replace(/-/g, ''));
      expect(secret).toMatch(/^[0-9a-f]{64}$/);
      expect(new HmacKeyedHash(store).digest('1012345678')).toBe(digest);
      expect(uuids).toHaveLength(2);
      expect(digest).toBe(previousHex(googleSignature('1012345678', secret)));
    } finally {
      g.Utilities = before;
    }
  });
});
