import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface ListItem {
  id: number;
  name: string;
  code: string;
  level: string;
  receivingLevel: string | null;
  fieldId: number;
  onlineLevel: string;
}
const search = async (query: string) => {
  const res = await t.app.inject({ method: 'GET', url: `/api/procedures?${query}` });
  expect(res.statusCode).toBe(200);
  return res.json() as { items: ListItem[]; total: number };
};

describe('GET /api/procedures', () => {
  it.each([
    ['dang ky khai sinh'],
    ['Đăng ký khai sinh'],
    ['khai sinh'],
    ['DANG KY KHAI SINH'],
    ['Đăng ký khai sinh'.normalize('NFD')],
  ])('finds "Đăng ký khai sinh" first for q=%s', async (q) => {
    const body = await search(`q=${encodeURIComponent(q)}`);
    expect(body.items[0]?.name).toBe('Đăng ký khai sinh');
    expect(body.total).toBeGreaterThanOrEqual(1);
    for (const item of body.items) expect(item.name.toLowerCase()).toContain('khai sinh');
  });

  it('requires every word, in any order', async () => {
    const body = await search(`q=${encodeURIComponent('sinh khai')}`);
    expect(body.items.map((i) => i.name)).toContain('Đăng ký khai sinh');
    const none = await search(`q=${encodeURIComponent('khai sinh xyzzy')}`);
    expect(none).toEqual({ items: [], total: 0 });
  });

  it('finds a procedure by its national code', async () => {
    const first = (await search('pageSize=1')).items[0];
    expect(first).toBeDefined();
    const body = await search(`q=${first?.code}`);
    expect(body.items[0]?.code).toBe(first?.code);
  });

  it('pages with a stable total and caps the page size at 200', async () => {
    const all = await search('pageSize=200');
    expect(all.total).toBeGreaterThanOrEqual(100);
    const p1 = await search('pageSize=10&page=1');
    const p2 = await search('pageSize=10&page=2');
    expect(p1.total).toBe(all.total);
    expect(p1.items).toHaveLength(10);
    expect(p2.items[0]?.id).not.toBe(p1.items[0]?.id);
    const past = await search('pageSize=10&page=999');
    expect(past).toEqual({ items: [], total: all.total });
  });

  it('filters by level (resolving or receiving), field, online level and unit', async () => {
    const commune = await search('level=commune&pageSize=200');
    expect(commune.total).toBeGreaterThanOrEqual(45);
    for (const p of commune.items) expect([p.level, p.receivingLevel]).toContain('commune');

    const fieldId = commune.items[0]?.fieldId;
    const byField = await search(`fieldId=${fieldId}&pageSize=200`);
    for (const p of byField.items) expect(p.fieldId).toBe(fieldId);

    const online = await search('online=any&pageSize=200');
    for (const p of online.items) expect(['full', 'partial']).toContain(p.onlineLevel);
    const offline = await search('online=none&pageSize=200');
    expect(online.total + offline.total).toBe((await search('pageSize=1')).total);

    const units = (await t.app.inject({ url: '/api/units' })).json() as {
      items: { id: number; level: string }[];
    };
    const aCommune = units.items.find((u) => u.level === 'commune');
    const atUnit = await search(`unitId=${aCommune?.id}&pageSize=200`);
    expect(atUnit.total).toBeGreaterThan(0);
    for (const p of atUnit.items) expect(p.receivingLevel ?? p.level).toBe('commune');
  });

  it.each([
    ['pageSize=201', 'querystring.pageSize'],
    ['pageSize=0', 'querystring.pageSize'],
    ['page=-1', 'querystring.page'],
    ['fieldId=abc', 'querystring.fieldId'],
    ['online=maybe', 'querystring.online'],
    ['level=DROP%20TABLE', 'querystring.level'],
    ['colour=red', 'querystring'],
  ])('answers 400 problem+json for %s', async (query, path) => {
    const res = await t.app.inject({ url: `/api/procedures?${query}` });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const body = res.json() as { errors: { path: string }[] };
    expect(body.errors.some((e) => e.path.startsWith(path))).toBe(true);
  });

  it('treats LIKE wildcards in q as text', async () => {
    expect((await search('q=%25')).total).toBe(0);
    expect((await search('q=_')).total).toBe(0);
  });
});

describe('GET /api/procedures/:id', () => {
  it('answers everything a citizen needs before coming to the counter', async () => {
    const id = (await search(`q=${encodeURIComponent('đăng ký khai sinh')}`)).items[0]?.id;
    const res = await t.app.inject({ url: `/api/procedures/${id}` });
    expect(res.statusCode).toBe(200);
    const p = res.json();
    expect(p).toMatchObject({ id, name: 'Đăng ký khai sinh', field: { name: expect.any(String) } });
    expect(p.code).toMatch(/^\d\.\d{6}$/);
    expect(p.documents.length).toBeGreaterThan(0);
    expect(p.steps.length).toBeGreaterThan(0);
    expect(p.units.length).toBeGreaterThan(0);
    expect(['full', 'partial', 'none']).toContain(p.onlineLevel);
    expect(p.processingDays).toBe(p.processingTimeUnit === 'working_days' ? p.processingTime : null);
  });

  it('marks inter-level procedures, received at one level and resolved at another', async () => {
    const all = await search('pageSize=200');
    const inter = all.items.find((p) => p.receivingLevel && p.receivingLevel !== p.level);
    expect(inter).toBeDefined();
    const p = (await t.app.inject({ url: `/api/procedures/${inter?.id}` })).json();
    expect(p.isInterLevel).toBe(true);
    for (const u of p.units) expect(u.level).toBe(p.receivingLevel);
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    const missing = await t.app.inject({ url: '/api/procedures/999999' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect((await t.app.inject({ url: '/api/procedures/1e99' })).statusCode).toBe(400);
    expect((await t.app.inject({ url: '/api/procedures/99999999999' })).statusCode).toBe(400);
  });
});

describe('GET /api/fields and /api/units', () => {
  it('lists the fields with their procedure counts', async () => {
    const body = (await t.app.inject({ url: '/api/fields' })).json() as {
      items: { name: string; procedureCount: number }[];
      total: number;
    };
    expect(body.total).toBeGreaterThanOrEqual(8);
    const sum = body.items.reduce((s, f) => s + f.procedureCount, 0);
    expect(sum).toBe((await search('pageSize=1')).total);
  });

  it('lists the unit tree parents first: Phú Thọ → Tân Sơn → at least 12 communes', async () => {
    const body = (await t.app.inject({ url: '/api/units' })).json() as {
      items: { id: number; name: string; level: string; parentId: number | null; code: string }[];
    };
    const seen = new Set<number>();
    for (const u of body.items) {
      if (u.parentId !== null) expect(seen.has(u.parentId)).toBe(true);
      seen.add(u.id);
    }
    const tanSon = body.items.find((u) => u.level === 'district' && u.name.includes('Tân Sơn'));
    expect(tanSon).toBeDefined();
    expect(body.items.filter((u) => u.parentId === tanSon?.id).length).toBeGreaterThanOrEqual(12);
  });
});
