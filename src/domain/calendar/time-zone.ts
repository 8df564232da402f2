// UTC offsets of an IANA time zone via Intl, cached per zone and UTC day, and local wall time ↔ instant.
import { DAY_MS } from './iso-date.ts';

interface DayOffsets {
  /** Offset (ms, local − UTC) from the start of the UTC day. */
  before: number;
  /** Instant of the one transition inside the UTC day, or Infinity when there is none. */
  transition: number;
  after: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Offset at the start of each UTC day, per zone: one Intl call per zone and day. */
const startOffsets = new Map<string, Map<number, number>>();
const dayOffsets = new Map<string, Map<number, DayOffsets>>();
/** Bounds the memory of a long-running server that sees dates from many years. */
const MAX_CACHED_DAYS = 50_000;
const LONG_OFFSET = /GMT(?:([+-])(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?)?$/;

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws RangeError for an unknown zone, which is the validation we want.
    f = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Throws RangeError unless `timeZone` is a zone this runtime knows. */
export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

/** Offset at one instant straight from Intl ('GMT+07:00', 'GMT+07:06:40', 'GMT'); a few microseconds. */
function rawOffset(timeZone: string, ms: number): number {
  const text = formatterFor(timeZone).format(ms);
  const m = LONG_OFFSET.exec(text);
  if (!m) throw new Error(`calendar: cannot read the UTC offset of ${timeZone} from ${JSON.stringify(text)}`);
  if (!m[1]) return 0;
  const seconds = Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
  return (m[1] === '-' ? -seconds : seconds) * 1000;
}

function cacheFor<V>(caches: Map<string, Map<number, V>>, timeZone: string): Map<number, V> {
  let cache = caches.get(timeZone);
  if (!cache) {
    cache = new Map();
    caches.set(timeZone, cache);
  }
  if (cache.size >= MAX_CACHED_DAYS) cache.clear();
  return cache;
}

function startOffset(timeZone: string, utcDay: number): number {
  const cache = cacheFor(startOffsets, timeZone);
  let offset = cache.get(utcDay);
  if (offset === undefined) {
    offset = rawOffset(timeZone, utcDay * DAY_MS);
    cache.set(utcDay, offset);
  }
  return offset;
}

function computeDay(timeZone: string, utcDay: number): DayOffsets {
  const before = startOffset(timeZone, utcDay);
  const after = startOffset(timeZone, utcDay + 1);
  if (before === after) return { before, transition: Number.POSITIVE_INFINITY, after };
  // Binary search, to the second, for the first instant with the new offset (one transition a day at most).
  let lo = utcDay * DAY_MS;
  let hi = lo + DAY_MS;
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (rawOffset(timeZone, mid) === before) lo = mid;
    else hi = mid;
  }
  return { before, transition: hi, after };
}

/** Offset (ms, local − UTC) of `timeZone` at instant `ms`; cached per zone and UTC day. */
export function offsetAt(timeZone: string, ms: number): number {
  const cache = cacheFor(dayOffsets, timeZone);
  const utcDay = Math.floor(ms / DAY_MS);
  let entry = cache.get(utcDay);
  if (!entry) {
    entry = computeDay(timeZone, utcDay);
    cache.set(utcDay, entry);
  }
  return ms < entry.transition ? entry.before : entry.after;
}

/**
 * The instant of a local wall time given as ms since 1970-01-01T00:00 local. Like Temporal's
 * 'compatible' disambiguation: in a fold the earlier instant, in a gap the wall time read with the
 * offset from before the gap (so it lands after it).
 */
export function wallToInstant(timeZone: string, wallMs: number): number {
  const early = offsetAt(timeZone, wallMs - DAY_MS);
  const late = offsetAt(timeZone, wallMs + DAY_MS);
  const first = wallMs - early;
  if (early === late) return first;
  const second = wallMs - late;
  const firstValid = offsetAt(timeZone, first) === early;
  const secondValid = offsetAt(timeZone, second) === late;
  if (firstValid && secondValid) return Math.min(first, second);
  if (secondValid) return second;
  return first;
}
