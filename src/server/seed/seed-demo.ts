// Loads the demo: Phú Thọ → Tân Sơn → its communes, the catalog and a staff account for every role.
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { hashPassword } from '../features/auth/password.ts';
import { importCatalog } from '../features/catalog/import-catalog.ts';
import { ensureBaseData, insertUnits } from './base-data.ts';
import { demoCatalog } from './data/catalog.ts';
import { demoUnits } from './data/units.ts';
import { demoPassword, demoUsers } from './data/users.ts';

const DEMO_KEY = 'demo_seeded_at';

export async function isDemoSeeded(db: Db): Promise<boolean> {
  const row = await db.selectFrom('app_state').select('key').where('key', '=', DEMO_KEY).executeTakeFirst();
  return row !== undefined;
}

/** Loads the demo data once; answers false when it was there already. */
export async function seedDemo(db: Db): Promise<boolean> {
  await ensureBaseData(db);
  if (await isDemoSeeded(db)) return false;
  const unitIds = await insertUnits(db, demoUnits);
  const result = await importCatalog({ db, catalog: demoCatalog });
  if (!result.ok) {
    throw new Error(`demo catalog is invalid: ${JSON.stringify(result.errors.slice(0, 5))}`);
  }
  const passwordHash = await hashPassword(demoPassword);
  await db.transaction().execute(async (tx) => {
    for (const u of demoUsers) {
      const unitId = unitIds.get(u.unitCode);
      if (unitId === undefined) throw new Error(`demo user ${u.username}: unknown unit ${u.unitCode}`);
      const user = await tx
        .insertInto('users')
        .values({ username: u.username, full_name: u.fullName, password_hash: passwordHash })
        .onConflict((oc) => oc.column('username').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (user)
        await tx
          .insertInto('user_roles')
          .values({ user_id: user.id, role: u.role, unit_id: unitId })
          .execute();
    }
    await tx
      .insertInto('app_state')
      .values({ key: DEMO_KEY, value: JSON.stringify(new Date().toISOString()) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ updated_at: sql`now()` }))
      .execute();
  });
  return true;
}
