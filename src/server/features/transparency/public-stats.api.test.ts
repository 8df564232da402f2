import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counterBody, findDemoProcedure } from '../../../../tests/support/factories.ts';
import { createTestApp, signIn, type TestApp } from '../../../../tests/support/test-app.ts';
import { MINIMUM_DOSSIERS } from './public-stats.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('GET /api/public/stats', () => {
  it('shows volumes for every unit, rates only where there are enough dossiers, and no personal data', async () => {
    const reception = await signIn(t.app, 'tiepnhan.thachkiet');
    const procedure = await findDemoProcedure(t.database.db, { level: 'commune' });
    for (let i = 0; i < 3; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/counter/dossiers',
        headers: reception,
        payload: counterBody(procedure),
      });
      expect(res.statusCode).toBe(201);
    }
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    const res = await t.app.inject({ url: `/api/public/stats?from=${today}&to=${today}` });
    expect(res.statusCode).toBe(200);
    const body = res.json() as {
      minimumDossiers: number;
      items: { unitName: string; receivedTotal: number; onTimeRate: number | null; enoughData: boolean }[];
    };
    expect(body.minimumDossiers).toBe(MINIMUM_DOSSIERS);
    const commune = body.items.find((u) => u.unitName.includes('Thạch Kiệt'));
    expect(commune?.receivedTotal).toBe(3);
    expect(commune).toMatchObject({ enoughData: false, onTimeRate: null });
    const district = body.items.find((u) => u.unitName.includes('huyện Tân Sơn'));
    expect(district?.receivedTotal).toBeGreaterThanOrEqual(3);
    expect(res.body).not.toContain('Nguyễn Thị Hương');
    expect((await t.app.inject({ url: `/api/public/stats?from=${today}&to=2001-01-01` })).statusCode).toBe(
      400,
    );
    expect((await t.app.inject({ url: '/api/public/stats?from=yesterday&to=today' })).statusCode).toBe(400);
  });
});
