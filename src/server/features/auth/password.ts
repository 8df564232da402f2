// Password hashing with argon2id (OWASP's first choice), in a native addon off the main thread.
import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2's Algorithm.Argon2id; a const enum its types declare but isolatedModules cannot inline.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the user does not exist, so timing does not reveal usernames. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('motcua-no-such-user');
  return dummyHash;
}

export const MIN_PASSWORD_LENGTH = 10;
