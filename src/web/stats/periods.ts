// Report periods as the dashboards pick them: presets anchored on today in Vietnam, and the buckets
// (days, months or years) a period splits into for the charts. Dates are 'YYYY-MM-DD' strings.

export const periodKinds = [
  'today',
  'month',
  'quarter',
  'year',
  'last-month',
  'last-quarter',
  'last-year',
  'custom',
] as const;
export type PeriodKind = (typeof periodKinds)[number];

export interface Period {
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today's date in a time zone (the units' own: Asia/Ho_Chi_Minh). */
export function todayIn(now: Date = new Date(), timeZone = 'Asia/Ho_Chi_Minh'): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function iso(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);
}

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y ?? 1970, (m ?? 1) - 1, d ?? 1];
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Days in [from, to], both included. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

/**
 * The period of a preset. The current month, quarter and year end today (the report's pending
 * columns are as of its last day, and the future has nothing to count); past ones are whole.
 */
export function presetPeriod(kind: Exclude<PeriodKind, 'custom'>, today: string): Period {
  const [y, m] = parts(today);
  const q = Math.floor(m / 3) * 3;
  switch (kind) {
    case 'today':
      return { from: today, to: today };
    case 'month':
      return { from: iso(y, m, 1), to: today };
    case 'quarter':
      return { from: iso(y, q, 1), to: today };
    case 'year':
      return { from: iso(y, 0, 1), to: today };
    case 'last-month':
      return { from: iso(y, m - 1, 1), to: iso(y, m, 0) };
    case 'last-quarter':
      return { from: iso(y, q - 3, 1), to: iso(y, q, 0) };
    case 'last-year':
      return { from: iso(y - 1, 0, 1), to: iso(y - 1, 11, 31) };
  }
}

/** Why a custom period cannot be asked for, as an i18n key under stats.period, or null. */
export function periodProblem(
  period: Period,
  today: string,
): 'invalid' | 'reversed' | 'tooLong' | 'future' | null {
  if (!isIsoDate(period.from) || !isIsoDate(period.to)) return 'invalid';
  if (period.to < period.from) return 'reversed';
  const [y, m, d] = parts(period.from);
  if (period.to >= iso(y + 10, m, d)) return 'tooLong';
  if (period.from > today) return 'future';
  return null;
}

export type BucketSize = 'day' | 'month' | 'year';

export interface Bucket extends Period {
  size: BucketSize;
}

/** Up to a month: days; up to two years: months; longer: years. Each bucket is cut to the period. */
export function bucketsOf(period: Period): Bucket[] {
  const days = daysBetween(period.from, period.to);
  const size: BucketSize = days <= 31 ? 'day' : days <= 731 ? 'month' : 'year';
  const buckets: Bucket[] = [];
  let start = period.from;
  while (start <= period.to && buckets.length < 400) {
    const [y, m] = parts(start);
    const end = size === 'day' ? start : size === 'month' ? iso(y, m + 1, 0) : iso(y, 11, 31);
    const to = [end, period.to].sort()[0] ?? end;
    buckets.push({ from: start, to, size });
    start = addDays(to, 1);
  }
  return buckets;
}

/** "dd/mm/yyyy" of a 'YYYY-MM-DD'. */
export function formatIsoDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/** A bucket's short label on a chart axis: "05/11", "T11/2026" (month) or "2026". */
export function bucketLabel(bucket: Bucket, monthPrefix: string): string {
  const [y, m, d] = bucket.from.split('-');
  if (bucket.size === 'day') return `${d}/${m}`;
  if (bucket.size === 'month') return `${monthPrefix}${Number(m)}/${y}`;
  return y ?? '';
}
