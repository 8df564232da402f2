// What every feature's routes receive: the database and the configuration, nothing global.
import type pg from 'pg';
import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import type { CalendarCache } from '../features/calendar/calendar-cache.ts';
import type { LookupCache } from '../features/citizen/lookup-cache.ts';

export interface AppContext {
  db: Db;
  /** the driver's pool, for the few checks that are not queries of the schema (readiness) */
  pool: pg.Pool;
  config: Config;
  databaseKind: 'embedded' | 'external';
  version: string;
  calendars: CalendarCache;
  /** citizens' lookups, dropped on every change of their dossier */
  lookups: LookupCache;
}
