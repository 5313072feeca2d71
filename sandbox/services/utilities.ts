// Utilities fake: formatDate, UUIDs, digests and signatures as signed bytes, base64, blobs, sleep.
import { createHash, createHmac, randomUUID } from 'crypto';
import { Buffer } from 'buffer';
import type { ExecutionContext } from '../core/execution';
import { scriptError } from '../core/execution';
import { createBlob } from './blob';
import { toBuffer, toSignedBytes, type ByteInput } from './bytes';
import { formatDate } from './dateFormat';

export const DigestAlgorithm = { MD2: 'MD2', MD5: 'MD5', SHA_1: 'SHA_1', SHA_256: 'SHA_256', SHA_384: 'SHA_384', SHA_512: 'SHA_512' } as const;
export const MacAlgorithm = { HMAC_MD5: 'HMAC_MD5', HMAC_SHA_1: 'HMAC_SHA_1', HMAC_SHA_256: 'HMAC_SHA_256', HMAC_SHA_384: 'HMAC_SHA_384', HMAC_SHA_512: 'HMAC_SHA_512' } as const;
export const Charset = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' } as const;

const NODE_DIGEST: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };
const MAX_SLEEP_MS = 300_000;

type CharsetName = keyof typeof Charset;

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

export function createUtilities(ctx: ExecutionContext) {
  const digest = (algorithm: string, value: ByteInput, charset?: CharsetName) => {
    const node = NODE_DIGEST[algorithm];
    if (!node) throw scriptError(`Invalid argument: algorithm`, 'DIGEST_ALGORITHM');
    return ctx.toRealm(toSignedBytes(createHash(node).update(toBuffer(value, charset)).digest()));
  };
  const hmac = (algorithm: string, value: ByteInput, key: ByteInput, charset?: CharsetName) => {
    const node = NODE_DIGEST[algorithm.replace(/^HMAC_/, '')];
    if (!node) throw scriptError(`Invalid argument: algorithm`, 'MAC_ALGORITHM');
    return ctx.toRealm(toSignedBytes(createHmac(node, toBuffer(key, charset)).update(toBuffer(value, charset)).digest()));
  };
  return {
    DigestAlgorithm,
    MacAlgorithm,
    Charset,
    formatDate(date: Date, timeZone: string, format: string): string {
      if (!isDate(date)) throw scriptError('Invalid argument: date', 'BAD_DATE');
      return formatDate(date, timeZone, format);
    },
    getUuid: () => randomUUID(),
    sleep(milliseconds: number): void {
      if (milliseconds > MAX_SLEEP_MS) throw scriptError(`Invalid argument: milliseconds`, 'SLEEP_TOO_LONG');
      ctx.wait(milliseconds);
    },
    computeDigest: (algorithm: string, value: ByteInput, charset?: CharsetName) => digest(algorithm, value, charset),
    computeHmacSignature: (algorithm: string, value: ByteInput, key: ByteInput, charset?: CharsetName) => hmac(algorithm, value, key, charset),
    computeHmacSha256Signature: (value: ByteInput, key: ByteInput, charset?: CharsetName) => hmac('HMAC_SHA_256', value, key, charset),
    base64Encode: (data: ByteInput, charset?: CharsetName) => toBuffer(data, charset).toString('base64'),
    base64EncodeWebSafe: (data: ByteInput, charset?: CharsetName) => toBuffer(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_'),
    base64Decode: (encoded: string) => ctx.toRealm(toSignedBytes(Buffer.from(encoded, 'base64'))),
    base64DecodeWebSafe: (encoded: string) => ctx.toRealm(toSignedBytes(Buffer.from(encoded, 'base64url'))),
    newBlob: (data: ByteInput, contentType?: string, name?: string) => createBlob(ctx, data, contentType ?? null, name ?? null),
    jsonStringify: (value: unknown) => JSON.stringify(value),
    jsonParse: (text: string) => ctx.toRealm(JSON.parse(text) as unknown),
  };
}
