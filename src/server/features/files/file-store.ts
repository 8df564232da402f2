// Content-addressed storage of uploads under the data folder: files/ab/cd/<sha256>. The bytes are
// streamed to a temporary file while hashed and sniffed, then moved into place; the same content is
// stored once however often it is uploaded.
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type AcceptedType, sniffType } from './sniff-type.ts';

export class FileTooLargeError extends Error {}
export class UnsupportedTypeError extends Error {}

const HEAD_BYTES = 65_536;

export function blobPath(root: string, sha256: string): string {
  return path.join(root, 'files', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

export interface StoredBlob {
  sha256: string;
  size: number;
  mediaType: AcceptedType;
}

export async function storeStream(
  root: string,
  source: NodeJS.ReadableStream,
  maxBytes: number,
): Promise<StoredBlob> {
  const tmpDir = path.join(root, 'files', 'tmp');
  fs.mkdirSync(tmpDir, { recursive: true });
  const tmp = path.join(tmpDir, randomUUID());
  const hash = createHash('sha256');
  let size = 0;
  const headChunks: Buffer[] = [];
  let headSize = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > maxBytes) return done(new FileTooLargeError(`larger than ${maxBytes} bytes`));
      if (headSize < HEAD_BYTES) {
        headChunks.push(chunk);
        headSize += chunk.length;
      }
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(source, meter, fs.createWriteStream(tmp, { mode: 0o600 }));
    // A multipart stream cut at the limit ends without an error of its own.
    if ((source as { truncated?: boolean }).truncated)
      throw new FileTooLargeError(`larger than ${maxBytes} bytes`);
    const mediaType = sniffType(Buffer.concat(headChunks).subarray(0, HEAD_BYTES));
    if (!mediaType) throw new UnsupportedTypeError('not a PDF, JPEG, PNG, WebP, HEIC or DOCX file');
    if (size === 0) throw new UnsupportedTypeError('the file is empty');
    const sha256 = hash.digest('hex');
    const target = blobPath(root, sha256);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.renameSync(tmp, target);
    return { sha256, size, mediaType };
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}
