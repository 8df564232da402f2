// Builds the Fastify application: plugins, the OpenAPI document, every feature's routes and the
// web app. No listening, so tests can inject requests.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { authPlugin } from '../features/auth/auth-plugin.ts';
import { authRoutes } from '../features/auth/auth-routes.ts';
import { calendarRoutes } from '../features/calendar/calendar-routes.ts';
import { catalogRoutes } from '../features/catalog/catalog-routes.ts';
import { citizenRoutes } from '../features/citizen/citizen-routes.ts';
import { dossierRoutes } from '../features/dossiers/dossier-routes.ts';
import { trackingBookRoutes } from '../features/dossiers/tracking-book.ts';
import { fileRoutes } from '../features/files/file-routes.ts';
import { mailboxRoutes } from '../features/notifications/mailbox-routes.ts';
import { healthRoutes } from '../features/operations/health-routes.ts';
import { registerMetrics } from '../features/operations/metrics.ts';
import { ratingRoutes } from '../features/ratings/rating-routes.ts';
import { statsRoutes } from '../features/stats/stats-routes.ts';
import { publicStatsRoutes } from '../features/transparency/public-stats.ts';
import { unitRoutes } from '../features/units/unit-routes.ts';
import { userRoutes } from '../features/users/user-routes.ts';
import type { AppContext } from './context.ts';
import { logSerializers } from './logging.ts';
import { notFoundProblem, registerErrorHandling } from './problem.ts';
import { refuseNulCharacters } from './refuse-nul.ts';
import { registerSecurityHeaders } from './security-headers.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const WEB_DIST = path.join(ROOT, 'dist', 'web');

declare module 'fastify' {
  interface FastifyInstance {
    motcua: AppContext;
  }
}

export interface BuildAppOptions {
  logger?: boolean | { level: string };
  webDir?: string;
}

export async function buildApp(ctx: AppContext, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: typeof options.logger === 'object' ? options.logger.level : ctx.config.logLevel,
            // Personal data never goes to the logs (logging.ts).
            serializers: logSerializers,
          },
    bodyLimit: 1_048_576,
    // How many reverse-proxy hops to trust for the client address; 0 trusts no X-Forwarded-For.
    trustProxy: (_address: string, hop: number) => hop < ctx.config.trustProxy,
    routerOptions: { maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();

  app.decorate('motcua', ctx);
  app.addHook('onReady', () => ctx.lookups.start());
  app.addHook('onClose', () => ctx.lookups.close());
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  refuseNulCharacters(app);

  registerSecurityHeaders(app, { https: ctx.config.publicUrl.startsWith('https:') });
  await app.register(fastifyCookie);
  registerMetrics(app, ctx);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'motcua — electronic one-stop shop',
        description: 'The public HTTP contract of motcua. Errors are application/problem+json (RFC 9457).',
        version: ctx.version,
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(authPlugin, { ctx });
  for (const routes of [
    healthRoutes,
    unitRoutes,
    catalogRoutes,
    calendarRoutes,
    authRoutes,
    dossierRoutes,
    fileRoutes,
    userRoutes,
    citizenRoutes,
    mailboxRoutes,
    trackingBookRoutes,
    ratingRoutes,
    publicStatsRoutes,
    statsRoutes,
  ]) {
    await app.register(routes(ctx));
  }

  const webDir = options.webDir ?? WEB_DIST;
  const hasWeb = fs.existsSync(path.join(webDir, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webDir, wildcard: false, index: false });
  }
  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split('?')[0] ?? '';
    // Paths with a file extension (a missing /assets/x.js) are real 404s, never the app's HTML.
    const isFile = /\.[a-z0-9]+$/i.test(url);
    if (url.startsWith('/api/') || url === '/api' || request.method !== 'GET' || !hasWeb || isFile) {
      return notFoundProblem(reply, `No route ${request.method} ${url}.`);
    }
    // The single-page app answers every other path itself.
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
  return app;
}
