// Prometheus metrics at /metrics: request latency histograms by route, the outbox backlog, and
// dossiers received. One registry per app, so tests and several apps in a process stay apart.
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import client from 'prom-client';
import type { AppContext } from '../../http/context.ts';
import { UnauthorizedError } from '../../http/problem.ts';

export function registerMetrics(app: FastifyInstance, ctx: AppContext): void {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: 'motcua_' });
  const duration = new client.Histogram({
    name: 'motcua_http_request_duration_seconds',
    help: 'HTTP request latency by method, route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5],
    registers: [registry],
  });
  const received = new client.Counter({
    name: 'motcua_dossiers_received_total',
    help: 'Dossiers received by this process (counter reception and online dossiers accepted)',
    labelNames: ['channel'],
    registers: [registry],
  });
  const submitted = new client.Counter({
    name: 'motcua_dossiers_submitted_total',
    help: 'Dossiers submitted online to this process',
    registers: [registry],
  });
  new client.Gauge({
    name: 'motcua_outbox_backlog',
    help: 'Notifications waiting to be sent (all processes)',
    registers: [registry],
    async collect() {
      const row = await sql<{
        n: number;
      }>`select count(*)::int as n from outbox where sent_at is null`.execute(ctx.db);
      this.set(row.rows[0]?.n ?? 0);
    },
  });

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    duration.observe(
      { method: request.method, route, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
    if (reply.statusCode === 201 && route === '/api/counter/dossiers') received.inc({ channel: 'counter' });
    if (reply.statusCode === 200 && route === '/api/dossiers/:code/actions/:action') {
      if ((request.params as { action?: string }).action === 'accept') received.inc({ channel: 'online' });
    }
    if (reply.statusCode === 201 && route === '/api/dossiers' && request.method === 'POST') submitted.inc();
  });

  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    const token = ctx.config.metricsToken;
    if (token && request.headers.authorization !== `Bearer ${token}`)
      throw new UnauthorizedError('A metrics token is required.');
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}
