// Types of the working-time calendar: the spec of a unit's office time and the deadline classes.

/** A local calendar date 'YYYY-MM-DD' in the unit's time zone. */
export type IsoDate = string;

/** One office period of a working day, 'HH:MM' local wall time, start < end ('24:00' allowed as end). */
export interface OfficePeriod {
  start: string;
  end: string;
}

/**
 * Everything that decides when a unit works. Treat it as immutable: the module caches a compiled form
 * per spec object, so build a new spec (e.g. with `defaultCalendarSpec`) when an administrator edits one.
 */
export interface CalendarSpec {
  /** IANA time zone, default 'Asia/Ho_Chi_Minh'. */
  timeZone: string;
  /** Working weekdays, 0 = Sunday … 6 = Saturday; default [1, 2, 3, 4, 5]. */
  weekdays: number[];
  /** Office periods of every working day; default 07:30–11:30 and 13:30–17:00. */
  periods: OfficePeriod[];
  /** Days off that would otherwise be working days (public holidays, swapped days). */
  holidays: ReadonlySet<IsoDate>;
  /** Make-up working days (e.g. a Saturday); they use the same periods. A holiday on the same date wins. */
  workingDays: ReadonlySet<IsoDate>;
}

export type TimeUnit = 'working_days' | 'calendar_days' | 'working_hours';

/** How a finished dossier compares with its due date, by local day. */
export type FinishClass = 'early' | 'on_time' | 'late';

/** How a pending dossier compares with its due instant. */
export type PendingClass = 'within_deadline' | 'overdue';
