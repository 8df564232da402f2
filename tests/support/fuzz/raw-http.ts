// HTTP/1.1 over a real socket, byte for byte: what app.inject cannot send (raw bytes in the request
// target, odd framing, duplicate headers, chunked bodies) reaches Node's parser and then the app.
import net from 'node:net';
import fc from 'fast-check';
import type { FuzzRequest } from './fuzz-requests.ts';

/** What is done to the request on the wire besides its own content. */
export type WireTwist =
  | 'none'
  | 'raw-utf8-target'
  | 'backslashes'
  | 'dot-segments'
  | 'absolute-form'
  | 'chunked'
  | 'bad-chunk'
  | 'te-and-cl'
  | 'duplicate-cl'
  | 'duplicate-headers'
  | 'obs-fold'
  | 'huge-header'
  | 'http10'
  | 'no-host'
  | 'lowercase-method'
  | 'bare-lf';

export const wireTwistArb: fc.Arbitrary<WireTwist> = fc.oneof(
  { weight: 10, arbitrary: fc.constant('none' as const) },
  {
    weight: 8,
    arbitrary: fc.constantFrom<WireTwist>(
      'raw-utf8-target',
      'backslashes',
      'dot-segments',
      'absolute-form',
      'chunked',
      'bad-chunk',
      'te-and-cl',
      'duplicate-cl',
      'duplicate-headers',
      'obs-fold',
      'huge-header',
      'http10',
      'no-host',
      'lowercase-method',
      'bare-lf',
    ),
  },
);

/** The request as bytes, with `auth` headers and one twist of the wire format. */
export function toWire(
  req: FuzzRequest,
  auth: Record<string, string>,
  twist: WireTwist,
  port: number,
): Buffer {
  const body =
    req.body === undefined ? Buffer.alloc(0) : Buffer.isBuffer(req.body) ? req.body : Buffer.from(req.body);
  let target = req.url;
  if (twist === 'raw-utf8-target') target = decodeLoosely(target);
  if (twist === 'backslashes') target = target.replaceAll('/', '\\').replace(/^\\/, '/');
  if (twist === 'dot-segments') target = target.replace('/api/', '/api/./x/../');
  if (twist === 'absolute-form') target = `http://127.0.0.1:${port}${target}`;
  const method = twist === 'lowercase-method' ? req.method.toLowerCase() : req.method;
  const version = twist === 'http10' ? 'HTTP/1.0' : 'HTTP/1.1';
  const lines: string[] = [`${method} ${target} ${version}`, 'Connection: close'];
  if (twist !== 'no-host') lines.push(`Host: 127.0.0.1:${port}`);
  for (const [k, v] of Object.entries({ ...req.headers, ...auth })) lines.push(`${k}: ${v}`);
  if (twist === 'duplicate-headers') {
    lines.push('content-type: text/plain', 'cookie: motcua_session=second', 'x-csrf-token: second');
  }
  if (twist === 'obs-fold') lines.push('x-folded: first', ' continued');
  if (twist === 'huge-header') lines.push(`x-huge: ${'h'.repeat(20_000)}`);
  let payload = body;
  if (twist === 'chunked' || twist === 'bad-chunk' || twist === 'te-and-cl') {
    lines.push('Transfer-Encoding: chunked');
    if (twist === 'te-and-cl') lines.push(`Content-Length: ${body.length}`);
    const size = twist === 'bad-chunk' ? 'zz' : body.length.toString(16);
    payload = Buffer.concat([
      Buffer.from(`${size}\r\n`),
      body,
      Buffer.from(body.length ? '\r\n0\r\n\r\n' : '\r\n\r\n'),
    ]);
  } else {
    lines.push(`Content-Length: ${body.length}`);
    if (twist === 'duplicate-cl') lines.push(`Content-Length: ${body.length + 1}`);
  }
  const eol = twist === 'bare-lf' ? '\n' : '\r\n';
  // Header values may hold bytes 0x80–0xff (obs-text): latin1 writes them as single bytes.
  return Buffer.concat([Buffer.from(`${lines.join(eol)}${eol}${eol}`, 'latin1'), payload]);
}

/** Undoes percent-encoding where it can, so UTF-8 (valid or not) goes raw into the request line. */
function decodeLoosely(target: string): string {
  const bytes = Buffer.from(
    target.replace(/%([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
    'latin1',
  );
  // Spaces, '#' and controls would end or cut the target: they stay encoded.
  let out = '';
  for (const b of bytes)
    out +=
      b <= 0x20 || b === 0x23 || b === 0x7f ? `%${b.toString(16).padStart(2, '0')}` : String.fromCharCode(b);
  return out;
}

export interface WireAnswer {
  status: number | null;
  timedOut: boolean;
  head: string;
}

/** Sends the bytes on a fresh connection and reads the status line of the answer. */
export function sendWire(port: number, bytes: Buffer, timeoutMs = 15_000): Promise<WireAnswer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let done = false;
    const socket = net.connect({ host: '127.0.0.1', port });
    const finish = (timedOut: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      const head = Buffer.concat(chunks).subarray(0, 400).toString('latin1');
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(head);
      resolve({ status: m ? Number(m[1]) : null, timedOut, head: head.split('\r\n')[0] ?? '' });
    };
    const timer = setTimeout(() => finish(true), timeoutMs);
    socket.on('data', (c) => {
      chunks.push(c);
    });
    socket.on('end', () => finish(false));
    socket.on('close', () => finish(false));
    // A reset after the server answered and closed is an ordinary end here.
    socket.on('error', () => finish(false));
    socket.write(bytes);
  });
}
