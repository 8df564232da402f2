// SQL for administrative units and their levels.
import type { Db } from '../../db/database.ts';

export interface UnitRow {
  id: number;
  code: string;
  name: string;
  level: string;
  parentId: number | null;
  address: string | null;
  calendarId: number;
}

const columns = [
  'id',
  'code',
  'name',
  'level',
  'parent_id as parentId',
  'address',
  'calendar_id as calendarId',
] as const;

export function listUnits(db: Db): Promise<UnitRow[]> {
  return db.selectFrom('units').select(columns).orderBy('path').execute();
}

export function findUnit(db: Db, id: number): Promise<UnitRow | undefined> {
  return db.selectFrom('units').select(columns).where('id', '=', id).executeTakeFirst();
}

export function findUnitByCode(db: Db, code: string): Promise<UnitRow | undefined> {
  return db.selectFrom('units').select(columns).where('code', '=', code).executeTakeFirst();
}

export function listLevels(db: Db) {
  return db.selectFrom('unit_levels').select(['code', 'name', 'rank']).orderBy('rank').execute();
}
