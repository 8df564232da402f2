// Hostile building blocks for the HTTP fuzzer: strings, numbers, keys, raw JSON texts and bytes
// that have broken parsers, validators and databases elsewhere.
import fc from 'fast-check';

/** A JSON number token that JavaScript cannot hold exactly; `serializeJson` writes it verbatim. */
export const RAW_NUMBER = '\u0000raw-number:';
export const rawNumber = (token: string) => `${RAW_NUMBER}${token}`;

/** JSON.stringify, then raw number tokens put back unquoted (1e999, 30-digit integers…). */
export function serializeJson(value: unknown): string {
  const text = JSON.stringify(value) ?? 'null';
  return text.replace(/"\\u0000raw-number:([^"]*)"/g, (_m, token: string) => token);
}

export const pollutionKeys = [
  '__proto__',
  'constructor',
  'prototype',
  '__defineGetter__',
  'hasOwnProperty',
  'toString',
  'valueOf',
  'isAdmin',
];

const hostileStringConstants = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800', // lone high surrogate
  '\uDC00x', // lone low surrogate
  '\uDBFF\uDBFF',
  '\u202Egnp.exe', // right-to-left override
  '\u200B\u200C\u200D\uFEFF', // zero-width characters and a BOM
  'Nguye\u0302\u0303n Thi\u0323 Hu\u031Bo\u031Bng', // Vietnamese in decomposed (NFD) form
  'Nguyễn Thị Hương',
  'Ǹ̷̡̛̤̠̭̼͊̏̄̑͝g̸̨̛̤̹̝̍̎̌͊ư̵̧̧̼̮̈͛͑͂̇ỡ̴̡̛̮̹̎̂̆͝i̶',
  '𝕳𝖊𝖑𝖑𝖔 👨‍👩‍👧‍👦 🏳️‍🌈',
  "' OR 1=1 --",
  "'; drop table dossiers; --",
  '%',
  '%zz',
  '%00',
  '\\',
  '../../../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, on purpose
  '${7*7}{{7*7}}<%= 7*7 %>',
  '<script>alert(1)</script>',
  '\r\nSet-Cookie: x=1',
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '0x1F',
  '1e400',
  '1_000',
  ' 12 ',
  'true',
  'null',
  'undefined',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  '2026-02-30',
  '0000-00-00',
  '9999-12-31T23:59:59.999999999+23:59',
  '2026-13-01T00:00:00Z',
  '000.00.24.H45-261126-0001',
  '000.00.24.H45-999999-999999999',
];

/** Strings no form should ever be afraid of. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...hostileStringConstants) },
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme-composite', maxLength: 40 }) },
  {
    weight: 2,
    // Any UTF-16 code unit, lone surrogates included.
    arbitrary: fc
      .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 20 })
      .map((units) => String.fromCharCode(...units)),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('a', 'ệ', '\u0000', '9', '%', '𝕳', 'e\u0301'),
        fc.integer({ min: 201, max: 70_000 }),
      )
      .map(([s, n]) => s.repeat(n)),
  },
);

const numberConstants = [
  0,
  -0,
  -1,
  0.5,
  1.5,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  -Number.MAX_SAFE_INTEGER - 2,
  2 ** 31,
  2 ** 31 - 1,
  -(2 ** 31),
  2 ** 32,
  2 ** 53,
  2 ** 64,
  1e21,
];
const rawNumberTokens = [
  '1e999',
  '-1e999',
  '1e-999',
  '123456789012345678901234567890',
  '-123456789012345678901234567890',
  '1.0000000000000000000000001',
  '-0.0',
  '0e0',
  '1E+2',
  '2147483648',
];

/** Numbers at and beyond every boundary; some as raw tokens JSON.parse turns into Infinity or 0. */
export const hostileNumber: fc.Arbitrary<number | string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...numberConstants) },
  { weight: 2, arbitrary: fc.constantFrom(...rawNumberTokens).map(rawNumber) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.integer() },
);

/** Values for a query string or path segment, before any encoding. */
export const hostileQueryValue: fc.Arbitrary<string> = fc.oneof(
  hostileString,
  fc.constantFrom(...numberConstants.map(String), ...rawNumberTokens),
);

/** Any JSON value, deeply nested and with hostile leaves and keys. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    hostileNumber,
    hostileString,
    fc.array(tie('value'), { maxLength: 5 }),
    fc
      .array(fc.tuple(fc.oneof(fc.constantFrom(...pollutionKeys), hostileString), tie('value')), {
        maxLength: 5,
      })
      .map(objectFromEntries),
  ),
})).value;

/** An object with own enumerable properties for every entry, even `__proto__`. */
export function objectFromEntries(entries: [string, unknown][]): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const [k, v] of entries)
    Object.defineProperty(o, k, { value: v, enumerable: true, configurable: true, writable: true });
  return o;
}

/** A JSON text of nesting depth n: parsers and validators that recurse may overflow their stack. */
export const deepJson = (depth: number, open: string, close: string, leaf = '1') =>
  `${open.repeat(depth)}${leaf}${close.repeat(depth)}`;

/** Whether Fastify's JSON parser (which drops a leading byte order mark) would read the text. */
function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text.replace(/^\uFEFF/, ''));
    return true;
  } catch {
    return false;
  }
}

/** Texts that are not JSON: truncated, lenient-parser syntax, raw control characters. */
export const brokenJsonText: fc.Arbitrary<string> = fc
  .oneof(
    fc.constantFrom(
      '{',
      '}',
      '{"a":}',
      '{"a":1,}',
      "{'a':1}",
      '{a:1}',
      '[1,2',
      'NaN',
      '{"version": NaN}',
      '{"version": Infinity}',
      '{"version": 0x10}',
      '{"version": 01}',
      '{"version": .5}',
      '{"version": +1}',
      '{"a":"\\u00"}',
      '{"a":"\u0000"}',
      '/* comment */ {}',
      '{"a":1} {"b":2}',
      '{"a":1}garbage',
      'undefined',
      '\u0000',
      'x'.repeat(5000),
    ),
    fc.string({ unit: 'binary', maxLength: 50 }).map((s) => `{${s}`),
    fc.jsonValue().map((v) => (JSON.stringify(v) ?? 'null').slice(0, -1)),
  )
  .filter((text) => !parsesAsJson(text));

/** JSON that only some parsers read the same way: a byte order mark, lone surrogates, duplicate keys. */
export const oddJsonText: fc.Arbitrary<string> = fc.constantFrom(
  '\uFEFF{}',
  '{"a":"\\ud800"}',
  '{"version":1,"version":"x"}',
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"isAdmin":true}}}',
  '{"a":"\\u0000"}',
  '  \n\t{}  ',
  '1e999',
  '"just a string"',
);

/** Content types, right, wrong and odd. */
export const contentTypes = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=UTF-8',
  'application/json; charset=utf-16le',
  'application/json; charset=latin1',
  'application/json; charset=nope',
  'application/json;;;',
  'Application/JSON',
  'application/vnd.api+json',
  'application/problem+json',
  'application/json, text/plain',
  'text/json',
  'text/plain',
  'text/plain; charset=utf-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'multipart/form-data; boundary=',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/octet-stream',
  '*/*',
  'json',
  '',
  ';',
  'application/json\u0000',
];
