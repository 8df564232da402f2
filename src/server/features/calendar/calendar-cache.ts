// Each unit's working-time calendar, loaded from the database and kept per process; a calendar's
// revision (bumped by every change of its days) tells every process when to reload.

import type { Kysely } from 'kysely';
import type { CalendarSpec } from '../../../domain/calendar/index.ts';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';

type Executor = Kysely<Database>;

import { NotFoundError } from '../../http/problem.ts';

interface Entry {
  revision: number;
  spec: CalendarSpec;
}

export class CalendarCache {
  private readonly byCalendar = new Map<number, Entry>();

  constructor(private readonly db: Db) {}

  /**
   * The calendar a unit follows; 404 when the unit does not exist. Inside a transaction, pass it:
   * a second connection from the pool while holding one can starve the pool under load.
   */
  async getForUnit(unitId: number, executor: Executor = this.db): Promise<CalendarSpec> {
    const row = await executor
      .selectFrom('units')
      .innerJoin('calendars', 'calendars.id', 'units.calendar_id')
      .select(['calendars.id', 'calendars.revision'])
      .where('units.id', '=', unitId)
      .executeTakeFirst();
    if (!row) throw new NotFoundError(`No unit ${unitId}.`);
    return this.get(row.id, row.revision, executor);
  }

  async get(calendarId: number, knownRevision?: number, executor: Executor = this.db): Promise<CalendarSpec> {
    const cached = this.byCalendar.get(calendarId);
    if (cached && cached.revision === knownRevision) return cached.spec;
    const entry = await loadCalendar(executor, calendarId);
    this.byCalendar.set(calendarId, entry);
    return entry.spec;
  }
}

async function loadCalendar(db: Executor, calendarId: number): Promise<Entry> {
  const cal = await db
    .selectFrom('calendars')
    .select(['time_zone', 'weekdays', 'periods', 'revision'])
    .where('id', '=', calendarId)
    .executeTakeFirst();
  if (!cal) throw new NotFoundError(`No calendar ${calendarId}.`);
  const days = await db
    .selectFrom('calendar_days')
    .select(['date', 'kind'])
    .where('calendar_id', '=', calendarId)
    .execute();
  return {
    revision: cal.revision,
    spec: {
      timeZone: cal.time_zone,
      weekdays: cal.weekdays,
      periods: cal.periods,
      holidays: new Set(days.filter((d) => d.kind === 'holiday').map((d) => d.date)),
      workingDays: new Set(days.filter((d) => d.kind === 'working_day').map((d) => d.date)),
    },
  };
}
