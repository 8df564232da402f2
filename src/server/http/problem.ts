// The one error module: typed application errors and their RFC 9457 problem+json responses.
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';

export interface FieldError {
  path: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
  [extra: string]: unknown;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    detail?: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail ?? title);
  }
}

export class BadRequestError extends AppError {
  constructor(detail: string, errors?: FieldError[]) {
    super(400, 'Bad request', detail, errors ? { errors } : {});
  }
}
export class UnauthorizedError extends AppError {
  constructor(detail = 'Sign in first.') {
    super(401, 'Not signed in', detail);
  }
}
export class ForbiddenError extends AppError {
  constructor(detail = 'You may not do this.') {
    super(403, 'Forbidden', detail);
  }
}
export class NotFoundError extends AppError {
  constructor(detail = 'Not found.') {
    super(404, 'Not found', detail);
  }
}
export class ConflictError extends AppError {
  constructor(detail: string, extra: Record<string, unknown> = {}) {
    super(409, 'Conflict', detail, extra);
  }
}
export class TooManyRequestsError extends AppError {
  constructor(detail = 'Too many requests; try again later.') {
    super(429, 'Too many requests', detail);
  }
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Not signed in',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
  500: 'Internal server error',
};

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.status(problem.status).type('application/problem+json; charset=utf-8').send(problem);
}

function problemOf(status: number, detail?: string, extra: Record<string, unknown> = {}): Problem {
  // Extras never override the problem's own members.
  return {
    ...extra,
    type: 'about:blank',
    title: TITLES[status] ?? 'Error',
    status,
    ...(detail ? { detail } : {}),
  };
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'request';
      const errors: FieldError[] = error.validation.map((v) => ({
        path: [where, ...v.instancePath.split('/').filter(Boolean)].join('.'),
        message: v.message ?? 'is invalid',
      }));
      return sendProblem(reply, problemOf(400, `Invalid ${where}.`, { errors }));
    }
    if (error instanceof AppError) {
      return sendProblem(reply, {
        ...problemOf(error.status, error.message, error.extra),
        title: error.title,
      });
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response did not match its schema');
      return sendProblem(reply, problemOf(500, 'The server could not answer this request.'));
    }
    const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status >= 400 && status < 500) {
      return sendProblem(reply, problemOf(status, error.message));
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, problemOf(500, 'The server could not answer this request.'));
  });
}

export function notFoundProblem(reply: FastifyReply, detail = 'No such resource.'): FastifyReply {
  return sendProblem(reply, problemOf(404, detail));
}
