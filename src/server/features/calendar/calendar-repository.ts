// SQL for calendars and their days off / make-up working days.

import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { NotFoundError } from '../../http/problem.ts';
import { type AuditEntry, writeAudit } from '../audit/audit-log.ts';

export interface CalendarDay {
  date: string;
  kind: 'holiday' | 'working_day';
  name: string;
}

export async function getDefaultCalendarId(db: Db): Promise<number> {
  const row = await db.selectFrom('calendars').select('id').orderBy('id').limit(1).executeTakeFirst();
  if (!row) throw new NotFoundError('No calendar is configured.');
  return row.id;
}

export async function assertCalendarExists(db: Db, calendarId: number): Promise<void> {
  const row = await db.selectFrom('calendars').select('id').where('id', '=', calendarId).executeTakeFirst();
  if (!row) throw new NotFoundError(`No calendar ${calendarId}.`);
}

export function listCalendarDays(db: Db, calendarId: number, year: number): Promise<CalendarDay[]> {
  return db
    .selectFrom('calendar_days')
    .select(['date', 'kind', 'name'])
    .where('calendar_id', '=', calendarId)
    .where('date', '>=', `${year}-01-01`)
    .where('date', '<=', `${year}-12-31`)
    .orderBy('date')
    .execute();
}

/** Sets one day and bumps the calendar's revision (and writes the audit entry), in one transaction. */
export async function upsertCalendarDay(
  db: Db,
  calendarId: number,
  day: CalendarDay,
  audit?: AuditEntry,
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    if (audit) await writeAudit(tx, audit);
    await tx
      .insertInto('calendar_days')
      .values({ calendar_id: calendarId, ...day })
      .onConflict((oc) => oc.columns(['calendar_id', 'date']).doUpdateSet({ kind: day.kind, name: day.name }))
      .execute();
    await tx
      .updateTable('calendars')
      .set({ revision: sql`revision + 1` })
      .where('id', '=', calendarId)
      .execute();
  });
}

/** Removes one day (and writes the audit entry, in the same transaction); answers whether it existed. */
export async function deleteCalendarDay(
  db: Db,
  calendarId: number,
  date: string,
  audit?: AuditEntry,
): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const deleted = await tx
      .deleteFrom('calendar_days')
      .where('calendar_id', '=', calendarId)
      .where('date', '=', date)
      .executeTakeFirst();
    if (deleted.numDeletedRows === 0n) return false;
    if (audit) await writeAudit(tx, audit);
    await tx
      .updateTable('calendars')
      .set({ revision: sql`revision + 1` })
      .where('id', '=', calendarId)
      .execute();
    return true;
  });
}
