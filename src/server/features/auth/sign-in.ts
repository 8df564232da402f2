// Checks a password, locks the account after repeated failures, and opens a session.
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { TooManyRequestsError, UnauthorizedError } from '../../http/problem.ts';
import { dummyPasswordHash, verifyPassword } from './password.ts';
import { createSession, findStaffBySessionToken, findUserByUsername } from './session-repository.ts';
import type { Staff } from './staff.ts';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

export async function signIn(input: {
  db: Db;
  username: string;
  password: string;
}): Promise<{ staff: Staff; token: string }> {
  const { db } = input;
  const username = input.username.trim().toLowerCase();
  const user = await findUserByUsername(db, username);
  if (!user) {
    await verifyPassword(await dummyPasswordHash(), input.password);
    throw new UnauthorizedError('Wrong username or password.');
  }
  if (user.locked_until && user.locked_until > new Date()) {
    throw new TooManyRequestsError('Too many failed sign-ins: this account is locked for a while.');
  }
  const ok = !user.is_disabled && (await verifyPassword(user.password_hash, input.password));
  if (!ok) {
    await db
      .updateTable('users')
      .set({
        failed_logins: sql`failed_logins + 1`,
        locked_until: sql`case when failed_logins + 1 >= ${MAX_FAILED_LOGINS}
          then now() + make_interval(mins => ${LOCKOUT_MINUTES}) else locked_until end`,
      })
      .where('id', '=', user.id)
      .execute();
    throw new UnauthorizedError('Wrong username or password.');
  }
  if (user.failed_logins > 0 || user.locked_until) {
    await db
      .updateTable('users')
      .set({ failed_logins: 0, locked_until: null })
      .where('id', '=', user.id)
      .execute();
  }
  const { token } = await createSession(db, user.id);
  const staff = await findStaffBySessionToken(db, token);
  if (!staff) throw new UnauthorizedError();
  return { staff, token };
}
