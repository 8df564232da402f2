import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import { apiSecurityHeaders, securityHeaders } from '../../http/security-headers.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('operations', () => {
  it('answers ready when the database answers and every migration is applied', async () => {
    const res = await t.app.inject({ url: '/api/ready' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ready' });
  });

  it('is not ready while a migration is pending', async () => {
    const last = await t.database.db
      .selectFrom('schema_migrations' as never)
      .select('name' as never)
      .execute();
    expect(last.length).toBeGreaterThan(0);
    await t.database.pool.query(
      'delete from schema_migrations where name = (select max(name) from schema_migrations)',
    );
    const res = await t.app.inject({ url: '/api/ready' });
    expect(res.statusCode).toBe(503);
    expect(res.json().reason).toMatch(/pending migrations/);
  });

  it('exports Prometheus metrics: request latency by route and the outbox backlog', async () => {
    await t.app.inject({ url: '/api/units' });
    const res = await t.app.inject({ url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/motcua_http_request_duration_seconds_bucket\{.*route="\/api\/units".*\}/);
    expect(res.body).toMatch(/^motcua_outbox_backlog \d+/m);
    expect(res.body).toContain('motcua_dossiers_received_total');
  });

  it('asks for the token when one is configured', async () => {
    const guarded = await createTestApp({ METRICS_TOKEN: 'a-long-secret-token-123' });
    try {
      expect((await guarded.app.inject({ url: '/metrics' })).statusCode).toBe(401);
      const ok = await guarded.app.inject({
        url: '/metrics',
        headers: { authorization: 'Bearer a-long-secret-token-123' },
      });
      expect(ok.statusCode).toBe(200);
    } finally {
      await guarded.close();
    }
  });

  it('sends security headers with a strict Content-Security-Policy', async () => {
    // the pages of the web app (any path outside /api answers the app, or a 404 without a build)
    const page = await t.app.inject({ url: '/ho-so' });
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['x-frame-options']).toBe('SAMEORIGIN');
    // an API answer loads nothing and is framed by nobody
    const api = await t.app.inject({ url: '/api/units' });
    expect(api.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(api.headers['x-content-type-options']).toBe('nosniff');
    expect(api.headers['x-frame-options']).toBe('DENY');
    expect(api.headers['referrer-policy']).toBe('no-referrer');
  });
});

describe('the security headers, pure', () => {
  it('adds HSTS only when motcua is served over https', () => {
    expect(securityHeaders({ https: true })['strict-transport-security']).toBe(
      'max-age=31536000; includeSubDomains',
    );
    expect(apiSecurityHeaders({ https: true })['strict-transport-security']).toBe(
      'max-age=31536000; includeSubDomains',
    );
    expect(securityHeaders({ https: false })).not.toHaveProperty('strict-transport-security');
    expect(apiSecurityHeaders({ https: false })).not.toHaveProperty('strict-transport-security');
  });
});
