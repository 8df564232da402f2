// Factories for test data: applicants, counter receptions, staff members. No shared fixtures.
import type { StaffRole } from '../../src/domain/catalog/schema.ts';
import type { ApplicantInput } from '../../src/domain/dossier/applicant.ts';
import type { Db } from '../../src/server/db/database.ts';
import { createSession, findStaffBySessionToken } from '../../src/server/features/auth/session-repository.ts';
import type { Staff } from '../../src/server/features/auth/staff.ts';
import { addUser } from '../../src/server/features/users/add-user.ts';

let counter = 0;

export function buildApplicant(overrides: Partial<ApplicantInput> = {}): ApplicantInput {
  counter += 1;
  return {
    name: 'Nguyễn Thị Hương',
    idNumber: `0251900${String(10000 + counter).slice(-5)}`,
    phone: '0912345678',
    email: 'huong@example.vn',
    address: 'Khu 3, xã Thạch Kiệt, huyện Tân Sơn, tỉnh Phú Thọ',
    ...overrides,
  };
}

/** A procedure of the demo catalog with its document components. */
export async function findDemoProcedure(
  db: Db,
  kind: { interLevel?: boolean; level?: string; name?: string } = {},
) {
  let q = db
    .selectFrom('procedures')
    .select(['id', 'code', 'name', 'level', 'receiving_level', 'processing_time_unit']);
  if (kind.name) q = q.where('name', '=', kind.name);
  if (kind.interLevel)
    q = q.where('receiving_level', 'is not', null).whereRef('receiving_level', '!=', 'level');
  else if (kind.level) q = q.where('level', '=', kind.level).where('receiving_level', 'is', null);
  const procedure = await q
    .where('processing_time_unit', '=', 'working_days')
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const documents = await db
    .selectFrom('procedure_documents')
    .select(['id', 'name', 'required'])
    .where('procedure_id', '=', procedure.id)
    .orderBy('position')
    .execute();
  return { ...procedure, documents };
}

export function counterBody(
  procedure: { id: number; documents: { id: number; required: boolean }[] },
  extra: Record<string, unknown> = {},
) {
  return {
    procedureId: procedure.id,
    channel: 'counter',
    applicant: buildApplicant(),
    documents: procedure.documents.filter((d) => d.required).map((d) => ({ componentId: d.id, copies: 1 })),
    ...extra,
  };
}

export async function unitIdByName(db: Db, fragment: string): Promise<number> {
  const row = await db
    .selectFrom('units')
    .select('id')
    .where('name', 'like', `%${fragment}%`)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The staff member behind a username, as the server sees it after sign-in. */
export async function staffOf(db: Db, username: string): Promise<Staff> {
  const user = await db
    .selectFrom('users')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  const { token } = await createSession(db, user.id);
  const staff = await findStaffBySessionToken(db, token);
  if (!staff) throw new Error(`no staff ${username}`);
  return staff;
}

/** A staff account with one role at one unit (password `motcua-demo-2026`, like the demo accounts). */
export async function buildStaff(
  db: Db,
  input: { username: string; role: StaffRole; unitCode: string; fullName?: string },
): Promise<{ id: number; username: string }> {
  const { id } = await addUser({ db, password: 'motcua-demo-2026', ...input });
  return { id, username: input.username };
}
