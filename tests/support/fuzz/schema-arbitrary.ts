// fast-check arbitraries from JSON schemas: values that conform (leaning on known ids and codes so
// requests reach the handlers), values with hostile mutations, and values that violate the schema
// by construction (for requests that must be rejected).
import fc from 'fast-check';
import {
  hostileJson,
  hostileNumber,
  hostileQueryValue,
  hostileString,
  objectFromEntries,
  pollutionKeys,
} from './hostile-values.ts';
import type { JsonSchema } from './openapi-operations.ts';

/** Real values by field name (unitId → the demo units' ids…), so valid requests find real rows. */
export type Dictionary = Record<string, readonly (string | number)[]>;

export type Mode = 'valid' | 'mutated';

const typesOf = (s: JsonSchema): string[] =>
  Array.isArray(s.type) ? s.type : s.type ? [s.type] : s.enum || s.const !== undefined ? [] : [];

function known(dict: Dictionary, name: string | undefined, kind: 'number' | 'string') {
  if (!name) return [];
  const values = dict[name] ?? dict[name.toLowerCase()] ?? [];
  return values.filter((v) => typeof v === kind);
}

function numberArb(s: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : -1e9);
  const max = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - 1 : 1e9);
  if (integer) return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

function stringArb(s: JsonSchema): fc.Arbitrary<string> {
  const minLength = s.minLength ?? 0;
  const maxLength = Math.min(s.maxLength ?? 60, 300);
  if (s.format === 'uuid') return fc.uuid();
  if (s.format === 'email') return fc.emailAddress();
  if (s.format === 'date-time')
    return fc
      .date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString());
  if (s.pattern) {
    try {
      const re = new RegExp(s.pattern);
      return fc
        .stringMatching(re, { size: 'small' })
        .filter((v) => v.length >= minLength && v.length <= maxLength);
    } catch {
      // a pattern JavaScript cannot read: fall through to plain text
    }
  }
  return fc.oneof(
    fc.string({ minLength, maxLength: Math.min(maxLength, 40) }),
    fc.string({ unit: 'grapheme', minLength, maxLength: Math.min(maxLength, 40) }),
    fc
      .constantFrom('Nguyễn Thị Hương', 'Đơn đề nghị cấp lại giấy khai sinh', 'Xã Thạch Kiệt')
      .filter((v) => v.length >= minLength && v.length <= maxLength),
  );
}

/**
 * A value for `schema`. In 'mutated' mode any leaf may turn hostile (boundary numbers, odd unicode,
 * wrong types) and objects may lose required fields or gain prototype-pollution keys.
 */
export function valueArb(
  schema: JsonSchema,
  dict: Dictionary,
  mode: Mode,
  name?: string,
  depth = 0,
): fc.Arbitrary<unknown> {
  const plain = plainArb(schema, dict, mode, name, depth);
  if (mode === 'valid') return plain;
  return fc.oneof(
    { weight: 6, arbitrary: plain },
    { weight: 1, arbitrary: hostileLeaf(schema) },
    { weight: 1, arbitrary: hostileJson },
  );
}

/** Hostile values of the schema's own kind: strings stay strings, numbers stay numbers. */
function hostileLeaf(schema: JsonSchema): fc.Arbitrary<unknown> {
  const types = typesOf(schema);
  if (types.includes('integer') || types.includes('number')) return hostileNumber;
  if (types.includes('string') || schema.enum) return hostileString;
  if (types.includes('array')) return fc.array(hostileJson, { maxLength: 60 });
  return hostileJson;
}

function plainArb(
  schema: JsonSchema,
  dict: Dictionary,
  mode: Mode,
  name: string | undefined,
  depth: number,
): fc.Arbitrary<unknown> {
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches?.length) return fc.oneof(...branches.map((b) => valueArb(b, dict, mode, name, depth + 1)));
  if (schema.allOf?.[0]) return valueArb(schema.allOf[0], dict, mode, name, depth + 1);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  const types = typesOf(schema);
  if (types.length === 0) return depth > 3 ? fc.jsonValue({ maxDepth: 1 }) : fc.jsonValue({ maxDepth: 2 });
  return fc.oneof(
    ...types.map((type): fc.Arbitrary<unknown> => {
      switch (type) {
        case 'null':
          return fc.constant(null);
        case 'boolean':
          return fc.boolean();
        case 'integer':
        case 'number': {
          const real = known(dict, name, 'number');
          const range = numberArb(schema, type === 'integer');
          return real.length ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...real) }, range) : range;
        }
        case 'string': {
          const real = known(dict, name, 'string');
          const text = stringArb(schema);
          return real.length ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...real) }, text) : text;
        }
        case 'array':
          return fc.array(valueArb(schema.items ?? {}, dict, mode, name, depth + 1), {
            minLength: schema.minItems ?? 0,
            maxLength: Math.min(schema.maxItems ?? 4, 4),
          });
        case 'object':
          return objectArb(schema, dict, mode, depth);
        default:
          return hostileJson;
      }
    }),
  );
}

function objectArb(schema: JsonSchema, dict: Dictionary, mode: Mode, depth: number): fc.Arbitrary<unknown> {
  const props = Object.entries(schema.properties ?? {});
  const required = new Set(schema.required ?? []);
  const fields = props.map(([key, s]) => {
    const value = valueArb(s, dict, mode, key, depth + 1);
    // Optional fields come and go; in mutated mode required ones may be missing too.
    const present = required.has(key) && mode === 'valid' ? fc.constant(true) : fc.boolean();
    return fc.tuple(fc.constant(key), present, value);
  });
  const extras =
    mode === 'valid'
      ? fc.constant([] as [string, unknown][])
      : fc.array(fc.tuple(fc.oneof(fc.constantFrom(...pollutionKeys), hostileString), hostileJson), {
          maxLength: 2,
        });
  return fc
    .tuple(fc.tuple(...fields), extras)
    .map(([entries, more]) =>
      objectFromEntries([
        ...entries.filter(([, present]) => present).map(([k, , v]) => [k, v] as [string, unknown]),
        ...more,
      ]),
    );
}

/**
 * Whether a scalar parameter value (as the string the server receives) may pass the schema, with
 * the coercion the server applies to numbers in paths and queries (`z.coerce.number()`).
 */
export function mayConform(schema: JsonSchema, raw: string): boolean {
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches?.length) return branches.some((b) => mayConform(b, raw));
  if (schema.const !== undefined) return String(schema.const) === raw;
  if (schema.enum) return schema.enum.map(String).includes(raw);
  const types = typesOf(schema);
  if (types.length === 0) return true;
  return types.some((type) => {
    if (type === 'integer' || type === 'number') {
      const n = Number(raw);
      if (!Number.isFinite(n)) return false;
      if (type === 'integer' && !Number.isInteger(n)) return false;
      if (schema.minimum !== undefined && n < schema.minimum) return false;
      if (schema.maximum !== undefined && n > schema.maximum) return false;
      return true;
    }
    if (type === 'string') {
      if (schema.minLength !== undefined && raw.length < schema.minLength) return false;
      if (schema.maxLength !== undefined && raw.length > schema.maxLength) return false;
      if (schema.pattern && !new RegExp(schema.pattern).test(raw)) return false;
      return true;
    }
    // booleans, arrays, objects in a query: leave them to the server
    return true;
  });
}

/** Whether some string fails the schema (a bare `string` takes them all). */
export function canViolate(schema: JsonSchema): boolean {
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches?.length) return branches.every(canViolate);
  const types = typesOf(schema);
  return (
    schema.enum !== undefined ||
    schema.const !== undefined ||
    schema.pattern !== undefined ||
    schema.maxLength !== undefined ||
    (schema.minLength ?? 0) > 0 ||
    types.includes('integer') ||
    types.includes('number')
  );
}

/** A parameter value the schema refuses whatever the coercion: out of range, wrong pattern, not a number. */
export function violatingParamArb(schema: JsonSchema): fc.Arbitrary<string> {
  const types = typesOf(schema);
  const bounds: string[] = [];
  if (schema.minimum !== undefined) bounds.push(String(schema.minimum - 1));
  if (schema.maximum !== undefined) bounds.push(String(schema.maximum + 1));
  if (schema.maxLength !== undefined) bounds.push('x'.repeat(schema.maxLength + 1));
  if (types.includes('integer')) bounds.push('1.5');
  const candidates = fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom('abc', 'NaN', 'Infinity', 'zzz-not-in-enum', ...bounds) },
    { weight: 2, arbitrary: hostileQueryValue.filter((s) => s.length <= 150) },
  );
  return candidates.filter((raw) => !mayConform(schema, raw));
}

/** Whether a schema has a JSON type a `{ nope: 1 }` object could satisfy. */
const acceptsObject = (s: JsonSchema): boolean => {
  const branches = s.anyOf ?? s.oneOf;
  if (branches?.length) return branches.some(acceptsObject);
  if (s.enum || s.const !== undefined) return false;
  const types = typesOf(s);
  return types.length === 0 || types.includes('object');
};

/** A JSON body the schema refuses: the wrong kind, a field of the wrong type, one missing, one too many. */
export function violatingBodyArb(schema: JsonSchema, dict: Dictionary): fc.Arbitrary<unknown> {
  const props = Object.entries(schema.properties ?? {});
  if (!typesOf(schema).includes('object')) return fc.constantFrom('not-an-object', 0, [], true);
  const options: fc.Arbitrary<unknown>[] = [fc.constantFrom('not-an-object', 12, [], [{}], null, false)];
  const valid = valueArb(schema, dict, 'valid');
  const wrongTyped = props.filter(([, s]) => !acceptsObject(s)).map(([k]) => k);
  if (wrongTyped.length)
    options.push(
      fc
        .tuple(valid, fc.constantFrom(...wrongTyped), hostileJson)
        .map(([v, key, junk]) =>
          objectFromEntries([
            ...Object.entries(v as object).filter(([k]) => k !== key),
            [key, { nope: junk }],
          ]),
        ),
    );
  const required = (schema.required ?? []).filter((k) => schema.properties?.[k]?.default === undefined);
  if (required.length)
    options.push(
      fc
        .tuple(valid, fc.constantFrom(...required))
        .map(([v, key]) => objectFromEntries(Object.entries(v as object).filter(([k]) => k !== key))),
    );
  if (schema.additionalProperties === false) {
    const names = new Set(props.map(([k]) => k));
    options.push(
      fc
        .tuple(
          valid,
          fc.oneof(fc.constantFrom(...pollutionKeys), hostileString).filter((k) => !names.has(k)),
          hostileJson,
        )
        .map(([v, key, junk]) => objectFromEntries([...Object.entries(v as object), [key, junk]])),
    );
  }
  return fc.oneof(...options);
}
