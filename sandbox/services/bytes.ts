// Apps Script hands bytes to scripts as arrays of SIGNED numbers (-128..127), like Java's byte[].
import { Buffer } from 'buffer';

export type ByteInput = string | number[] | Uint8Array;

export function toSignedBytes(buffer: Uint8Array): number[] {
  return Array.from(buffer, (b) => (b > 127 ? b - 256 : b));
}

/** Strings are encoded as UTF-8 (Apps Script's default charset); byte arrays may be signed. */
export function toBuffer(input: ByteInput, charset: 'UTF_8' | 'US_ASCII' = 'UTF_8'): Buffer {
  if (typeof input === 'string') return Buffer.from(input, charset === 'US_ASCII' ? 'latin1' : 'utf8');
  return Buffer.from(Array.from(input, (b) => b & 0xff));
}
