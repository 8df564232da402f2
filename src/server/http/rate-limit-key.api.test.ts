// A client that hangs up mid-request has no address left when its rate limit is checked; the
// limiters' default key threw on it (a 500 no one read, in the log). Found by tests/api/fuzz.test.ts
// while an asynchronous onRequest hook (helmet's) ran before the limiter.
import rateLimit from '@fastify/rate-limit';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendWire } from '../../../tests/support/fuzz/raw-http.ts';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.ts';
import { rateLimitKey } from './rate-limit-key.ts';

let t: TestApp;
let port: number;
const logged: string[] = [];
/** The request head, then a chunk Node cannot parse: it answers 400 and destroys the socket. */
const cutShort = (path: string) =>
  Buffer.from(`POST ${path} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`);
beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  port = (t.app.server.address() as { port: number }).port;
  // Without a logger, every request logs to the app's one no-op logger: watch its errors.
  (t.app.log as unknown as { error: (obj: { err?: Error }) => void }).error = (obj) => {
    logged.push(String(obj.err?.message));
  };
});
afterAll(() => t.close());

describe('rate-limited routes', () => {
  it.each(['/api/auth/login', '/api/lookup/x?key=y', '/api/lookup/x/rating?key=y', '/api/dossiers'])(
    'leave no error behind when the client of %s is gone before its limit is checked',
    async (path) => {
      expect((await sendWire(port, cutShort(path))).status).toBe(400);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(logged).toEqual([]);
    },
  );

  it('keys a request whose client is gone when the limit is checked', async () => {
    // The app's own hooks before the limiter are synchronous today: this one is not, like helmet's.
    const app = Fastify({ logger: false });
    const errors: string[] = [];
    (app.log as unknown as { error: (obj: { err?: Error }) => void }).error = (obj) => {
      errors.push(String(obj.err?.message));
    };
    app.addHook('onRequest', async () => {
      await new Promise((resolve) => setImmediate(resolve));
    });
    await app.register(rateLimit, { global: false, keyGenerator: rateLimitKey });
    app.post('/limited', { config: { rateLimit: { max: 5, timeWindow: '1 minute' } } }, async () => ({
      ok: true,
    }));
    await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const { port: own } = app.server.address() as { port: number };
      expect((await sendWire(own, cutShort('/limited'))).status).toBe(400);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
