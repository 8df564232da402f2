// SQL for staff users, their role grants and their server-side sessions.
import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { StaffRole } from '../../../domain/catalog/schema.ts';
import type { Db } from '../../db/database.ts';
import type { Staff } from './staff.ts';

export const SESSION_IDLE_MINUTES = 60;
export const SESSION_MAX_HOURS = 12;

export function tokenId(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function findUserByUsername(db: Db, username: string) {
  return db
    .selectFrom('users')
    .select(['id', 'username', 'password_hash', 'is_disabled', 'failed_logins', 'locked_until'])
    .where('username', '=', username)
    .executeTakeFirst();
}

export async function createSession(db: Db, userId: number): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  await db
    .insertInto('sessions')
    .values({
      id: tokenId(token),
      user_id: userId,
      csrf_token: csrfToken,
      expires_at: sql<Date>`now() + make_interval(hours => ${SESSION_MAX_HOURS})`,
    })
    .execute();
  return { token, csrfToken };
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

interface SessionRow {
  session_id: string;
  csrf_token: string;
  user_id: number;
  username: string;
  full_name: string;
  roles: { role: StaffRole; unitId: number; unitIds: number[] }[] | null;
}

/**
 * The staff member behind a session token, or undefined when the session is unknown, expired,
 * idle too long or its user disabled. One read; last_seen_at is written at most once a minute,
 * so that the requests of one session never queue on its row.
 */
export async function findStaffBySessionToken(db: Db, token: string): Promise<Staff | undefined> {
  const id = tokenId(token);
  const result = await sql<SessionRow & { stale: boolean }>`
    select s.id as session_id, s.csrf_token, u.id as user_id, u.username, u.full_name,
      s.last_seen_at < now() - interval '1 minute' as stale,
      (select json_agg(json_build_object(
          'role', r.role, 'unitId', r.unit_id,
          -- leaders and administrators see the units below theirs; other roles only their own
          'unitIds', case when r.role in ('leader', 'unit-admin', 'province-admin')
            then (select array_agg(d.id order by d.id) from units d where d.path @> array[r.unit_id])
            else array[r.unit_id] end))
        from user_roles r where r.user_id = u.id) as roles
    from sessions s join users u on u.id = s.user_id
    where s.id = ${id}
      and s.expires_at > now()
      and s.last_seen_at > now() - make_interval(mins => ${SESSION_IDLE_MINUTES})
      and not u.is_disabled`.execute(db);
  if (result.rows[0]?.stale) {
    await sql`
      update sessions set last_seen_at = now()
      where id = ${id} and last_seen_at < now() - interval '1 minute'`.execute(db);
  }
  const row = result.rows[0];
  if (!row) return undefined;
  return {
    id: row.user_id,
    username: row.username,
    fullName: row.full_name,
    roles: row.roles ?? [],
    sessionId: row.session_id,
    csrfToken: row.csrf_token,
  };
}
