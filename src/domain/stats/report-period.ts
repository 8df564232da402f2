// A report period: two local dates of the resolving unit, both included, at most ten years long.
import { addYears, dayOf } from './buckets.ts';

export const MAX_PERIOD_YEARS = 10;
const FIRST_DAY = dayOf('1900-01-01');
const LAST_DAY = dayOf('2999-12-31');

export interface PeriodIssue {
  field: 'from' | 'to';
  message: string;
}

export interface Period {
  /** first day of the period (day number) */
  from: number;
  /** last day of the period (day number), included */
  to: number;
}

/** The problems of a period given as valid 'YYYY-MM-DD' dates; empty when it is fine. */
export function periodIssues(from: string, to: string): PeriodIssue[] {
  const f = dayOf(from);
  const t = dayOf(to);
  const issues: PeriodIssue[] = [];
  if (f < FIRST_DAY || f > LAST_DAY) issues.push({ field: 'from', message: 'must be between 1900 and 2999' });
  if (t < FIRST_DAY || t > LAST_DAY) issues.push({ field: 'to', message: 'must be between 1900 and 2999' });
  if (issues.length > 0) return issues;
  if (t < f) return [{ field: 'to', message: 'must be on or after from' }];
  if (t >= addYears(f, MAX_PERIOD_YEARS)) {
    return [{ field: 'to', message: `the period may be at most ${MAX_PERIOD_YEARS} years long` }];
  }
  return [];
}
