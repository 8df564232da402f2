// Data every installation needs: the standard unit levels and Vietnam's working-time calendar.
import {
  DEFAULT_PERIODS,
  DEFAULT_TIME_ZONE,
  vietnamDaysOff2025to2027,
} from '../../domain/calendar/holidays-vn.ts';
import type { SeedUnit } from '../../domain/catalog/schema.ts';
import type { Db } from '../db/database.ts';

export const STANDARD_LEVELS = [
  { code: 'province', name: 'Cấp tỉnh', rank: 1 },
  { code: 'district', name: 'Cấp huyện', rank: 2 },
  { code: 'commune', name: 'Cấp xã', rank: 3 },
];

export const DEFAULT_CALENDAR_CODE = 'VN';

/** Idempotent: inserts what is missing, changes nothing an administrator edited. */
export async function ensureBaseData(db: Db): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto('unit_levels')
      .values(STANDARD_LEVELS)
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
    const existing = await tx.selectFrom('calendars').select('id').executeTakeFirst();
    if (existing) return;
    const { id } = await tx
      .insertInto('calendars')
      .values({
        code: DEFAULT_CALENDAR_CODE,
        name: 'Lịch làm việc của cơ quan hành chính nhà nước',
        time_zone: DEFAULT_TIME_ZONE,
        periods: JSON.stringify(DEFAULT_PERIODS),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('calendar_days')
      .values(
        vietnamDaysOff2025to2027.map((d) => ({ calendar_id: id, date: d.date, kind: d.kind, name: d.name })),
      )
      .onConflict((oc) => oc.columns(['calendar_id', 'date']).doNothing())
      .execute();
  });
}

/** Inserts units (parents before children, by code), following the default calendar. */
export async function insertUnits(db: Db, units: readonly SeedUnit[]): Promise<Map<string, number>> {
  return db.transaction().execute(async (tx) => {
    const calendar = await tx.selectFrom('calendars').select('id').orderBy('id').executeTakeFirstOrThrow();
    const existing = await tx.selectFrom('units').select(['id', 'code', 'path']).execute();
    const ids = new Map(existing.map((u) => [u.code, u.id]));
    const paths = new Map(existing.map((u) => [u.code, u.path]));
    const pending = [...units];
    while (pending.length > 0) {
      const index = pending.findIndex((u) => u.parentCode === null || paths.has(u.parentCode));
      if (index < 0)
        throw new Error(`unit ${pending[0]?.code} has an unknown parent ${pending[0]?.parentCode}`);
      const [u] = pending.splice(index, 1);
      if (!u || ids.has(u.code)) continue;
      const parentPath = u.parentCode === null ? [] : (paths.get(u.parentCode) ?? []);
      const { id } = await tx
        .insertInto('units')
        .values({
          code: u.code,
          name: u.name.normalize('NFC'),
          level: u.level,
          parent_id: u.parentCode === null ? null : (ids.get(u.parentCode) ?? null),
          address: u.address ?? null,
          calendar_id: calendar.id,
          path: [...parentPath, 0],
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const path = [...parentPath, id];
      await tx.updateTable('units').set({ path }).where('id', '=', id).execute();
      ids.set(u.code, id);
      paths.set(u.code, path);
    }
    return ids;
  });
}
