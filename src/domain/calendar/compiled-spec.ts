// Compiles a CalendarSpec once (validation, day-number sets) and caches each local day's office intervals.
import { DAY_MS, MAX_DAY, MINUTE_MS, parseHhMm, parseIsoDate, weekdayOf } from './iso-date.ts';
import { assertTimeZone, offsetAt, wallToInstant } from './time-zone.ts';
import type { CalendarSpec } from './types.ts';

/** Office intervals of one local day as UTC ms: [start0, end0, start1, end1, …], sorted, disjoint. */
export interface DayInfo {
  intervals: number[];
  /** Total office time of the day in ms. */
  total: number;
}

export interface CompiledSpec {
  timeZone: string;
  weekdays: boolean[];
  /** Office periods as [startMinute, endMinute] after local midnight, sorted. */
  periods: [number, number][];
  holidays: Set<number>;
  workingDays: Set<number>;
  /** Length of a standard working day (the sum of the periods), in ms. */
  dayLengthMs: number;
  days: Map<number, DayInfo>;
  /** What the spec looked like when compiled, to notice a spec changed in place. */
  source: {
    timeZone: string;
    weekdays: readonly number[];
    weekdayCount: number;
    periods: readonly unknown[];
    periodCount: number;
    holidays: ReadonlySet<string>;
    holidayCount: number;
    workingDays: ReadonlySet<string>;
    workingDayCount: number;
  };
}

/** A spec with no working time for this many consecutive days is refused (about ten years). */
export const MAX_IDLE_DAYS = 3660;
const MAX_CACHED_DAYS = 20_000;
const NO_WORK: DayInfo = { intervals: [], total: 0 };

const compiled = new WeakMap<CalendarSpec, CompiledSpec>();

export function compile(spec: CalendarSpec): CompiledSpec {
  let c = compiled.get(spec);
  if (!c || isStale(c, spec)) {
    c = build(spec);
    compiled.set(spec, c);
  }
  return c;
}

/**
 * Specs are meant to be immutable; this cheap check still catches the common slip of adding a holiday
 * to the same Set (or reassigning a field) after first use. Replacing an element in place is not seen.
 */
function isStale(c: CompiledSpec, spec: CalendarSpec): boolean {
  const s = c.source;
  return (
    s.timeZone !== spec.timeZone ||
    s.weekdays !== spec.weekdays ||
    s.weekdayCount !== spec.weekdays.length ||
    s.periods !== spec.periods ||
    s.periodCount !== spec.periods.length ||
    s.holidays !== spec.holidays ||
    s.holidayCount !== spec.holidays.size ||
    s.workingDays !== spec.workingDays ||
    s.workingDayCount !== spec.workingDays.size
  );
}

function build(spec: CalendarSpec): CompiledSpec {
  assertTimeZone(spec.timeZone);
  const weekdays = [false, false, false, false, false, false, false];
  for (const w of spec.weekdays) {
    if (!Number.isInteger(w) || w < 0 || w > 6)
      throw new RangeError(`calendar: weekday must be 0–6, got ${w}`);
    weekdays[w] = true;
  }
  const periods = spec.periods
    .map((p): [number, number] => {
      const start = parseHhMm(p.start);
      const end = parseHhMm(p.end, true);
      if (start >= end)
        throw new RangeError(`calendar: office period ${p.start}–${p.end} must start before it ends`);
      return [start, end];
    })
    .sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < periods.length; i++) {
    const prev = periods[i - 1];
    const cur = periods[i];
    if (prev && cur && cur[0] < prev[1]) throw new RangeError('calendar: office periods overlap');
  }
  const dayLengthMs = periods.reduce((sum, [s, e]) => sum + (e - s) * MINUTE_MS, 0);
  return {
    timeZone: spec.timeZone,
    weekdays,
    periods,
    holidays: new Set([...spec.holidays].map(parseIsoDate)),
    workingDays: new Set([...spec.workingDays].map(parseIsoDate)),
    dayLengthMs,
    days: new Map(),
    source: {
      timeZone: spec.timeZone,
      weekdays: spec.weekdays,
      weekdayCount: spec.weekdays.length,
      periods: spec.periods,
      periodCount: spec.periods.length,
      holidays: spec.holidays,
      holidayCount: spec.holidays.size,
      workingDays: spec.workingDays,
      workingDayCount: spec.workingDays.size,
    },
  };
}

/** Calendar rule only: a holiday is off; a make-up day works; otherwise the weekday decides. */
export function isWorkingDayNumber(c: CompiledSpec, day: number): boolean {
  if (c.holidays.has(day)) return false;
  if (c.workingDays.has(day)) return true;
  return c.weekdays[weekdayOf(day)] === true;
}

/** The instant of `minute` minutes after local midnight of `day` (fractional minutes allowed). */
export function instantOfLocal(c: CompiledSpec, day: number, minute: number): number {
  return wallToInstant(c.timeZone, day * DAY_MS + minute * MINUTE_MS);
}

/** Local day number of an instant. */
export function localDayOf(c: CompiledSpec, ms: number): number {
  return Math.floor((ms + offsetAt(c.timeZone, ms)) / DAY_MS);
}

export function dayInfo(c: CompiledSpec, day: number): DayInfo {
  let info = c.days.get(day);
  if (info) return info;
  if (!isWorkingDayNumber(c, day) || c.periods.length === 0) {
    info = NO_WORK;
  } else {
    const intervals: number[] = [];
    let total = 0;
    let floor = Number.NEGATIVE_INFINITY;
    // Fast path: no offset change from the day before to the day after, so one offset serves all periods.
    const midnight = day * DAY_MS;
    const offset = offsetAt(c.timeZone, midnight - DAY_MS);
    const fixed = offset === offsetAt(c.timeZone, midnight + 2 * DAY_MS);
    const instant = (minute: number): number =>
      fixed ? midnight + minute * MINUTE_MS - offset : instantOfLocal(c, day, minute);
    for (const [startMin, endMin] of c.periods) {
      // Clamping keeps intervals ordered even where a DST change folds or skips wall time.
      const start = Math.max(instant(startMin), floor);
      const end = instant(endMin);
      if (end <= start) continue;
      intervals.push(start, end);
      total += end - start;
      floor = end;
    }
    info = total > 0 ? { intervals, total } : NO_WORK;
  }
  if (c.days.size >= MAX_CACHED_DAYS) c.days.clear();
  c.days.set(day, info);
  return info;
}

export function assertDayInRange(day: number): void {
  if (day >= MAX_DAY) throw new RangeError('calendar: the result would fall after the year 9999');
}

function noWorkingTime(day: number): Error {
  return new Error(
    `calendar: the spec has no working time in the ${MAX_IDLE_DAYS} days after day ${day}; check its weekdays, periods and holidays`,
  );
}

/** The first day after `day` that has office time; throws after ~10 idle years. */
export function nextWorkingDay(c: CompiledSpec, day: number): number {
  for (let d = day + 1, idle = 0; ; d++, idle++) {
    if (idle > MAX_IDLE_DAYS) throw noWorkingTime(day);
    assertDayInRange(d);
    if (isWorkingDayNumber(c, d) && dayInfo(c, d).total > 0) return d;
  }
}

/** A point in working time: an instant inside the interval starting at `intervals[index]` of local `day`. */
export interface Cursor {
  day: number;
  index: number;
  ms: number;
}

/** The instant itself when it is working time, else the start of the next office period. */
export function openingCursor(c: CompiledSpec, ms: number): Cursor {
  let day = localDayOf(c, ms);
  for (let idle = 0; ; idle++) {
    if (idle > MAX_IDLE_DAYS) throw noWorkingTime(day);
    assertDayInRange(day);
    const { intervals } = dayInfo(c, day);
    for (let i = 0; i < intervals.length; i += 2) {
      const start = intervals[i] as number;
      const end = intervals[i + 1] as number;
      if (ms < end) return { day, index: i, ms: Math.max(ms, start) };
    }
    day++;
  }
}
