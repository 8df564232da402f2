// PostgreSQL cannot store U+0000: requests carrying it are 400 problems naming the field, not 500s.
// Found by tests/api/fuzz.test.ts (a NUL in a lookup code, a search or a sign-in name).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp } from '../../../tests/support/test-app.ts';
import { findNul } from './refuse-nul.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the NUL character in requests', () => {
  it.each([
    ['a path parameter', 'GET', '/api/lookup/ab%00c?key=x', undefined, 'params.code'],
    ['a query value', 'GET', '/api/procedures?q=gi%00y', undefined, 'querystring.q'],
    ['a body field', 'POST', '/api/auth/login', { username: 'a\u0000b', password: 'x' }, 'body.username'],
  ])('answers 400 naming the field when it is in %s', async (_where, method, url, payload, field) => {
    const res = await t.app.inject({ method: method as 'GET', url, ...(payload ? { payload } : {}) });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors).toEqual([
      { path: field, message: 'must not contain the NUL character (U+0000)' },
    ]);
  });

  it('answers 400 for a NUL deep in a staff body, keys included, and changes nothing', async () => {
    const reception = await signIn(t.app, 'tiepnhan.thachkiet');
    const count = async () =>
      Number(
        (
          await t.database.db
            .selectFrom('dossiers')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/counter/dossiers',
      headers: reception,
      payload: { procedureId: 1, channel: 'counter', applicant: { name: 'Lò Văn\u0000A' }, documents: [] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('body.applicant.name');
    expect(await count()).toBe(before);
  });

  it('finds a NUL anywhere in a value, keys too, without recursion', () => {
    expect(findNul({ a: [1, 'x', { b: 'y\u0000' }] })).toEqual(['a', '2', 'b']);
    expect(findNul({ 'k\u0000': 1 })).toEqual(['k\u0000']);
    expect(findNul({ a: 'clean', b: [null, true, 3] })).toBeUndefined();
    const deep = JSON.parse(`${'['.repeat(20_000)}"\\u0000"${']'.repeat(20_000)}`);
    expect(findNul(deep)).toHaveLength(20_000);
  });
});
