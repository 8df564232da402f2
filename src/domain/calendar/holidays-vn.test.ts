import { describe, expect, it } from 'vitest';
import { defaultCalendarSpec, vietnamDaysOff2025to2027 } from './holidays-vn.ts';
import { isWorkingDay } from './working-time.ts';

const vn = defaultCalendarSpec();

function datesOf(first: string, last: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${first}T00:00Z`); t <= Date.parse(`${last}T00:00Z`); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

function workingDaysIn(year: number): number {
  return datesOf(`${year}-01-01`, `${year}-12-31`).filter((d) => isWorkingDay(vn, d)).length;
}

describe('vietnamDaysOff2025to2027', () => {
  it('lists each date once', () => {
    const dates = vietnamDaysOff2025to2027.map((d) => d.date);
    expect(new Set(dates).size).toBe(dates.length);
  });

  it.each([
    ['2025-01-01', '2025-01-01'],
    ['2025-01-25', '2025-02-02'],
    ['2025-04-05', '2025-04-07'],
    ['2025-04-30', '2025-05-04'],
    ['2025-08-30', '2025-09-02'],
    ['2026-01-01', '2026-01-04'],
    ['2026-02-14', '2026-02-22'],
    ['2026-04-25', '2026-04-27'],
    ['2026-04-30', '2026-05-03'],
    ['2026-08-29', '2026-09-02'],
  ])('lists every day of the break %s – %s as a holiday', (first, last) => {
    const holidays = new Set(vietnamDaysOff2025to2027.filter((d) => d.kind === 'holiday').map((d) => d.date));
    for (const date of datesOf(first, last)) expect(holidays.has(date), date).toBe(true);
  });

  it('lists the make-up working Saturdays and nothing else as working days', () => {
    const makeUp = vietnamDaysOff2025to2027.filter((d) => d.kind === 'working_day');
    expect(makeUp.map((d) => d.date).sort()).toEqual(['2025-04-26', '2026-01-10', '2026-08-22']);
    for (const d of makeUp) expect(new Date(`${d.date}T00:00Z`).getUTCDay()).toBe(6);
  });

  it('gives 2027 only the days fixed by the rule, no guessed Tết break', () => {
    const y2027 = vietnamDaysOff2025to2027.filter((d) => d.date.startsWith('2027-')).map((d) => d.date);
    expect(y2027).toEqual([
      '2027-01-01',
      '2027-04-16',
      '2027-04-30',
      '2027-05-01',
      '2027-05-03',
      '2027-09-02',
    ]);
  });

  it('leaves 250 working days in each of 2025 and 2026 (261 weekdays − days off + make-up days)', () => {
    expect(workingDaysIn(2025)).toBe(250);
    expect(workingDaysIn(2026)).toBe(250);
  });
});

describe('defaultCalendarSpec', () => {
  it('builds the Vietnamese default: Asia/Ho_Chi_Minh, Monday–Friday, 07:30–11:30 and 13:30–17:00', () => {
    expect(vn.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(vn.weekdays).toEqual([1, 2, 3, 4, 5]);
    expect(vn.periods).toEqual([
      { start: '07:30', end: '11:30' },
      { start: '13:30', end: '17:00' },
    ]);
    expect(vn.holidays.has('2026-02-17')).toBe(true);
    expect(vn.workingDays.has('2026-01-10')).toBe(true);
  });

  it('builds from a custom list so an administrator can add 2027 Tết', () => {
    const spec = defaultCalendarSpec([
      ...vietnamDaysOff2025to2027,
      { date: '2027-02-08', kind: 'holiday', name: 'Tết Nguyên đán' },
    ]);
    expect(isWorkingDay(spec, '2027-02-08')).toBe(false);
    expect(isWorkingDay(vn, '2027-02-08')).toBe(true);
    expect(defaultCalendarSpec([]).holidays.size).toBe(0);
  });
});
