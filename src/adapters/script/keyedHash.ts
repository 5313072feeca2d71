// The lookup index's keyed hash: HMAC-SHA-256 computed in the bundle (@noble/hashes) under a secret made once per
// install and kept in the script properties, so the index never holds an ID or a name a reader could reverse, and
// the daily check's ~120,000 digests cost no service call each (issue 13).
import { hmac } from '@noble/hashes/hmac';
import { sha256 } from '@noble/hashes/sha2';
import type { KeyedHash, KeyValueStore } from '../../ports';
import { utf8Encode } from '../../domain/text/utf8';

/** The script property holding the install's secret (never shown, never logged). */
export const LOOKUP_SECRET_KEY = 'LOOKUP_SECRET';
/** Bytes kept of each signature (32 hex digits): the index uses 20 (a 12-digit tag and 8 for the bucket). */
const DIGEST_BYTES = 16;

function hex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < DIGEST_BYTES; i++) out += bytes[i].toString(16).padStart(2, '0');
  return out;
}

export class HmacKeyedHash implements KeyedHash {
  private secret: Uint8Array | null = null;

  /** Callers hold the script lock: the secret is made by the first execution that needs it, once. */
  constructor(private readonly store: KeyValueStore) {}

  private key(): Uint8Array {
    if (this.secret) return this.secret;
    let secret = this.store.get(LOOKUP_SECRET_KEY);
    if (!secret) {
      // Two version-4 UUIDs: 244 random bits from Google's generator.
      secret = `${Utilities.getUuid()}${Utilities.getUuid()}`.replace(/-/g, '');
      this.store.set(LOOKUP_SECRET_KEY, secret);
    }
    this.secret = utf8Encode(secret);
    return this.secret;
  }

  /** HMAC-SHA-256 of the value's UTF-8 under the secret's UTF-8: the bytes Utilities.computeHmacSha256Signature(value,
   *  secret, Utilities.Charset.UTF_8) returns (Google's as signed bytes), so the indexes written before stay valid. */
  digest(value: string): string {
    return hex(hmac(sha256, this.key(), utf8Encode(value)));
  }
}
