import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp } from '../../../../tests/support/test-app.ts';
import { MAX_FAILED_LOGINS } from './sign-in.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const login = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

describe('staff sign-in', () => {
  it('signs in with the demo password: HttpOnly SameSite cookie, roles scoped to units', async () => {
    const res = await login('tiepnhan.tanson', 'motcua-demo-2026');
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'motcua_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
    const body = res.json() as { user: { username: string; roles: { role: string; unitId: number }[] } };
    expect(body.user.username).toBe('tiepnhan.tanson');
    expect(body.user.roles[0]).toMatchObject({ role: 'reception', unitId: expect.any(Number) });
  });

  it('answers me and csrf only with a session, and signs out', async () => {
    expect((await t.app.inject({ url: '/api/auth/me' })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/auth/csrf' })).statusCode).toBe(401);
    const headers = await signIn(t.app, 'tiepnhan.tanson');
    const me = await t.app.inject({ url: '/api/auth/me', headers: { cookie: headers.cookie } });
    expect(me.json()).toMatchObject({ username: 'tiepnhan.tanson' });
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers });
    expect(out.statusCode).toBe(204);
    expect(
      (await t.app.inject({ url: '/api/auth/me', headers: { cookie: headers.cookie } })).statusCode,
    ).toBe(401);
  });

  it('gives the same 401 for a wrong password and an unknown user', async () => {
    const wrong = await login('chuyenvien.tanson', 'not-the-password');
    const unknown = await login('nobody.here', 'not-the-password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().detail).toBe(unknown.json().detail);
  });

  it(`locks an account after ${MAX_FAILED_LOGINS} failures, even for the right password`, async () => {
    const username = 'lanhdao.tanson';
    for (let i = 0; i < MAX_FAILED_LOGINS; i++)
      expect((await login(username, `wrong-${i}`)).statusCode).toBe(401);
    expect((await login(username, 'motcua-demo-2026')).statusCode).toBe(429);
    await t.database.db
      .updateTable('users')
      .set({ locked_until: null, failed_logins: 0 })
      .where('username', '=', username)
      .execute();
    expect((await login(username, 'motcua-demo-2026')).statusCode).toBe(200);
  });

  it('refuses an expired session', async () => {
    const headers = await signIn(t.app, 'tiepnhan.tanson');
    await t.database.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .execute();
    expect(
      (await t.app.inject({ url: '/api/auth/me', headers: { cookie: headers.cookie } })).statusCode,
    ).toBe(401);
  });

  it('rejects malformed sign-in bodies with 400', async () => {
    for (const payload of [
      {},
      { username: 'a' },
      { username: 'a', password: 1 },
      { username: 'a', password: 'b', x: 1 },
    ]) {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
    }
  });
});
