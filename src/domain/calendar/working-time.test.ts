import { describe, expect, it } from 'vitest';
import { defaultCalendarSpec } from './holidays-vn.ts';
import type { CalendarSpec } from './types.ts';
import {
  addCalendarDays,
  addWorkingDays,
  addWorkingHours,
  addWorkingMinutes,
  atLocal,
  dueAt,
  isWorkingDay,
  isWorkingTime,
  localDate,
  localDateTime,
  nextOpening,
  workingMinutesBetween,
} from './working-time.ts';

const vn = defaultCalendarSpec();
/** Local Vietnam wall time 'YYYY-MM-DDTHH:MM' → instant. */
const at = (local: string): Date => atLocal(vn, local.slice(0, 10), local.slice(11));
const show = (d: Date): string => localDateTime(vn, d);

function buildSpec(overrides: Partial<CalendarSpec> = {}): CalendarSpec {
  return { ...defaultCalendarSpec([]), ...overrides };
}

describe('isWorkingDay', () => {
  it.each([
    ['2026-01-05', true, 'an ordinary Monday'],
    ['2026-01-10', true, 'the make-up Saturday 10/01/2026'],
    ['2026-01-11', false, 'a Sunday'],
    ['2026-01-01', false, 'New Year'],
    ['2026-01-02', false, 'Friday 2/1/2026, swapped for 10/1'],
    ['2026-02-17', false, 'Tết Bính Ngọ'],
    ['2026-02-23', true, 'the Monday after Tết'],
    ['2026-04-27', false, 'Hùng Kings given back on Monday 27/4/2026'],
    ['2026-04-29', true, 'Wednesday 29/4/2026 (no swap that year)'],
    ['2025-04-26', true, 'the make-up Saturday 26/04/2025'],
    ['2025-05-02', false, 'Friday 2/5/2025, swapped'],
    ['2026-08-31', false, 'Monday 31/8/2026, swapped for 22/8'],
    ['2027-05-03', false, 'Labour Day 2027 given back on Monday 3/5'],
    ['2027-02-08', true, 'a Monday of 2027 Tết week: not decided yet, so still a working day'],
  ])('%s is %s (%s)', (date, expected) => {
    expect(isWorkingDay(vn, date)).toBe(expected);
  });

  it('lets a holiday win over a make-up working day listed for the same date', () => {
    const spec = buildSpec({ holidays: new Set(['2026-03-07']), workingDays: new Set(['2026-03-07']) });
    expect(isWorkingDay(spec, '2026-03-07')).toBe(false);
    expect(isWorkingDay(buildSpec({ workingDays: new Set(['2026-03-07']) }), '2026-03-07')).toBe(true);
  });

  it('notices a holiday added to the same spec after first use', () => {
    const holidays = new Set<string>();
    const spec = buildSpec({ holidays });
    expect(isWorkingDay(spec, '2026-03-03')).toBe(true);
    holidays.add('2026-03-03');
    expect(isWorkingDay(spec, '2026-03-03')).toBe(false);
  });

  it('rejects malformed and impossible dates with RangeError', () => {
    expect(() => isWorkingDay(vn, '2026-2-3')).toThrow(RangeError);
    expect(() => isWorkingDay(vn, '2026-02-30')).toThrow(RangeError);
    expect(() => isWorkingDay(vn, '2026-13-01')).toThrow(RangeError);
  });
});

describe('isWorkingTime and nextOpening', () => {
  it('treats a period start as inside and its end as outside', () => {
    expect(isWorkingTime(vn, at('2026-03-02T07:30'))).toBe(true);
    expect(isWorkingTime(vn, at('2026-03-02T07:29'))).toBe(false);
    expect(isWorkingTime(vn, at('2026-03-02T11:29'))).toBe(true);
    expect(isWorkingTime(vn, at('2026-03-02T11:30'))).toBe(false);
    expect(isWorkingTime(vn, at('2026-03-02T13:30'))).toBe(true);
    expect(isWorkingTime(vn, at('2026-03-02T17:00'))).toBe(false);
    expect(isWorkingTime(vn, at('2026-01-10T09:00'))).toBe(true);
    expect(isWorkingTime(vn, at('2026-02-17T09:00'))).toBe(false);
  });

  it.each([
    ['2026-03-02T10:00', '2026-03-02T10:00', 'inside office hours: itself'],
    ['2026-03-02T06:00', '2026-03-02T07:30', 'before opening: this morning'],
    ['2026-03-02T12:00', '2026-03-02T13:30', 'at lunch: the afternoon opening'],
    ['2026-03-02T11:30', '2026-03-02T13:30', 'at the morning close: the afternoon opening'],
    ['2026-03-02T18:00', '2026-03-03T07:30', 'after closing: the next working morning'],
    ['2026-03-06T17:00', '2026-03-09T07:30', 'Friday close: Monday morning'],
    ['2026-02-13T17:30', '2026-02-23T07:30', 'the evening before Tết: after the break'],
    ['2026-01-09T18:00', '2026-01-10T07:30', 'Friday evening before a make-up Saturday'],
  ])('a reception at %s counts from %s (%s)', (received, expected) => {
    expect(show(nextOpening(vn, at(received)))).toBe(expected);
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['2026-02-12T10:00', 3, '2026-02-24T10:00', 'received Thu before Tết 2026, due after the break'],
    ['2025-08-29T10:00', 3, '2025-09-05T10:00', 'received Fri before National Day 2025'],
    ['2026-01-09T10:00', 1, '2026-01-10T10:00', 'the make-up Saturday counts'],
    ['2026-01-09T10:00', 2, '2026-01-12T10:00', 'the make-up Saturday counts, then Monday'],
    ['2025-12-31T09:00', 1, '2026-01-05T09:00', 'New Year 2026: Thu 1/1 to Sun 4/1 off'],
    ['2026-04-24T15:00', 2, '2026-04-29T15:00', 'Hùng Kings given back on Mon 27/4/2026'],
    ['2026-04-29T08:00', 1, '2026-05-04T08:00', '30/4–3/5/2026 off'],
    ['2025-04-25T08:00', 1, '2025-04-26T08:00', 'the make-up Saturday 26/4/2025'],
    ['2026-03-02T18:00', 1, '2026-03-04T07:30', 'received after closing counts from the next morning'],
    ['2026-03-06T20:00', 5, '2026-03-16T07:30', 'received Friday evening'],
    ['2026-03-02T13:45', 1, '2026-03-03T13:45', 'received in the afternoon'],
    ['2026-03-02T11:29', 1, '2026-03-03T11:29', 'received just before the morning close'],
  ])('%s + %d working days = %s (%s)', (received, days, expected) => {
    expect(show(addWorkingDays(vn, at(received), days))).toBe(expected);
  });

  it('puts a dossier counted from the afternoon opening at the same working point: 11:30 of the due day', () => {
    // 13:30 is 240 working minutes into the day; 240 minutes into the due day is the morning close.
    expect(show(addWorkingDays(vn, at('2026-03-02T12:00'), 1))).toBe('2026-03-03T11:30');
    expect(show(addWorkingDays(vn, at('2026-03-02T13:30'), 2))).toBe('2026-03-04T11:30');
  });

  it('makes 0 days due at the close of the working day the reception counts in', () => {
    expect(show(addWorkingDays(vn, at('2026-03-02T09:00'), 0))).toBe('2026-03-02T17:00');
    expect(show(addWorkingDays(vn, at('2026-03-02T18:00'), 0))).toBe('2026-03-03T17:00');
    expect(show(addWorkingDays(vn, at('2026-02-13T17:30'), 0))).toBe('2026-02-23T17:00');
  });

  it('adds a fraction of a day as that fraction of 7.5 working hours', () => {
    expect(show(addWorkingDays(vn, at('2026-03-02T08:00'), 0.5))).toBe('2026-03-02T13:45');
    expect(show(addWorkingDays(vn, at('2026-03-02T08:00'), 1.5))).toBe('2026-03-03T13:45');
    expect(show(addWorkingDays(vn, at('2026-03-02T15:00'), 1.5))).toBe('2026-03-04T09:15');
  });

  it('adds a year of working days in well under a millisecond after warm-up', () => {
    const starts = Array.from(
      { length: 200 },
      (_, i) => new Date(at('2025-01-02T08:00').getTime() + i * 3_600_000),
    );
    for (const s of starts) addWorkingDays(vn, s, 365);
    const t0 = performance.now();
    for (const s of starts) addWorkingDays(vn, s, 365);
    const perCall = (performance.now() - t0) / starts.length;
    expect(perCall).toBeLessThan(1);
    expect(show(addWorkingDays(vn, at('2025-01-02T08:00'), 250))).toBe('2026-01-05T08:00');
  });
});

describe('addWorkingMinutes and addWorkingHours', () => {
  it.each([
    ['2026-03-02T15:00', 5, '2026-03-03T10:30', '120 min today, 180 min tomorrow from 07:30'],
    ['2026-03-02T07:30', 6, '2026-03-02T15:30', 'the lunch break does not count'],
    ['2026-03-02T07:30', 4, '2026-03-02T11:30', 'landing on the morning close stays there'],
    ['2026-03-02T07:30', 7.5, '2026-03-02T17:00', 'all of Monday ends Monday 17:00'],
    ['2026-03-02T18:00', 7.5, '2026-03-03T17:00', 'all of the next working day'],
    ['2026-03-06T16:00', 2, '2026-03-09T08:30', 'over the weekend'],
    ['2026-02-13T16:00', 8, '2026-02-23T16:30', 'over the Tết break'],
    ['2026-03-02T12:00', 0, '2026-03-02T13:30', '0 hours is the next opening'],
  ])('%s + %d working hours = %s (%s)', (from, hours, expected) => {
    expect(show(addWorkingHours(vn, at(from), hours))).toBe(expected);
  });

  it('keeps seconds: 90 seconds after 11:29 is 13:31', () => {
    const due = addWorkingMinutes(vn, at('2026-03-02T11:29'), 1.5);
    expect(due.getTime() - at('2026-03-02T13:30').getTime()).toBe(30_000);
  });
});

describe('addCalendarDays', () => {
  it.each([
    ['2026-03-02T10:00', 7, '2026-03-09T10:00', 'a working day: same local time'],
    ['2026-03-04T10:00', 3, '2026-03-09T17:00', 'lands on Saturday: Monday close'],
    ['2026-02-09T10:00', 5, '2026-02-23T17:00', 'lands in Tết: close of the first day after it'],
    ['2026-04-20T09:00', 10, '2026-05-04T17:00', 'lands on 30/4/2026: after the 30/4–3/5 break'],
    ['2026-01-03T10:00', 7, '2026-01-12T07:30', 'received on a day off: counts from Mon 5/1 07:30'],
    ['2026-01-03T10:00', 6, '2026-01-12T17:00', 'counts from Mon 5/1 07:30, lands on Sun 11/1'],
    ['2026-01-05T08:00', 5, '2026-01-10T08:00', 'the make-up Saturday is a working day'],
    ['2026-03-02T09:00', 0, '2026-03-02T17:00', '0 days is the close of the day'],
  ])('%s + %d calendar days = %s (%s)', (from, days, expected) => {
    expect(show(addCalendarDays(vn, at(from), days))).toBe(expected);
  });

  it('rejects a fractional number of calendar days', () => {
    expect(() => addCalendarDays(vn, at('2026-03-02T09:00'), 1.5)).toThrow(RangeError);
  });
});

describe('dueAt', () => {
  it('dispatches on the time unit', () => {
    const from = at('2026-03-02T15:00');
    expect(show(dueAt(vn, from, 3, 'working_days'))).toBe('2026-03-05T15:00');
    expect(show(dueAt(vn, from, 5, 'calendar_days'))).toBe('2026-03-09T17:00');
    expect(show(dueAt(vn, from, 5, 'working_hours'))).toBe('2026-03-03T10:30');
  });
});

describe('workingMinutesBetween', () => {
  it.each([
    ['2026-03-06T16:00', '2026-03-09T08:00', 90, 'across a weekend'],
    ['2026-03-02T11:00', '2026-03-02T14:00', 60, 'across lunch'],
    ['2026-03-09T08:00', '2026-03-06T16:00', -90, 'backwards is negative'],
    ['2026-02-12T10:00', '2026-02-24T10:00', 1350, 'three working days across Tết'],
    ['2026-03-07T08:00', '2026-03-07T16:00', 0, 'a Saturday'],
    ['2026-03-02T10:00', '2026-03-02T10:00', 0, 'an empty range'],
    ['2026-01-01T00:00', '2027-01-01T00:00', 250 * 450, 'the working year 2026: 250 days'],
    ['2025-01-01T00:00', '2026-01-01T00:00', 250 * 450, 'the working year 2025: 250 days'],
  ])('from %s to %s is %d minutes (%s)', (a, b, expected) => {
    expect(workingMinutesBetween(vn, at(a), at(b))).toBe(expected);
  });
});

describe('local dates in Vietnam time (UTC+7)', () => {
  it('reads 23:30Z as the next local day and converts wall times both ways', () => {
    expect(localDate(vn, new Date('2026-02-23T23:30:00Z'))).toBe('2026-02-24');
    expect(localDate(vn, new Date('2026-02-23T16:59:59.999Z'))).toBe('2026-02-23');
    expect(atLocal(vn, '2026-02-24', '07:30').toISOString()).toBe('2026-02-24T00:30:00.000Z');
    expect(atLocal(vn, '2026-02-24', '24:00').toISOString()).toBe('2026-02-24T17:00:00.000Z');
    expect(localDateTime(vn, new Date('2026-02-24T03:00:59Z'))).toBe('2026-02-24T10:00');
  });
});

describe('other time zones', () => {
  const paris = buildSpec({ timeZone: 'Europe/Paris', periods: [{ start: '09:00', end: '17:00' }] });

  it('counts working days across the spring DST change in Paris', () => {
    const from = atLocal(paris, '2026-03-27', '10:00');
    expect(from.toISOString()).toBe('2026-03-27T09:00:00.000Z');
    expect(addWorkingDays(paris, from, 1).toISOString()).toBe('2026-03-30T08:00:00.000Z');
    expect(
      workingMinutesBetween(
        paris,
        atLocal(paris, '2026-03-27', '16:00'),
        atLocal(paris, '2026-03-30', '10:00'),
      ),
    ).toBe(120);
  });

  it('maps a wall time in the DST gap forward and keeps a period inside the gap short but valid', () => {
    expect(atLocal(paris, '2026-03-29', '02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    const sunday = buildSpec({
      timeZone: 'Europe/Paris',
      weekdays: [0],
      periods: [{ start: '02:00', end: '04:00' }],
    });
    const start = atLocal(sunday, '2026-03-29', '00:00');
    expect(addWorkingMinutes(sunday, start, 60).toISOString()).toBe('2026-03-29T02:00:00.000Z');
    expect(addWorkingMinutes(sunday, start, 61).toISOString()).toBe('2026-04-05T00:01:00.000Z');
  });

  it('ends at the close of a due day that DST made shorter than the offset into the day', () => {
    const sundays = buildSpec({
      timeZone: 'Europe/Paris',
      weekdays: [0],
      periods: [{ start: '01:00', end: '04:00' }],
    });
    // 03:30 is 150 minutes into a normal Sunday; Sunday 29/03/2026 has only 120 (02:00 → 03:00).
    const due = addWorkingDays(sundays, atLocal(sundays, '2026-03-22', '03:30'), 1);
    expect(due.toISOString()).toBe('2026-03-29T02:00:00.000Z');
    expect(localDateTime(sundays, due)).toBe('2026-03-29T04:00');
  });

  it('drops a period that the DST gap turns inside out (02:30–03:00 on 29/03/2026 in Paris)', () => {
    const periods = [
      { start: '02:30', end: '03:00' },
      { start: '09:00', end: '10:00' },
    ];
    const sundays = buildSpec({ timeZone: 'Europe/Paris', weekdays: [0], periods });
    const saturday = atLocal(sundays, '2026-03-28', '12:00');
    expect(localDateTime(sundays, addWorkingMinutes(sundays, saturday, 30))).toBe('2026-03-29T09:30');
    expect(workingMinutesBetween(sundays, saturday, atLocal(sundays, '2026-03-30', '00:00'))).toBe(60);
  });

  it('takes the earlier instant of a wall time repeated when clocks go back', () => {
    expect(atLocal(paris, '2026-10-25', '02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('handles a zone with a 45-minute offset', () => {
    const kathmandu = buildSpec({ timeZone: 'Asia/Kathmandu' });
    expect(atLocal(kathmandu, '2026-03-02', '07:30').toISOString()).toBe('2026-03-02T01:45:00.000Z');
    expect(
      localDateTime(kathmandu, addWorkingHours(kathmandu, atLocal(kathmandu, '2026-03-02', '15:00'), 5)),
    ).toBe('2026-03-03T10:30');
  });
});

describe('input validation', () => {
  const from = at('2026-03-02T09:00');

  it('rejects NaN, infinite and negative amounts and invalid dates with RangeError', () => {
    expect(() => addWorkingMinutes(vn, from, Number.NaN)).toThrow(RangeError);
    expect(() => addWorkingMinutes(vn, from, -1)).toThrow(RangeError);
    expect(() => addWorkingHours(vn, from, Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => addWorkingDays(vn, from, -0.5)).toThrow(RangeError);
    expect(() => addCalendarDays(vn, from, Number.NaN)).toThrow(RangeError);
    expect(() => nextOpening(vn, new Date(Number.NaN))).toThrow(RangeError);
    expect(() => workingMinutesBetween(vn, from, new Date('nope'))).toThrow(RangeError);
    expect(() => atLocal(vn, '2026-03-02', '7:30')).toThrow(RangeError);
    expect(() => atLocal(vn, '2026-03-02', '24:01')).toThrow(RangeError);
  });

  it('rejects a bad spec: unknown zone, reversed or overlapping periods, weekday 7', () => {
    expect(() => nextOpening(buildSpec({ timeZone: 'Mars/Olympus' }), from)).toThrow(RangeError);
    expect(() => nextOpening(buildSpec({ periods: [{ start: '11:00', end: '10:00' }] }), from)).toThrow(
      RangeError,
    );
    const overlapping = [
      { start: '07:30', end: '12:00' },
      { start: '11:00', end: '17:00' },
    ];
    expect(() => nextOpening(buildSpec({ periods: overlapping }), from)).toThrow(/overlap/);
    expect(() => nextOpening(buildSpec({ weekdays: [7] }), from)).toThrow(RangeError);
  });

  it('throws a clear Error instead of looping when there is no working time for ten years', () => {
    expect(() => nextOpening(buildSpec({ weekdays: [] }), from)).toThrow(/no working time/);
    expect(() => addWorkingDays(buildSpec({ periods: [] }), from, 1)).toThrow(/no working time/);
    const oneDay = buildSpec({ weekdays: [], workingDays: new Set(['2026-03-03']) });
    expect(show(addWorkingMinutes(oneDay, from, 30))).toBe('2026-03-03T08:00');
    expect(() => addWorkingMinutes(oneDay, from, 451)).toThrow(/no working time/);
  });
});
