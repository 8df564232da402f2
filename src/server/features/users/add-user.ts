// Creates a staff account with one role at one unit (by the unit's code).
import { type StaffRole, staffRoles } from '../../../domain/catalog/schema.ts';
import type { Db } from '../../db/database.ts';
import { BadRequestError, ConflictError } from '../../http/problem.ts';
import { type AuditEntry, writeAudit } from '../audit/audit-log.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../auth/password.ts';
import { findUnitByCode } from '../units/unit-repository.ts';

export async function addUser(input: {
  db: Db;
  username: string;
  password: string;
  role: string;
  unitCode: string;
  fullName?: string | undefined;
  /** the audit entry of this creation, written in its transaction */
  audit?: AuditEntry | undefined;
}): Promise<{ id: number }> {
  const username = input.username.trim().toLowerCase();
  if (!/^[a-z0-9._-]{3,64}$/.test(username)) {
    throw new BadRequestError('username must be 3–64 of a-z 0-9 . _ -', [
      { path: 'username', message: 'invalid' },
    ]);
  }
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    throw new BadRequestError(`password must have at least ${MIN_PASSWORD_LENGTH} characters`, [
      { path: 'password', message: 'too short' },
    ]);
  }
  if (!(staffRoles as readonly string[]).includes(input.role)) {
    throw new BadRequestError(`role must be one of ${staffRoles.join(', ')}`, [
      { path: 'role', message: 'unknown role' },
    ]);
  }
  const unit = await findUnitByCode(input.db, input.unitCode);
  if (!unit)
    throw new BadRequestError(`no unit with code ${input.unitCode}`, [
      { path: 'unit', message: 'unknown unit' },
    ]);
  const passwordHash = await hashPassword(input.password);
  return input.db.transaction().execute(async (tx) => {
    const taken = await tx
      .selectFrom('users')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirst();
    if (taken) throw new ConflictError(`user ${username} exists already`);
    const { id } = await tx
      .insertInto('users')
      .values({
        username,
        full_name: (input.fullName ?? username).normalize('NFC'),
        password_hash: passwordHash,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('user_roles')
      .values({ user_id: id, role: input.role as StaffRole, unit_id: unit.id })
      .execute();
    if (input.audit) await writeAudit(tx, input.audit);
    return { id };
  });
}
