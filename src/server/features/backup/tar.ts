// A small POSIX ustar writer and reader, enough for motcua's backup archives (regular files only),
// so that a backup opens with any `tar` and needs no dependency. Sizes past ustar's 8 GiB use the
// GNU base-256 form, which GNU tar and bsdtar read.
import type { Writable } from 'node:stream';

const BLOCK = 512;
const MAX_OCTAL_SIZE = 0o77777777777;

function writeString(header: Buffer, offset: number, length: number, value: string): void {
  const bytes = Buffer.from(value, 'utf8');
  if (bytes.length > length) throw new Error(`tar: "${value}" is longer than ${length} bytes`);
  bytes.copy(header, offset);
}

function writeOctal(header: Buffer, offset: number, length: number, value: number): void {
  writeString(header, offset, length, `${value.toString(8).padStart(length - 1, '0')}\0`);
}

function writeSize(header: Buffer, size: number): void {
  if (size <= MAX_OCTAL_SIZE) {
    writeOctal(header, 124, 12, size);
    return;
  }
  // GNU base-256: high bit set, big-endian binary in the remaining bytes.
  let rest = BigInt(size);
  for (let i = 135; i > 124; i--) {
    header[i] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  header[124] = 0x80;
}

export function tarHeader(name: string, size: number, mtime = new Date()): Buffer {
  const header = Buffer.alloc(BLOCK);
  writeString(header, 0, 100, name);
  writeOctal(header, 100, 8, 0o644);
  writeOctal(header, 108, 8, 0);
  writeOctal(header, 116, 8, 0);
  writeSize(header, size);
  writeOctal(header, 136, 12, Math.floor(mtime.getTime() / 1000));
  header.fill(0x20, 148, 156); // the checksum counts its own field as spaces
  header[156] = 0x30; // '0': a regular file
  writeString(header, 257, 6, 'ustar\0');
  writeString(header, 263, 2, '00');
  let sum = 0;
  for (const byte of header) sum += byte;
  writeString(header, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return header;
}

function padding(size: number): Buffer {
  return Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);
}

async function write(out: Writable, chunk: Buffer): Promise<void> {
  if (!out.write(chunk)) {
    await new Promise<void>((resolve, reject) => {
      const onError = (error: Error) => {
        out.off('drain', onDrain);
        reject(error);
      };
      const onDrain = () => {
        out.off('error', onError);
        resolve();
      };
      out.once('drain', onDrain);
      out.once('error', onError);
    });
  }
}

/** Writes entries to `out` in order; the caller ends the archive with `finish()`. */
export class TarWriter {
  constructor(private readonly out: Writable) {}

  /** One entry whose body yields exactly `size` bytes. */
  async add(name: string, size: number, body: AsyncIterable<Buffer> | Buffer): Promise<void> {
    await write(this.out, tarHeader(name, size));
    let written = 0;
    for await (const chunk of Buffer.isBuffer(body) ? [body] : body) {
      written += chunk.length;
      if (written > size) throw new Error(`tar: ${name} grew while it was archived`);
      await write(this.out, chunk);
    }
    if (written !== size) throw new Error(`tar: ${name} has ${written} bytes, ${size} expected`);
    await write(this.out, padding(size));
  }

  async finish(): Promise<void> {
    await write(this.out, Buffer.alloc(BLOCK * 2));
  }
}

export interface TarEntry {
  name: string;
  /** '0' for a regular file; anything else (links, folders, devices) is reported as it is. */
  type: string;
  size: number;
  /** Must be read to its end (or not at all) before the next entry is asked for. */
  body: AsyncIterable<Buffer>;
}

function readString(header: Buffer, offset: number, length: number): string {
  const field = header.subarray(offset, offset + length);
  const end = field.indexOf(0);
  return field.subarray(0, end < 0 ? length : end).toString('utf8');
}

function readSize(header: Buffer): number {
  if ((header[124] ?? 0) & 0x80) {
    let size = 0n;
    for (let i = 125; i < 136; i++) size = (size << 8n) | BigInt(header[i] ?? 0);
    return Number(size);
  }
  const text = readString(header, 124, 12).trim();
  if (!/^[0-7]*$/.test(text)) throw new Error('tar: a header has a broken size');
  return text ? Number.parseInt(text, 8) : 0;
}

function checksumOk(header: Buffer): boolean {
  const stored = Number.parseInt(readString(header, 148, 8).trim(), 8);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (header[i] ?? 0);
  return stored === sum;
}

/** Reads exact byte counts from a stream of chunks. */
class ByteReader {
  private buffered: Buffer[] = [];
  private length = 0;
  private done = false;
  constructor(private readonly source: AsyncIterator<Buffer>) {}

  private async fill(n: number): Promise<boolean> {
    while (this.length < n && !this.done) {
      const next = await this.source.next();
      if (next.done) this.done = true;
      else {
        this.buffered.push(next.value);
        this.length += next.value.length;
      }
    }
    return this.length >= n;
  }

  /** Up to `max` bytes, at least one unless the stream ended. */
  async some(max: number): Promise<Buffer> {
    await this.fill(1);
    const head = this.buffered[0];
    if (!head) throw new Error('tar: the archive ends in the middle of an entry');
    if (head.length <= max) {
      this.buffered.shift();
      this.length -= head.length;
      return head;
    }
    this.buffered[0] = head.subarray(max);
    this.length -= max;
    return head.subarray(0, max);
  }

  async exactly(n: number): Promise<Buffer | undefined> {
    if (!(await this.fill(n))) return this.length === 0 ? undefined : Promise.reject(truncated());
    const parts: Buffer[] = [];
    let need = n;
    while (need > 0) {
      const part = await this.some(need);
      parts.push(part);
      need -= part.length;
    }
    return Buffer.concat(parts);
  }
}

const truncated = () => new Error('tar: the archive is cut short');

/** The entries of an uncompressed tar stream, one at a time. */
export async function* readTar(source: AsyncIterable<Buffer>): AsyncGenerator<TarEntry> {
  const reader = new ByteReader(source[Symbol.asyncIterator]());
  for (;;) {
    const header = await reader.exactly(BLOCK);
    if (!header) throw truncated();
    if (header.every((b) => b === 0)) return; // the end-of-archive blocks
    if (!checksumOk(header)) throw new Error('tar: a header checksum is wrong (not a tar file, or damaged)');
    const prefix = readString(header, 345, 155);
    const base = readString(header, 0, 100);
    const name = prefix ? `${prefix}/${base}` : base;
    const size = readSize(header);
    const type = readString(header, 156, 1) || '0';
    let remaining = size;
    const body = (async function* () {
      while (remaining > 0) {
        const chunk = await reader.some(remaining);
        remaining -= chunk.length;
        yield chunk;
      }
    })();
    yield { name, type, size, body };
    // Skip whatever the consumer left unread, then the padding.
    while (remaining > 0) remaining -= (await reader.some(remaining)).length;
    const pad = (BLOCK - (size % BLOCK)) % BLOCK;
    if (pad > 0 && !(await reader.exactly(pad))) throw truncated();
  }
}
