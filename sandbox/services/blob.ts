// Utilities.newBlob's Blob: bytes with a name and content type.
import type { ExecutionContext } from '../core/execution';
import { toBuffer, toSignedBytes, type ByteInput } from './bytes';
import type { Fake, Internal, ReferencedBlob } from './gasShapes';

/** Blob as Google's reference has it (sandbox/services/gasShapes.ts), with the methods the sandbox itself reads. */
export type BlobFake = Fake<ReferencedBlob> & Internal & {
  getBytes(): number[];
  getName(): string | null;
  getContentType(): string | null;
  copyBlob(): BlobFake;
};

export function createBlob(ctx: ExecutionContext, data: ByteInput, contentType: string | null = null, name: string | null = null): BlobFake {
  let bytes = toBuffer(data);
  let type = contentType ?? (typeof data === 'string' ? 'text/plain' : null);
  let blobName = name;
  const blob: BlobFake = {
    getBytes: () => ctx.toRealm(toSignedBytes(bytes)),
    getDataAsString: (charset?: string) => bytes.toString(charset === 'US_ASCII' ? 'latin1' : 'utf8'),
    setDataFromString: (text: string) => ((bytes = toBuffer(text)), blob),
    setBytes: (next: number[]) => ((bytes = toBuffer(next)), blob),
    getName: () => blobName,
    setName: (next: string) => ((blobName = next), blob),
    getContentType: () => type,
    setContentType: (next: string | null) => ((type = next), blob),
    copyBlob: () => createBlob(ctx, bytes, type, blobName),
    isGoogleType: () => false,
    getAs(target: string) {
      if (target !== type) throw Object.assign(new Error(`Converting from ${type} to ${target} is not supported.`, { cause: { code: 'BLOB_CONVERSION' } }), { name: 'Exception' });
      return blob.copyBlob();
    },
  };
  return blob;
}
