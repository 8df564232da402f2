// Sign-in is limited per client address (RATE_LIMIT_SIGN_IN_PER_MINUTE): one address guessing
// across many accounts gets 429 while another address still signs in; the client address is taken
// from X-Forwarded-For only as far as TRUST_PROXY allows, so the header cannot reset the count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';

const LIMIT = 3;
let direct: TestApp;
let proxied: TestApp;
beforeAll(async () => {
  direct = await createTestApp({ RATE_LIMIT_SIGN_IN_PER_MINUTE: String(LIMIT), TRUST_PROXY: '0' });
  proxied = await createTestApp({ RATE_LIMIT_SIGN_IN_PER_MINUTE: String(LIMIT), TRUST_PROXY: '1' });
});
afterAll(async () => {
  await direct.close();
  await proxied.close();
});

const login = (
  t: TestApp,
  username: string,
  password: string,
  from: { remoteAddress?: string; xff?: string },
) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    ...(from.remoteAddress ? { remoteAddress: from.remoteAddress } : {}),
    headers: from.xff ? { 'x-forwarded-for': from.xff } : {},
  });

// Different accounts each time, so the per-account lock-out never answers first.
const accounts = ['tiepnhan.tanson', 'tiepnhan.thachkiet', 'tiepnhan.kimthuong', 'admin.tanson'];

describe('POST /api/auth/login rate limit per client address', () => {
  it('answers 429 after N attempts from one address, while another address still signs in', async () => {
    const a = { remoteAddress: '203.0.113.7' };
    for (let i = 0; i < LIMIT; i++)
      expect((await login(direct, accounts[i] ?? '', 'wrong-password', a)).statusCode).toBe(401);
    const blocked = await login(direct, 'tiepnhan.tanson', 'motcua-demo-2026', a);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['content-type']).toContain('application/problem+json');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // A header the server does not trust changes nothing.
    expect(
      (await login(direct, 'tiepnhan.tanson', 'motcua-demo-2026', { ...a, xff: '192.0.2.99' })).statusCode,
    ).toBe(429);

    const other = await login(direct, 'tiepnhan.tanson', 'motcua-demo-2026', {
      remoteAddress: '198.51.100.9',
    });
    expect(other.statusCode).toBe(200);
  });

  it('behind a trusted proxy, counts the forwarded client address', async () => {
    const proxy = '10.0.0.2';
    const a = { remoteAddress: proxy, xff: '203.0.113.7' };
    for (let i = 0; i < LIMIT; i++)
      expect((await login(proxied, accounts[i] ?? '', 'wrong-password', a)).statusCode).toBe(401);
    expect((await login(proxied, 'tiepnhan.tanson', 'motcua-demo-2026', a)).statusCode).toBe(429);
    const b = await login(proxied, 'tiepnhan.tanson', 'motcua-demo-2026', {
      remoteAddress: proxy,
      xff: '198.51.100.9',
    });
    expect(b.statusCode).toBe(200);
  });
});
