// PostgreSQL's text and jsonb cannot hold U+0000, and jsonb refuses half of a surrogate pair
// (JSON.stringify writes a lone one as \udXXX): a request carrying either in a path parameter, the
// query or the JSON body (keys included) is refused at the door with the field, a 400 problem,
// instead of failing in the database with a 500 — possibly after part of its work was committed.
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

/** A surrogate that is not half of a pair. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const unstorable = (text: string) => text.includes('\u0000') || LONE_SURROGATE.test(text);

/**
 * The path to the first string or key holding U+0000 or a lone surrogate, or undefined. Walks without recursion, and
 * each value links to its parent rather than copying its path, so deep bodies cost linear time.
 */
export function findNul(value: unknown): string[] | undefined {
  const stack: [unknown, Step | undefined][] = [[value, undefined]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [v, at] = next;
    if (typeof v === 'string') {
      if (unstorable(v)) return pathOf(at);
    } else if (v !== null && typeof v === 'object' && !ArrayBuffer.isView(v)) {
      for (const [key, child] of Object.entries(v)) {
        const step = { key, parent: at };
        if (unstorable(key)) return pathOf(step);
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
          {
            path: [name, ...path].join('.'),
            message: 'must be Unicode text without the NUL character (U+0000) or half a surrogate pair',
          },
        ]);
      }
    }
  });
}
