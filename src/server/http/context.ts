// What every feature's routes receive: the database and the configuration, nothing global.
import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import type { CalendarCache } from '../features/calendar/calendar-cache.ts';

export interface AppContext {
  db: Db;
  config: Config;
  databaseKind: 'embedded' | 'external';
  version: string;
  calendars: CalendarCache;
}
