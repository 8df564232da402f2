import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitIdByName } from '../../../../tests/support/factories.ts';
import { createTestApp, signIn, type TestApp } from '../../../../tests/support/test-app.ts';

let t: TestApp;
let tanSon: number;
let thachKiet: number;
let voMieu: number;
beforeAll(async () => {
  t = await createTestApp();
  tanSon = await unitIdByName(t.database.db, 'huyện Tân Sơn');
  thachKiet = await unitIdByName(t.database.db, 'Thạch Kiệt');
  voMieu = await unitIdByName(t.database.db, 'Võ Miếu');
});
afterAll(() => t.close());

const newUser = (
  unitId: number,
  role = 'reception',
  username = `u${Math.random().toString(36).slice(2, 9)}`,
) => ({
  username,
  fullName: 'Lò Thị Xuân',
  password: 'mat-khau-du-dai',
  role,
  unitId,
});

describe('user management', () => {
  it('lets a unit admin add a user at a sub-unit, who then signs in; and disable them', async () => {
    const admin = await signIn(t.app, 'admin.tanson');
    const body = newUser(thachKiet);
    const res = await t.app.inject({ method: 'POST', url: '/api/users', headers: admin, payload: body });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      username: body.username,
      fullName: 'Lò Thị Xuân',
      roles: [{ role: 'reception', unitId: thachKiet }],
    });
    const session = await signIn(t.app, body.username, body.password);
    const list = await t.app.inject({
      url: `/api/users?unitId=${thachKiet}`,
      headers: { cookie: admin.cookie },
    });
    expect(list.json().items.map((u: { username: string }) => u.username)).toContain(body.username);

    const off = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${res.json().id}`,
      headers: admin,
      payload: { isDisabled: true },
    });
    expect(off.statusCode).toBe(200);
    expect(off.json().isDisabled).toBe(true);
    expect(
      (await t.app.inject({ url: '/api/auth/me', headers: { cookie: session.cookie } })).statusCode,
    ).toBe(401);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: body.username, password: body.password },
    });
    expect(login.statusCode).toBe(401);
  });

  it('refuses admins outside their units and non-admins (403), and province-admin grants by unit admins', async () => {
    const admin = await signIn(t.app, 'admin.tanson');
    const before = await t.database.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/users', headers: admin, payload: newUser(voMieu) }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/users',
          headers: admin,
          payload: newUser(tanSon, 'province-admin'),
        })
      ).statusCode,
    ).toBe(403);
    const reception = await signIn(t.app, 'tiepnhan.tanson');
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/users',
          headers: reception,
          payload: newUser(tanSon),
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await t.app.inject({ url: '/api/users', headers: { cookie: reception.cookie } })).statusCode,
    ).toBe(403);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/users', payload: newUser(tanSon) })).statusCode,
    ).toBe(401);
    const voMieuUser = await t.database.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'tiepnhan.vomieu')
      .executeTakeFirstOrThrow();
    expect(
      (
        await t.app.inject({
          method: 'PATCH',
          url: `/api/users/${voMieuUser.id}`,
          headers: admin,
          payload: { isDisabled: true },
        })
      ).statusCode,
    ).toBe(403);
    const after = await t.database.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    const province = await signIn(t.app, 'admin.phutho');
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/users', headers: province, payload: newUser(voMieu) }))
        .statusCode,
    ).toBe(201);
  });

  it('answers 400 for weak passwords, bad usernames and unknown roles; 409 for a taken username', async () => {
    const admin = await signIn(t.app, 'admin.tanson');
    for (const patch of [
      { password: 'short' },
      { username: 'x' },
      { username: 'Có dấu!' },
      { role: 'king' },
      { unitId: 'abc' },
    ]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/users',
        headers: admin,
        payload: { ...newUser(thachKiet), ...patch },
      });
      expect(res.statusCode, JSON.stringify(patch)).toBe(400);
    }
    const taken = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin,
      payload: newUser(thachKiet, 'reception', 'tiepnhan.thachkiet'),
    });
    expect(taken.statusCode).toBe(409);
  });

  // Found by tests/api/fuzz.test.ts: an update of nothing was invalid SQL, answered 500.
  it('answers 400 for a PATCH that changes nothing', async () => {
    const admin = await signIn(t.app, 'admin.tanson');
    const user = await t.database.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'tiepnhan.thachkiet')
      .executeTakeFirstOrThrow();
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      headers: admin,
      payload: {},
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ path: 'body' })]);
  });

  it('lists the active staff of a unit of the same province, for assignments', async () => {
    const reception = await signIn(t.app, 'tiepnhan.thachkiet');
    const res = await t.app.inject({
      url: `/api/staff?unitId=${tanSon}`,
      headers: { cookie: reception.cookie },
    });
    expect(res.statusCode).toBe(200);
    const names = res.json().items.map((s: { fullName: string }) => s.fullName);
    expect(names.length).toBeGreaterThan(3);
    expect((await t.app.inject({ url: `/api/staff?unitId=${tanSon}` })).statusCode).toBe(401);
    expect(
      (await t.app.inject({ url: '/api/staff?unitId=999999', headers: { cookie: reception.cookie } }))
        .statusCode,
    ).toBe(404);
  });
});
