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
      {
        path: field,
        message: 'must be Unicode text without the NUL character (U+0000) or half a surrogate pair',
      },
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

  it('answers 400 for half a surrogate pair, which jsonb refuses, and leaves the account as it was', async () => {
    // Found by the fuzzer on PostgreSQL 15: a name with a lone surrogate changed the account, then
    // failed to write its audit entry (jsonb) with a 500. Now refused first; the audit entry is in
    // the change's own transaction besides.
    const admin = await signIn(t.app, 'admin.tanson');
    const user = await t.database.db
      .selectFrom('users')
      .select(['id', 'full_name'])
      .where('username', '=', 'tiepnhan.thachkiet')
      .executeTakeFirstOrThrow();
    for (const fullName of ['Lò Văn \uD800', '\uDC00 Thị', 'ok \uDBFF\uDBFF']) {
      const res = await t.app.inject({
        method: 'PATCH',
        url: `/api/users/${user.id}`,
        // JSON.stringify writes a lone surrogate as a \uD800 escape, which the server decodes back
        headers: { ...admin, 'content-type': 'application/json' },
        payload: JSON.stringify({ fullName }),
      });
      expect(res.statusCode, fullName).toBe(400);
      expect(res.json().errors[0].path).toBe('body.fullName');
    }
    const after = await t.database.db
      .selectFrom('users')
      .select('full_name')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(after.full_name).toBe(user.full_name);
    // a well-formed pair (an emoji) is text like any other
    expect(findNul({ name: 'Hương 😀' })).toBeUndefined();
    expect(findNul({ name: 'x\uD800' })).toEqual(['name']);
  });
});
