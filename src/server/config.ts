// Reads the process environment once into a typed configuration; every knob of motcua is here.
import path from 'node:path';
import { z } from 'zod';

const Env = z.object({
  DATABASE_URL: z.string().url().optional(),
  MOTCUA_DATA_DIR: z.string().min(1).default('./data'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUBLIC_URL: z.string().url().optional(),
  MOTCUA_SECURE_COOKIES: z.enum(['true', 'false']).optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be smtp://… or smtps://…')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Một cửa điện tử <motcua@localhost>'),
  /** Behind reverse proxies: how many hops to trust for the client address (0: none). */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /** When set, /metrics asks for `Authorization: Bearer <token>`. */
  METRICS_TOKEN: z.string().min(16).optional(),
  RATE_LIMIT_LOOKUP_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(60),
  RATE_LIMIT_SUBMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(20),
  RATE_LIMIT_SIGN_IN_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(20),
});

export interface Config {
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  publicUrl: string;
  secureCookies: boolean;
  /** Without it, emails are kept in the database and shown on the development mailbox. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Requests per client address and minute on the public endpoints and on sign-in. */
  rateLimits: { lookupPerMinute: number; submitPerMinute: number; signInPerMinute: number };
  /** Fastify's trustProxy: never trust X-Forwarded-For unless a proxy is really in front. */
  trustProxy: number;
  metricsToken: string | undefined;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const publicUrl = e.PUBLIC_URL ?? `http://localhost:${e.PORT}`;
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.MOTCUA_DATA_DIR),
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    publicUrl,
    secureCookies: e.MOTCUA_SECURE_COOKIES
      ? e.MOTCUA_SECURE_COOKIES === 'true'
      : publicUrl.startsWith('https:'),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    rateLimits: {
      lookupPerMinute: e.RATE_LIMIT_LOOKUP_PER_MINUTE,
      submitPerMinute: e.RATE_LIMIT_SUBMIT_PER_MINUTE,
      signInPerMinute: e.RATE_LIMIT_SIGN_IN_PER_MINUTE,
    },
    trustProxy: e.TRUST_PROXY,
    metricsToken: e.METRICS_TOKEN,
  };
}

export class ConfigError extends Error {}
