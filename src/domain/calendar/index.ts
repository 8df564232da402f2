// Public API of the working-time calendar: the pure module behind every deadline (no database, HTTP or React).
export { classifyFinish, classifyPending } from './classify.ts';
export {
  type DayOff,
  DEFAULT_PERIODS,
  DEFAULT_TIME_ZONE,
  DEFAULT_WEEKDAYS,
  defaultCalendarSpec,
  vietnamDaysOff2025to2027,
} from './holidays-vn.ts';
export type {
  CalendarSpec,
  FinishClass,
  IsoDate,
  OfficePeriod,
  PendingClass,
  TimeUnit,
} from './types.ts';
export {
  addCalendarDays,
  addWorkingDays,
  addWorkingHours,
  addWorkingMinutes,
  atLocal,
  dueAt,
  isWorkingDay,
  isWorkingTime,
  localDate,
  localDateTime,
  nextOpening,
  workingMinutesBetween,
} from './working-time.ts';
