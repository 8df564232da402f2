// The key a rate limiter counts a request under: the client's address. A client that hung up
// before its limit was checked has no address left (request.ip is undefined, on which
// @fastify/rate-limit's default key throws, a 500 with no one to read it): those share one key.
import type { FastifyRequest } from 'fastify';

export const rateLimitKey = (request: FastifyRequest): string => request.ip ?? 'gone';
