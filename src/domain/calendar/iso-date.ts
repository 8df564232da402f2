// Local calendar dates as day numbers (days since 1970-01-01) and 'HH:MM' wall times as minutes.
import type { IsoDate } from './types.ts';

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
/** Day number of 10000-01-01: results beyond year 9999 are refused. */
export const MAX_DAY = Date.UTC(10000, 0, 1) / DAY_MS;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HH_MM = /^(\d{2}):(\d{2})$/;

/** Parses 'YYYY-MM-DD' into a day number; throws RangeError on malformed or impossible dates. */
export function parseIsoDate(date: IsoDate): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`calendar: not a 'YYYY-MM-DD' date: ${JSON.stringify(date)}`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const ms = new Date(0).setUTCFullYear(y, mo - 1, d);
  const day = ms / DAY_MS;
  if (mo < 1 || mo > 12 || d < 1 || formatIsoDate(day) !== date) {
    throw new RangeError(`calendar: no such date: ${date}`);
  }
  return day;
}

/** Formats a day number as 'YYYY-MM-DD' (years 0000–9999). */
export function formatIsoDate(day: number): IsoDate {
  const d = new Date(day * DAY_MS);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Parses 'HH:MM' into minutes after local midnight; '24:00' only when `allowEndOfDay`. */
export function parseHhMm(hhmm: string, allowEndOfDay = false): number {
  const m = HH_MM.exec(hhmm);
  const h = Number(m?.[1]);
  const mi = Number(m?.[2]);
  const valid = m !== null && mi < 60 && (h < 24 || (allowEndOfDay && h === 24 && mi === 0));
  if (!valid) throw new RangeError(`calendar: not an 'HH:MM' time: ${JSON.stringify(hhmm)}`);
  return h * 60 + mi;
}

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Milliseconds since the epoch of a Date; throws RangeError for anything that is not a valid Date. */
export function epochMs(at: Date, name: string): number {
  const ms = at instanceof Date ? at.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`calendar: ${name} is not a valid Date`);
  return ms;
}
