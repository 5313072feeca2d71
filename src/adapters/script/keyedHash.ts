// The lookup index's keyed hash: HMAC-SHA-256 (Utilities.computeHmacSha256Signature) under a secret made once per
// install and kept in the script properties, so the index never holds an ID or a name a reader could reverse.
import type { KeyedHash, KeyValueStore } from '../../ports';

/** The script property holding the install's secret (never shown, never logged). */
export const LOOKUP_SECRET_KEY = 'LOOKUP_SECRET';
/** Hex digits kept of each signature: the index uses 20 (a 12-digit tag and 8 for the bucket). */
const DIGEST_BYTES = 16;

function hex(bytes: number[]): string {
  let out = '';
  for (let i = 0; i < DIGEST_BYTES; i++) out += ((bytes[i] + 256) % 256).toString(16).padStart(2, '0');
  return out;
}

export class HmacKeyedHash implements KeyedHash {
  private secret: string | null = null;

  /** Callers hold the script lock: the secret is made by the first execution that needs it, once. */
  constructor(private readonly store: KeyValueStore) {}

  private key(): string {
    if (this.secret) return this.secret;
    let secret = this.store.get(LOOKUP_SECRET_KEY);
    if (!secret) {
      // Two version-4 UUIDs: 244 random bits from Google's generator.
      secret = `${Utilities.getUuid()}${Utilities.getUuid()}`.replace(/-/g, '');
      this.store.set(LOOKUP_SECRET_KEY, secret);
    }
    this.secret = secret;
    return secret;
  }

  /** Google's overload (value, key, charset) returns the signature as a byte array of signed bytes; UTF-8 is
   *  given because a string with no charset is encoded US-ASCII, every Arabic letter then the same '?'. */
  digest(value: string): string {
    return hex(Utilities.computeHmacSha256Signature(value, this.key(), Utilities.Charset.UTF_8));
  }
}
