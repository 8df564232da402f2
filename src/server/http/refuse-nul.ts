// PostgreSQL's text and jsonb cannot hold U+0000: a request carrying it in a path parameter, the
// query or the JSON body (keys included) is refused at the door with the field, a 400 problem,
// instead of failing in the database with a 500.
import type { FastifyInstance } from 'fastify';
import { BadRequestError } from './problem.ts';

const PARTS = [
  ['params', 'params'],
  ['query', 'querystring'],
  ['body', 'body'],
] as const;

interface Step {
  key: string;
  parent: Step | undefined;
}
const pathOf = (step: Step | undefined): string[] => {
  const path: string[] = [];
  for (let s = step; s; s = s.parent) path.unshift(s.key);
  return path;
};

/**
 * The path to the first string or key holding U+0000, or undefined. Walks without recursion, and
 * each value links to its parent rather than copying its path, so deep bodies cost linear time.
 */
export function findNul(value: unknown): string[] | undefined {
  const stack: [unknown, Step | undefined][] = [[value, undefined]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [v, at] = next;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return pathOf(at);
    } else if (v !== null && typeof v === 'object' && !ArrayBuffer.isView(v)) {
      for (const [key, child] of Object.entries(v)) {
        const step = { key, parent: at };
        if (key.includes('\u0000')) return pathOf(step);
        stack.push([child, step]);
      }
    }
  }
  return undefined;
}

export function refuseNulCharacters(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    for (const [part, name] of PARTS) {
      const path = findNul(request[part]);
      if (path) {
        throw new BadRequestError(`Invalid ${name}.`, [
          { path: [name, ...path].join('.'), message: 'must not contain the NUL character (U+0000)' },
        ]);
      }
    }
  });
}
