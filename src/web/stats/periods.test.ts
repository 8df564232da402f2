import { describe, expect, it } from 'vitest';
import { bucketsOf, daysBetween, periodProblem, presetPeriod, todayIn } from './periods.ts';

describe('report periods', () => {
  it('reads today in Vietnam, not in UTC', () => {
    expect(todayIn(new Date('2026-03-31T17:30:00Z'))).toBe('2026-04-01');
    expect(todayIn(new Date('2026-03-31T16:59:00Z'))).toBe('2026-03-31');
  });

  it('anchors the presets on today; current periods end today, past ones are whole', () => {
    const today = '2026-05-14';
    expect(presetPeriod('month', today)).toEqual({ from: '2026-05-01', to: today });
    expect(presetPeriod('quarter', today)).toEqual({ from: '2026-04-01', to: today });
    expect(presetPeriod('year', today)).toEqual({ from: '2026-01-01', to: today });
    expect(presetPeriod('last-month', today)).toEqual({ from: '2026-04-01', to: '2026-04-30' });
    expect(presetPeriod('last-quarter', today)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(presetPeriod('last-quarter', '2026-02-01')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(presetPeriod('last-month', '2026-03-10')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(presetPeriod('last-year', today)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('refuses what the server would refuse, before asking', () => {
    const today = '2026-05-14';
    expect(periodProblem({ from: '2026-05-01', to: '2026-04-01' }, today)).toBe('reversed');
    expect(periodProblem({ from: '2016-01-01', to: '2026-01-01' }, today)).toBe('tooLong');
    expect(periodProblem({ from: '2016-01-02', to: '2026-01-01' }, today)).toBeNull();
    expect(periodProblem({ from: '2026-02-30', to: '2026-03-01' }, today)).toBe('invalid');
    expect(periodProblem({ from: '2026-06-01', to: '2026-06-30' }, today)).toBe('future');
  });

  it('splits a month into days, a year into months, a decade into years, cut to the period', () => {
    expect(bucketsOf({ from: '2026-02-01', to: '2026-02-28' })).toHaveLength(28);
    const year = bucketsOf({ from: '2026-01-15', to: '2026-12-31' });
    expect(year).toHaveLength(12);
    expect(year[0]).toEqual({ from: '2026-01-15', to: '2026-01-31', size: 'month' });
    expect(year[1]).toEqual({ from: '2026-02-01', to: '2026-02-28', size: 'month' });
    const decade = bucketsOf({ from: '2017-06-01', to: '2026-05-14' });
    expect(decade.map((b) => b.from.slice(0, 4))).toHaveLength(10);
    expect(decade.at(-1)).toEqual({ from: '2026-01-01', to: '2026-05-14', size: 'year' });
    // The buckets tile the period: no gap, no overlap.
    const days = year.reduce((sum, b) => sum + daysBetween(b.from, b.to), 0);
    expect(days).toBe(daysBetween('2026-01-15', '2026-12-31'));
  });
});
