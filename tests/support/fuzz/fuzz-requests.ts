// Random HTTP requests for one OpenAPI operation: parameters, query strings, headers, bodies and
// encodings, either anything at all ('mixed') or rejected by construction ('rejected').
import fc from 'fast-check';
import {
  brokenJsonText,
  contentTypes,
  deepJson,
  hostileJson,
  hostileQueryValue,
  hostileString,
  oddJsonText,
  pollutionKeys,
  serializeJson,
} from './hostile-values.ts';
import type { Operation, Parameter } from './openapi-operations.ts';
import {
  canViolate,
  type Dictionary,
  valueArb,
  violatingBodyArb,
  violatingParamArb,
} from './schema-arbitrary.ts';

export const personas = ['anonymous', 'reception', 'leader', 'admin'] as const;
export type Persona = (typeof personas)[number];

/** How a signed-in persona presents itself: properly, or with the CSRF token missing or wrong. */
export type Credentials = 'session+csrf' | 'session-only' | 'wrong-csrf' | 'forged-session';

export interface FuzzRequest {
  operation: string;
  persona: Persona;
  credentials: Credentials;
  method: string;
  /** path and query, already encoded (or deliberately mis-encoded) */
  url: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

export const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** UTF-8 percent-encoding that also writes lone surrogates (as the invalid bytes ED A0 80…). */
export function percentEncode(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    // a lone surrogate: encode it as the three bytes a lenient UTF-8 encoder would write
    return s.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\s\S]/g, (ch) => {
      if (ch.length === 2 || !/[\uD800-\uDFFF]/.test(ch)) return encodeURIComponent(ch);
      const cp = ch.charCodeAt(0);
      return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    });
  }
}

/** Encodings of one path segment or query value: proper, raw, half-encoded, invalid, overlong. */
const encodingArb = fc.constantFrom(
  'proper',
  'proper',
  'proper',
  'proper',
  'raw',
  'invalid',
  'overlong',
  'double',
);
function encodeWith(how: string, value: string): string {
  switch (how) {
    case 'raw':
      // Only what would break the request line itself is escaped.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it escapes
      return value.replace(/[\s#?\u0000-\u001f\u007f-\uffff]+/g, percentEncode);
    case 'invalid':
      return `${percentEncode(value)}%${value.length % 2 ? 'zz' : 'E0%A4'}`;
    case 'overlong':
      return `%C0%AF${percentEncode(value)}%C0%80`;
    case 'double':
      return percentEncode(percentEncode(value));
    default:
      return percentEncode(value);
  }
}

const paramValueArb = (p: Parameter, dict: Dictionary, hostile: number): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 10 - hostile, arbitrary: valueArb(p.schema, dict, 'valid', p.name).map(asParamText) },
    { weight: hostile, arbitrary: hostileQueryValue },
  );
const asParamText = (v: unknown) => (typeof v === 'string' ? v : (serializeJson(v) ?? ''));

function pathOf(op: Operation, values: Record<string, string>): string {
  return op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => values[name] ?? '');
}

/** Query pairs: the operation's own parameters plus unknown, duplicated and polluting ones. */
function queryArb(op: Operation, dict: Dictionary): fc.Arbitrary<string> {
  const own = op.query.map((p) =>
    fc.tuple(
      fc.constant(p.name),
      p.required ? fc.constant(true) : fc.boolean(),
      paramValueArb(p, dict, 2),
      encodingArb,
    ),
  );
  const extra = fc.array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom(
          ...op.query.map((p) => p.name),
          ...pollutionKeys,
          '__proto__[isAdmin]',
          'a[b][c]',
          'constructor.prototype.x',
          '',
        ),
        hostileString,
      ),
      hostileQueryValue,
      encodingArb,
    ),
    { maxLength: 3 },
  );
  const huge = fc.oneof(
    { weight: 30, arbitrary: fc.constant('') },
    { weight: 1, arbitrary: fc.integer({ min: 100, max: 6000 }).map((n) => 'a=1&'.repeat(n)) },
  );
  return fc.tuple(fc.tuple(...own), extra, huge).map(([pairs, more, tail]) => {
    const parts = pairs
      .filter(([, present]) => present)
      .map(([k, , v, how]) => `${percentEncode(k)}=${encodeWith(how, v)}`);
    for (const [k, v, how] of more) parts.push(`${encodeWith(how, k)}=${encodeWith(how, v)}`);
    const q = tail + parts.join('&');
    return q ? `?${q}` : '';
  });
}

export const multipartBody = (boundary: string, name: string, filename: string, content: Buffer) =>
  Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);

const magicBytes = [
  Buffer.from('%PDF-1.4\n%%EOF\n'),
  Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'),
  Buffer.from('ffd8ffe0', 'hex'),
  Buffer.from('504b0304', 'hex'),
  Buffer.alloc(0),
];

/** Bodies of every kind: schema-shaped, mutated, random JSON, broken JSON, bytes, multipart, huge, deep. */
type BodyChoice = { body?: string | Buffer; type?: string };

function bodyArb(op: Operation, dict: Dictionary): fc.Arbitrary<BodyChoice> {
  const json = (v: unknown): BodyChoice => ({ body: serializeJson(v), type: 'application/json' });
  const kinds: fc.WeightedArbitrary<BodyChoice>[] = [
    { weight: 6, arbitrary: hostileJson.map(json) },
    { weight: 2, arbitrary: brokenJsonText.map((body) => ({ body, type: 'application/json' })) },
    { weight: 2, arbitrary: oddJsonText.map((body) => ({ body, type: 'application/json' })) },
    { weight: 2, arbitrary: fc.constant<BodyChoice>({}) },
    {
      weight: 2,
      arbitrary: fc
        .uint8Array({ maxLength: 300 })
        .map((b) => ({ body: Buffer.from(b), type: 'application/json' })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.constantFrom('file', 'files', '', '__proto__'),
          fc.oneof(
            hostileString.filter((s) => s.length < 300),
            fc.constant('scan.pdf'),
          ),
          fc.constantFrom(...magicBytes),
          fc.uint8Array({ maxLength: 200 }),
          fc.constantFrom('b0undary', '', 'x'.repeat(80)),
        )
        .map(([name, filename, magic, rest, boundary]) => ({
          body: multipartBody(
            boundary,
            name,
            filename.replace(/["\r\n]/g, '_'),
            Buffer.concat([magic, rest]),
          ),
          type: `multipart/form-data; boundary=${boundary}`,
        })),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(
          deepJson(5000, '[', ']'),
          deepJson(5000, '{"a":', '}'),
          deepJson(200, '{"applicant":', '}'),
          `{"s":"${'ạ'.repeat(300_000)}"}`,
          `[${'1,'.repeat(200_000)}1]`,
          `{"x":"${'y'.repeat(1_100_000)}"}`,
        )
        .map((body) => ({ body, type: 'application/json' })),
    },
  ];
  if (op.body) {
    kinds.push({ weight: 16, arbitrary: valueArb(op.body, dict, 'valid').map(json) });
    kinds.push({ weight: 12, arbitrary: valueArb(op.body, dict, 'mutated').map(json) });
  }
  return fc.oneof(...kinds);
}

const personaArb = fc.constantFrom(...personas);
const credentialsArb: fc.Arbitrary<Credentials> = fc.oneof(
  { weight: 12, arbitrary: fc.constant('session+csrf' as const) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('session-only' as const, 'wrong-csrf' as const, 'forged-session' as const),
  },
);

/** Headers besides the body's content type and the credentials. */
const extraHeadersArb: fc.Arbitrary<Record<string, string>> = fc
  .record(
    {
      accept: fc.constantFrom(
        'application/json',
        'application/problem+json',
        'text/html',
        '*/*',
        'image/*;q=0',
        '',
        'application/pdf',
      ),
      'accept-language': fc.oneof(fc.constantFrom('vi', 'en', 'vi-VN,vi;q=0.9', '*'), hostileString),
      'accept-encoding': fc.constantFrom('gzip', 'br', 'deflate, gzip;q=0', 'identity;q=0', 'zstd'),
      'x-forwarded-for': fc.constantFrom('1.2.3.4', '::1', 'unknown', '1.1.1.1, 2.2.2.2', '999.999.999.999'),
      'content-encoding': fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'chunked'),
      'user-agent': hostileString,
      origin: fc.constantFrom('http://evil.example', 'null'),
      'x-http-method-override': fc.constantFrom('DELETE', 'PUT'),
      'if-none-match': fc.constantFrom('*', 'W/"x"'),
      range: fc.constantFrom('bytes=0-0', 'bytes=-1', 'bytes=999999999-'),
    },
    { requiredKeys: [] },
  )
  // What the HTTP grammar forbids in a header value cannot be sent at all.
  .map((h) =>
    Object.fromEntries(Object.entries(h).map(([k, v]) => [k, v.replace(/[^\t\x20-\x7e\x80-\xff]/g, '?')])),
  );

const otherMethods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

/** Anything at all for this operation: mostly its own shape, often hostile. */
export function mixedRequestArb(op: Operation, dict: Dictionary): fc.Arbitrary<FuzzRequest> {
  const params = fc.tuple(
    ...op.params.map((p) => fc.tuple(fc.constant(p.name), paramValueArb(p, dict, 2), encodingArb)),
  );
  const hasBody = op.body !== undefined || !SAFE_METHODS.has(op.method);
  return fc
    .record({
      persona: personaArb,
      credentials: credentialsArb,
      method: fc.oneof({ weight: 15, arbitrary: fc.constant(op.method) }, fc.constantFrom(...otherMethods)),
      params,
      query: queryArb(op, dict),
      body: hasBody
        ? bodyArb(op, dict)
        : fc.oneof({ weight: 9, arbitrary: fc.constant<BodyChoice>({}) }, bodyArb(op, dict)),
      contentType: fc.oneof(
        { weight: 6, arbitrary: fc.constant(undefined) },
        fc.constantFrom(...contentTypes),
      ),
      headers: extraHeadersArb,
    })
    .map((r) => {
      const values = Object.fromEntries(r.params.map(([k, v, how]) => [k, encodeWith(how, v)]));
      const type = r.contentType ?? r.body.type;
      return {
        operation: `${op.method} ${op.path}`,
        persona: r.persona,
        credentials: r.credentials,
        method: r.method,
        url: pathOf(op, values) + r.query,
        headers: {
          ...r.headers,
          ...(type !== undefined && r.body.body !== undefined ? { 'content-type': type } : {}),
        },
        ...(r.body.body !== undefined ? { body: r.body.body } : {}),
      };
    });
}

/**
 * Requests that must be answered 4xx before any handler runs: a parameter or body the schema
 * refuses, JSON that does not parse, a media type nobody reads, or a method the path lacks.
 */
export function rejectedRequestArb(
  op: Operation,
  dict: Dictionary,
  allMethodsOf: (path: string) => string[],
): fc.Arbitrary<FuzzRequest> {
  const ways: fc.Arbitrary<{
    params?: Record<string, string>;
    query?: string;
    body?: string | Buffer;
    type?: string;
    method?: string;
  }>[] = [];
  const validParams = fc.tuple(
    ...op.params.map((p) =>
      fc.tuple(fc.constant(p.name), valueArb(p.schema, dict, 'valid', p.name).map(asParamText)),
    ),
  );
  for (const p of op.params.filter((p) => canViolate(p.schema)))
    ways.push(
      fc
        .tuple(validParams, violatingParamArb(p.schema))
        .map(([ps, bad]) => ({ params: { ...Object.fromEntries(ps), [p.name]: bad } })),
    );
  for (const p of op.query.filter((p) => canViolate(p.schema)))
    ways.push(violatingParamArb(p.schema).map((bad) => ({ query: `${p.name}=${percentEncode(bad)}` })));
  if (op.body)
    ways.push(
      violatingBodyArb(op.body, dict).map((v) => ({ body: serializeJson(v), type: 'application/json' })),
    );
  if (!SAFE_METHODS.has(op.method)) {
    ways.push(brokenJsonText.map((body) => ({ body, type: 'application/json' })));
    ways.push(
      fc
        .tuple(
          fc.constantFrom('application/xml', 'text/csv', 'application/x-www-form-urlencoded', 'image/png'),
          hostileJson,
        )
        .map(([type, v]) => ({ body: serializeJson(v), type })),
    );
  }
  const missing = otherMethods.filter(
    (m) => !allMethodsOf(op.path).includes(m) && m !== 'HEAD' && m !== 'OPTIONS',
  );
  if (missing.length) ways.push(fc.constantFrom(...missing).map((method) => ({ method })));
  return fc
    .record({
      persona: personaArb,
      credentials: credentialsArb,
      way: fc.oneof(...ways),
      params: validParams,
      headers: extraHeadersArb,
    })
    .map(({ persona, credentials, way, params, headers }) => {
      const values = Object.fromEntries(
        Object.entries(way.params ?? Object.fromEntries(params)).map(([k, v]) => [k, percentEncode(v)]),
      );
      return {
        operation: `${op.method} ${op.path}`,
        persona,
        credentials,
        method: way.method ?? op.method,
        url: pathOf(op, values) + (way.query ? `?${way.query}` : ''),
        headers: { ...headers, ...(way.type ? { 'content-type': way.type } : {}) },
        ...(way.body !== undefined ? { body: way.body } : {}),
      };
    });
}
