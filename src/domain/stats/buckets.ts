// Days, months and years as the statistics count them. Every counter is kept three times: for its
// day, its month and its year. A sum over all days before a date p is then at most (years before
// p's year) + 11 month rows + 30 day rows per group, whatever the history's length: the report's
// cost grows with units × these rows, never with dossiers.
import { DAY_MS, formatIsoDate, parseIsoDate } from '../calendar/iso-date.ts';
import { offsetAt } from '../calendar/time-zone.ts';

/** d = one day, m = a calendar month, y = a calendar year; `start` is the bucket's first day. */
export type Grain = 'd' | 'm' | 'y';
export const grains = ['d', 'm', 'y'] as const satisfies readonly Grain[];

/** Days are day numbers (days since 1970-01-01) inside the domain and 'YYYY-MM-DD' at its edges. */
export const dayOf = (iso: string): number => parseIsoDate(iso);
export const isoOf = (day: number): string => formatIsoDate(day);

/** The local date (as a day number) of an instant in a time zone: the unit's calendar day. */
export function localDay(timeZone: string, at: Date): number {
  const ms = at.getTime();
  return Math.floor((ms + offsetAt(timeZone, ms)) / DAY_MS);
}

export function monthStart(day: number): number {
  const d = new Date(day * DAY_MS);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY_MS;
}

export function yearStart(day: number): number {
  return Date.UTC(new Date(day * DAY_MS).getUTCFullYear(), 0, 1) / DAY_MS;
}

/** The same date `years` later (29 February → 28 February in a common year). */
export function addYears(day: number, years: number): number {
  const d = new Date(day * DAY_MS);
  const y = d.getUTCFullYear() + years;
  const last = new Date(Date.UTC(y, d.getUTCMonth() + 1, 0)).getUTCDate();
  return Date.UTC(y, d.getUTCMonth(), Math.min(d.getUTCDate(), last)) / DAY_MS;
}

/** The three buckets a day's counts are added to. */
export function bucketsOfDay(day: number): { grain: Grain; start: number }[] {
  return [
    { grain: 'd', start: day },
    { grain: 'm', start: monthStart(day) },
    { grain: 'y', start: yearStart(day) },
  ];
}

/**
 * The bucket ranges whose rows add up to exactly the days before `p` (a prefix sum): every year
 * before p's year, every month of p's year before p's month, every day of p's month before p.
 * `from` null means unbounded; `start` is in [from, to).
 */
export function prefixRanges(p: number): { grain: Grain; from: number | null; to: number }[] {
  const y = yearStart(p);
  const m = monthStart(p);
  return [
    { grain: 'y', from: null, to: y },
    { grain: 'm', from: y, to: m },
    { grain: 'd', from: m, to: p },
  ];
}

/** One index range scan of the report: a grain, the starts it reads, and which rows count for each point. */
export interface PrefixScan {
  grain: Grain;
  /** starts read: [lo, hi); lo null = unbounded */
  lo: number | null;
  hi: number;
  /** the rows of this scan that count in P(from) and in P(to + 1): [lo, hi) each, empty when lo = hi */
  start: { lo: number | null; hi: number };
  end: { lo: number | null; hi: number };
}

/**
 * The fewest index range scans that read both prefix sums of the period [from, to]: per grain, the
 * two points' ranges read in one scan when they overlap or touch, empty ranges skipped. A month,
 * quarter or year reads two scans per unit (its years and its months), never a day row.
 */
export function prefixScans(from: number, to: number): PrefixScan[] {
  const a = prefixRanges(from);
  const b = prefixRanges(to + 1);
  const none = { lo: 0, hi: 0 };
  const scans: PrefixScan[] = [];
  for (const grain of ['y', 'm', 'd'] as const) {
    const s = a.find((r) => r.grain === grain);
    const e = b.find((r) => r.grain === grain);
    if (!s || !e) continue;
    const sEmpty = s.from !== null && s.from >= s.to;
    const eEmpty = e.from !== null && e.from >= e.to;
    const sRange = sEmpty ? none : { lo: s.from, hi: s.to };
    const eRange = eEmpty ? none : { lo: e.from, hi: e.to };
    if (sEmpty && eEmpty) continue;
    if (sEmpty) scans.push({ grain, lo: e.from, hi: e.to, start: none, end: eRange });
    else if (eEmpty) scans.push({ grain, lo: s.from, hi: s.to, start: sRange, end: none });
    else {
      const lower = (x: number | null, y: number | null) =>
        x === null || y === null ? null : Math.min(x, y);
      const touch = (s.from === null || s.from <= e.to) && (e.from === null || e.from <= s.to);
      if (touch) {
        scans.push({
          grain,
          lo: lower(s.from, e.from),
          hi: Math.max(s.to, e.to),
          start: sRange,
          end: eRange,
        });
      } else {
        scans.push({ grain, lo: s.from, hi: s.to, start: sRange, end: none });
        scans.push({ grain, lo: e.from, hi: e.to, start: none, end: eRange });
      }
    }
  }
  return scans;
}
