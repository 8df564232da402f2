import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addYears, bucketsOfDay, dayOf, isoOf, localDay, prefixRanges } from './buckets.ts';
import { periodIssues } from './report-period.ts';

describe('prefix buckets', () => {
  it('cover every day before p exactly once, and no day on or after it', () => {
    const day = fc.integer({ min: dayOf('2019-01-01'), max: dayOf('2031-12-31') });
    fc.assert(
      fc.property(day, day, (p, q) => {
        const ranges = prefixRanges(p);
        const hits = bucketsOfDay(q).filter((b) =>
          ranges.some((r) => r.grain === b.grain && (r.from === null || b.start >= r.from) && b.start < r.to),
        );
        expect(hits.length).toBe(q < p ? 1 : 0);
      }),
      { numRuns: 5000 },
    );
  });

  it('read at most (years) + 11 months + 30 days', () => {
    const p = dayOf('2025-12-31');
    const [, months, days] = prefixRanges(p);
    expect(isoOf(months?.from ?? 0)).toBe('2025-01-01');
    expect(isoOf(months?.to ?? 0)).toBe('2025-12-01');
    expect((days?.to ?? 0) - (days?.from ?? 0)).toBe(30);
  });

  it('take the local date in Vietnam, not the UTC one', () => {
    expect(isoOf(localDay('Asia/Ho_Chi_Minh', new Date('2025-06-30T17:00:00Z')))).toBe('2025-07-01');
    expect(isoOf(localDay('Asia/Ho_Chi_Minh', new Date('2025-06-30T16:59:59Z')))).toBe('2025-06-30');
  });

  it('add years, 29 February becoming 28 February', () => {
    expect(isoOf(addYears(dayOf('2024-02-29'), 1))).toBe('2025-02-28');
    expect(isoOf(addYears(dayOf('2016-01-01'), 10))).toBe('2026-01-01');
  });
});

describe('report periods', () => {
  it('accept one day and exactly ten years', () => {
    expect(periodIssues('2025-01-01', '2025-01-01')).toEqual([]);
    expect(periodIssues('2016-01-01', '2025-12-31')).toEqual([]);
  });

  it('refuse reversed, longer than ten years, and out-of-range periods, naming the field', () => {
    expect(periodIssues('2025-03-01', '2025-02-28')).toEqual([
      { field: 'to', message: 'must be on or after from' },
    ]);
    expect(periodIssues('2016-01-01', '2026-01-01')[0]?.field).toBe('to');
    expect(periodIssues('1925-01-01', '2025-01-01')[0]?.message).toContain('at most 10 years');
    expect(periodIssues('1899-12-31', '1900-01-01')).toEqual([
      { field: 'from', message: 'must be between 1900 and 2999' },
    ]);
  });
});
