// Utilities fake: formatDate, UUIDs, digests and signatures as signed bytes, base64, blobs, sleep.
import { createHash, createHmac, randomUUID } from 'crypto';
import { Buffer } from 'buffer';
import type { ExecutionContext } from '../core/execution';
import type { Fake } from './gasShapes';
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

/** Java's names for the argument types, as Apps Script's "parameters (...) don't match" message shows them. */
function typeName(value: unknown): string {
  if (Array.isArray(value)) return 'number[]';
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return 'String';
  return typeof value;
}

function mismatch(method: string, args: unknown[]): Error {
  return scriptError(`The parameters (${args.map(typeName).join(',')}) don't match the method signature for Utilities.${method}.`, 'BAD_ARGUMENT');
}

/** A string in a charset as Java encodes it: US-ASCII turns each character outside it into '?'. */
function encode(text: string, charset: CharsetName): Buffer {
  if (charset === 'UTF_8') return Buffer.from(text, 'utf8');
  return Buffer.from(Array.from(text, (ch) => (ch.codePointAt(0)! < 128 ? ch.codePointAt(0)! : 0x3f)));
}

/** A script's byte[]: every element must convert to a number, as Apps Script's bridge to Java requires. */
function bytesOf(values: unknown[]): Buffer {
  return Buffer.from(values.map((v) => {
    const n = typeof v === 'number' ? v : Number.NaN;
    if (!Number.isFinite(n)) throw scriptError(`Cannot convert ${String(v)} to byte.`, 'BAD_ARGUMENT');
    return n & 0xff;
  }));
}

/**
 * Apps Script's overloads for digests and signatures: all strings with an optional charset (a string with
 * none is encoded US-ASCII, gas-fakes testutilities.js, live-validated), or all byte arrays with no charset.
 */
function signedData(method: string, enumArgs: number, enumValues: readonly string[], args: unknown[]): Buffer[] {
  const data = args.slice(enumArgs, args.length);
  const enums = args.slice(0, enumArgs);
  if (enums.some((e) => typeof e !== 'string' || !enumValues.includes(e))) throw mismatch(method, args);
  const dataCount = method === 'computeDigest' ? 1 : 2;
  const values = data.slice(0, dataCount);
  const rest = data.slice(dataCount);
  if (values.length !== dataCount || rest.length > 1) throw mismatch(method, args);
  const charset = rest[0];
  if (values.every((v) => typeof v === 'string')) {
    if (charset !== undefined && !(typeof charset === 'string' && charset in Charset)) throw mismatch(method, args);
    return values.map((v) => encode(v as string, (charset as CharsetName | undefined) ?? 'US_ASCII'));
  }
  if (values.every((v) => Array.isArray(v)) && charset === undefined) return values.map((v) => bytesOf(v as unknown[]));
  throw mismatch(method, args);
}

/** Utilities as Google's reference has it (sandbox/services/gasShapes.ts); the methods named take a Charset by name. */
export function createUtilities(ctx: ExecutionContext): Fake<GoogleAppsScript.Utilities.Utilities, 'base64Encode' | 'base64EncodeWebSafe'> {
  const digest = (args: unknown[]) => {
    const [value] = signedData('computeDigest', 1, Object.keys(DigestAlgorithm), args);
    const node = NODE_DIGEST[args[0] as string];
    if (!node) throw scriptError('Invalid argument: algorithm', 'DIGEST_ALGORITHM');
    return ctx.toRealm(toSignedBytes(createHash(node).update(value).digest()));
  };
  /** computeHmacSignature(algorithm, value, key[, charset]); the Sha256 shorthand has no algorithm argument. */
  const hmac = (method: string, args: unknown[], fixed?: string) => {
    const [value, key] = signedData(method, fixed ? 0 : 1, Object.keys(MacAlgorithm), args);
    const name = fixed ?? String(args[0]);
    return ctx.toRealm(toSignedBytes(createHmac(NODE_DIGEST[name.replace(/^HMAC_/, '')], key).update(value).digest()));
  };
  /** Every method is a call to Google's Utilities service: it goes through ctx.call, priced by the cost table's
   *  `Utilities.*` (docs/sandbox.md, "Utilities priced"); its arguments are checked after, as a refused call costs too. */
  const priced = <A extends unknown[], R>(method: string, body: (...args: A) => R) => (...args: A): R => {
    ctx.call(`Utilities.${method}`);
    return body(...args);
  };
  return {
    DigestAlgorithm,
    MacAlgorithm,
    Charset,
    formatDate: priced('formatDate', (date: Date, timeZone: string, format: string): string => {
      if (!isDate(date)) throw scriptError('Invalid argument: date', 'BAD_DATE');
      return formatDate(date, timeZone, format);
    }),
    getUuid: priced('getUuid', (): string => randomUUID()),
    sleep: priced('sleep', (milliseconds: number): void => {
      if (milliseconds > MAX_SLEEP_MS) throw scriptError(`Invalid argument: milliseconds`, 'SLEEP_TOO_LONG');
      ctx.wait(milliseconds);
    }),
    computeDigest: priced('computeDigest', (...args: unknown[]) => digest(args)),
    computeHmacSignature: priced('computeHmacSignature', (...args: unknown[]) => hmac('computeHmacSignature', args)),
    computeHmacSha256Signature: priced('computeHmacSha256Signature', (...args: unknown[]) => hmac('computeHmacSha256Signature', args, 'HMAC_SHA_256')),
    base64Encode: priced('base64Encode', (data: ByteInput, charset?: CharsetName): string => toBuffer(data, charset).toString('base64')),
    base64EncodeWebSafe: priced('base64EncodeWebSafe', (data: ByteInput, charset?: CharsetName): string => toBuffer(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_')),
    base64Decode: priced('base64Decode', (encoded: string) => ctx.toRealm(toSignedBytes(Buffer.from(encoded, 'base64')))),
    base64DecodeWebSafe: priced('base64DecodeWebSafe', (encoded: string) => ctx.toRealm(toSignedBytes(Buffer.from(encoded, 'base64url')))),
    newBlob: priced('newBlob', (data: ByteInput, contentType?: string, name?: string) => createBlob(ctx, data, contentType ?? null, name ?? null)),
    jsonStringify: priced('jsonStringify', (value: unknown): string => JSON.stringify(value)),
    jsonParse: priced('jsonParse', (text: string) => ctx.toRealm(JSON.parse(text) as unknown)),
  };
}
