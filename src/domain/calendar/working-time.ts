// Working-time arithmetic on instants in a unit's time zone: openings, adding time, minutes between.
import {
  assertDayInRange,
  type CompiledSpec,
  type Cursor,
  compile,
  dayInfo,
  instantOfLocal,
  isWorkingDayNumber,
  localDayOf,
  nextWorkingDay,
  openingCursor,
} from './compiled-spec.ts';
import { DAY_MS, epochMs, formatIsoDate, MINUTE_MS, pad, parseHhMm, parseIsoDate } from './iso-date.ts';
import { offsetAt } from './time-zone.ts';
import type { CalendarSpec, IsoDate, TimeUnit } from './types.ts';

function amount(value: number, name: string): number {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`calendar: ${name} must be a finite number ≥ 0, got ${value}`);
  }
  return value;
}

/** Whether a local date is a working day: a holiday is off, a make-up day works, else the weekday decides. */
export function isWorkingDay(spec: CalendarSpec, date: IsoDate): boolean {
  return isWorkingDayNumber(compile(spec), parseIsoDate(date));
}

/** Whether an instant lies inside an office period of a working day (start inclusive, end exclusive). */
export function isWorkingTime(spec: CalendarSpec, at: Date): boolean {
  const c = compile(spec);
  const ms = epochMs(at, 'at');
  const { intervals } = dayInfo(c, localDayOf(c, ms));
  for (let i = 0; i < intervals.length; i += 2) {
    if (ms >= (intervals[i] as number) && ms < (intervals[i + 1] as number)) return true;
  }
  return false;
}

/**
 * `at` itself when it is working time, else the start of the next office period: a dossier received
 * after closing time counts from the next working morning (legal-reference.md, Deadlines).
 */
export function nextOpening(spec: CalendarSpec, at: Date): Date {
  const c = compile(spec);
  return new Date(openingCursor(c, epochMs(at, 'at')).ms);
}

/** Consumes `ms` of working time from a cursor; a result exactly at a period end stays there. */
function advance(c: CompiledSpec, cursor: Cursor, ms: number): number {
  let remaining = ms;
  let { day, index, ms: at } = cursor;
  let { intervals } = dayInfo(c, day);
  for (;;) {
    for (let i = index; i < intervals.length; i += 2) {
      const start = Math.max(at, intervals[i] as number);
      const end = intervals[i + 1] as number;
      if (remaining <= end - start) return start + remaining;
      remaining -= end - start;
    }
    // Whole days at a time, so a year of working time is a few hundred steps.
    for (;;) {
      day = nextWorkingDay(c, day);
      const info = dayInfo(c, day);
      if (remaining <= info.total) {
        intervals = info.intervals;
        break;
      }
      remaining -= info.total;
    }
    index = 0;
    at = Number.NEGATIVE_INFINITY;
  }
}

/**
 * The instant after `minutes` of working time counted from nextOpening(from). A result exactly at the
 * end of a period is that end, not the next opening: "all of Tuesday" ends Tuesday 17:00.
 */
export function addWorkingMinutes(spec: CalendarSpec, from: Date, minutes: number): Date {
  const c = compile(spec);
  const ms = Math.round(amount(minutes, 'minutes') * MINUTE_MS);
  return new Date(advance(c, openingCursor(c, epochMs(from, 'from')), ms));
}

export function addWorkingHours(spec: CalendarSpec, from: Date, hours: number): Date {
  return addWorkingMinutes(spec, from, amount(hours, 'hours') * 60);
}

/** Working ms of `day` before instant `ms`. */
function workedBefore(c: CompiledSpec, day: number, ms: number): number {
  const { intervals } = dayInfo(c, day);
  let sum = 0;
  for (let i = 0; i < intervals.length; i += 2) {
    const start = intervals[i] as number;
    const end = intervals[i + 1] as number;
    if (ms <= start) break;
    sum += Math.min(ms, end) - start;
  }
  return sum;
}

/** The earliest instant with `offset` working ms of `day` before it; the day's close if it is shorter. */
function pointInDay(c: CompiledSpec, day: number, offset: number): number {
  const { intervals } = dayInfo(c, day);
  let remaining = offset;
  for (let i = 0; i < intervals.length; i += 2) {
    const start = intervals[i] as number;
    const end = intervals[i + 1] as number;
    if (remaining <= end - start) return start + remaining;
    remaining -= end - start;
  }
  return intervals[intervals.length - 1] as number;
}

function closeOf(c: CompiledSpec, day: number): number {
  const { intervals } = dayInfo(c, day);
  return intervals[intervals.length - 1] as number;
}

/**
 * Due instant of a procedure of `days` working days received at `from`: the same point of the working
 * day (same working minutes after its opening) `days` working days after the day of nextOpening(from).
 * 0 days = the close of that working day. A fraction adds fraction × the standard day length (the sum
 * of the periods) of working time; below one day, it is counted from nextOpening(from) directly.
 */
export function addWorkingDays(spec: CalendarSpec, from: Date, days: number): Date {
  const c = compile(spec);
  const start = epochMs(from, 'from');
  const whole = Math.floor(amount(days, 'days'));
  const fractionMs = Math.round((days - whole) * c.dayLengthMs);
  const cursor = openingCursor(c, start);
  if (whole === 0) {
    return new Date(fractionMs > 0 ? advance(c, cursor, fractionMs) : closeOf(c, cursor.day));
  }
  const offset = workedBefore(c, cursor.day, cursor.ms);
  let day = cursor.day;
  for (let n = 0; n < whole; n++) day = nextWorkingDay(c, day);
  const due = pointInDay(c, day, offset);
  if (fractionMs === 0) return new Date(due);
  return new Date(advance(c, openingCursor(c, due), fractionMs));
}

/**
 * Due instant of a procedure of `days` calendar days: the same local time `days` days after
 * nextOpening(from); on a day off it moves to the close of the next working day (legal-reference.md,
 * Deadlines; Civil Code 2015 Art. 148(5)). 0 days = the close of the opening's working day.
 */
export function addCalendarDays(spec: CalendarSpec, from: Date, days: number): Date {
  const c = compile(spec);
  if (!Number.isInteger(amount(days, 'days'))) {
    throw new RangeError(`calendar: calendar days must be a whole number, got ${days}`);
  }
  const cursor = openingCursor(c, epochMs(from, 'from'));
  if (days === 0) return new Date(closeOf(c, cursor.day));
  const target = cursor.day + days;
  assertDayInRange(target);
  if (isWorkingDayNumber(c, target) && dayInfo(c, target).total > 0) {
    const wallMinute = (cursor.ms + offsetAt(c.timeZone, cursor.ms) - cursor.day * DAY_MS) / MINUTE_MS;
    return new Date(instantOfLocal(c, target, wallMinute));
  }
  return new Date(closeOf(c, nextWorkingDay(c, target)));
}

/** The due instant of a procedure time `amount` in `unit`, counted from the reception at `from`. */
export function dueAt(spec: CalendarSpec, from: Date, amount: number, unit: TimeUnit): Date {
  switch (unit) {
    case 'working_days':
      return addWorkingDays(spec, from, amount);
    case 'calendar_days':
      return addCalendarDays(spec, from, amount);
    case 'working_hours':
      return addWorkingHours(spec, from, amount);
    default: {
      const never: never = unit;
      throw new RangeError(`calendar: unknown time unit ${String(never)}`);
    }
  }
}

/** Working minutes in [a, b); negative when b < a. */
export function workingMinutesBetween(spec: CalendarSpec, a: Date, b: Date): number {
  const c = compile(spec);
  const from = epochMs(a, 'a');
  const to = epochMs(b, 'b');
  // 0 − x rather than −x: an empty range is +0, not −0.
  if (to < from) return (0 - workingMsBetween(c, to, from)) / MINUTE_MS;
  return workingMsBetween(c, from, to) / MINUTE_MS;
}

function workingMsBetween(c: CompiledSpec, from: number, to: number): number {
  const first = localDayOf(c, from);
  const last = localDayOf(c, to);
  let sum = 0;
  for (let day = first; day <= last; day++) {
    const info = dayInfo(c, day);
    if (day > first && day < last) {
      sum += info.total;
      continue;
    }
    const { intervals } = info;
    for (let i = 0; i < intervals.length; i += 2) {
      const start = Math.max(from, intervals[i] as number);
      const end = Math.min(to, intervals[i + 1] as number);
      if (end > start) sum += end - start;
    }
  }
  return sum;
}

/** The local date of an instant in the unit's time zone. */
export function localDate(spec: CalendarSpec, at: Date): IsoDate {
  const c = compile(spec);
  return formatIsoDate(localDayOf(c, epochMs(at, 'at')));
}

/** The local wall time of an instant, 'YYYY-MM-DDTHH:MM' (seconds dropped). */
export function localDateTime(spec: CalendarSpec, at: Date): string {
  const c = compile(spec);
  const ms = epochMs(at, 'at');
  const local = ms + offsetAt(c.timeZone, ms);
  const day = Math.floor(local / DAY_MS);
  const minute = Math.floor((local - day * DAY_MS) / MINUTE_MS);
  return `${formatIsoDate(day)}T${pad(Math.floor(minute / 60), 2)}:${pad(minute % 60, 2)}`;
}

/** The instant of a local wall time 'HH:MM' on a local date ('24:00' = the next midnight). */
export function atLocal(spec: CalendarSpec, date: IsoDate, hhmm: string): Date {
  const c = compile(spec);
  return new Date(instantOfLocal(c, parseIsoDate(date), parseHhMm(hhmm, true)));
}
