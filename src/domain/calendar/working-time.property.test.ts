import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyFinish } from './classify.ts';
import { defaultCalendarSpec } from './holidays-vn.ts';
import type { CalendarSpec, OfficePeriod } from './types.ts';
import {
  addCalendarDays,
  addWorkingDays,
  addWorkingMinutes,
  atLocal,
  isWorkingDay,
  isWorkingTime,
  localDate,
  localDateTime,
  nextOpening,
  workingMinutesBetween,
} from './working-time.ts';

const RUNS = { numRuns: 500 };
const DAY = 86_400_000;
const FROM = Date.UTC(2024, 0, 1);
const TO = Date.UTC(2029, 0, 1);
/** Zones whose offset is fixed over 2024–2029: every working day has the same length. */
const FIXED_ZONES = ['Asia/Ho_Chi_Minh', 'Asia/Kathmandu', 'UTC'];
const DST_ZONES = ['Europe/Paris', 'America/New_York', 'Australia/Lord_Howe'];

const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const hhmm = (minute: number): string =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** 1–3 disjoint office periods on a 5-minute grid, possibly back to back, possibly 00:00 or 24:00. */
const periodsArb: fc.Arbitrary<OfficePeriod[]> = fc
  .record({
    cuts: fc.uniqueArray(fc.integer({ min: 0, max: 288 }), { minLength: 2, maxLength: 6 }),
    touching: fc.boolean(),
  })
  .map(({ cuts, touching }) => {
    const sorted = [...cuts].sort((a, b) => a - b).slice(0, cuts.length - (cuts.length % 2));
    const periods: OfficePeriod[] = [];
    for (let i = 0; i < sorted.length; i += 2) {
      const start = i > 0 && touching ? (sorted[i - 1] as number) : (sorted[i] as number);
      periods.push({ start: hhmm(start * 5), end: hhmm((sorted[i + 1] as number) * 5) });
    }
    return periods;
  });

/** Breaks of 1–10 consecutive days off, and a few make-up days, over 2023-12 – 2029-12. */
const daySetsArb = fc.record({
  breaks: fc.array(
    fc.record({
      start: fc.integer({ min: FROM / DAY - 31, max: TO / DAY + 330 }),
      length: fc.integer({ min: 1, max: 10 }),
    }),
    { maxLength: 40 },
  ),
  makeUp: fc.array(fc.integer({ min: FROM / DAY - 31, max: TO / DAY + 330 }), { maxLength: 12 }),
});

function specArb(zones: string[]): fc.Arbitrary<CalendarSpec> {
  return fc
    .record({
      timeZone: fc.constantFrom(...zones),
      weekdays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
      periods: periodsArb,
      days: daySetsArb,
    })
    .map(({ timeZone, weekdays, periods, days }) => {
      const holidays = new Set<string>();
      for (const b of days.breaks) {
        for (let d = 0; d < b.length; d++) holidays.add(isoDate((b.start + d) * DAY));
      }
      return {
        timeZone,
        weekdays,
        periods,
        holidays,
        workingDays: new Set(days.makeUp.map((d) => isoDate(d * DAY))),
      };
    });
}

const vnSpecArb = fc.oneof(fc.constant(defaultCalendarSpec()), specArb(['Asia/Ho_Chi_Minh']));
const fixedSpecArb = fc.oneof(fc.constant(defaultCalendarSpec()), specArb(FIXED_ZONES));
const anySpecArb = fc.oneof(fc.constant(defaultCalendarSpec()), specArb([...FIXED_ZONES, ...DST_ZONES]));

/** Instants in 2024–2028: any millisecond, or whole minutes so that period boundaries are hit. */
const instantArb = fc
  .oneof(
    fc.integer({ min: FROM, max: TO }),
    fc.integer({ min: FROM / 60_000, max: TO / 60_000 }).map((m) => m * 60_000),
    fc.integer({ min: FROM / 300_000, max: TO / 300_000 }).map((m) => m * 300_000),
  )
  .map((ms) => new Date(ms));

/** Up to 3000 minutes, or up to about 200 of the spec's working days (so tiny office hours stay fast). */
function minutesFor(spec: CalendarSpec): fc.Arbitrary<number> {
  const day = dayMinutes(spec);
  return fc.oneof(
    fc.integer({ min: 0, max: 3000 }),
    fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: day })).map(([k, r]) => k * day + r),
  );
}
/** A spec with two amounts of minutes that suit it. */
function specWithMinutes(specs: fc.Arbitrary<CalendarSpec>): fc.Arbitrary<[CalendarSpec, number, number]> {
  return specs.chain((spec) => fc.tuple(fc.constant(spec), minutesFor(spec), minutesFor(spec)));
}
const wholeDaysArb = fc.integer({ min: 0, max: 300 });
const daysArb = fc.oneof(
  wholeDaysArb,
  fc.integer({ min: 0, max: 2400 }).map((n) => n / 8),
);

/** Working time, or the end of a period: the instant just before is working time. */
function isWorkingTimeOrPeriodEnd(spec: CalendarSpec, at: Date): boolean {
  return isWorkingTime(spec, at) || isWorkingTime(spec, new Date(at.getTime() - 1));
}

/** The working-day length of a fixed-offset spec, in minutes. */
function dayMinutes(spec: CalendarSpec): number {
  return spec.periods.reduce((sum, p) => sum + toMinute(p.end) - toMinute(p.start), 0);
}
function toMinute(t: string): number {
  return Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
}

describe('nextOpening', () => {
  it('is working time, not before t, equal to t when t is working time, with no working time between', () => {
    fc.assert(
      fc.property(anySpecArb, instantArb, (spec, t) => {
        const open = nextOpening(spec, t);
        expect(isWorkingTime(spec, open)).toBe(true);
        expect(open.getTime()).toBeGreaterThanOrEqual(t.getTime());
        if (isWorkingTime(spec, t)) expect(open.getTime()).toBe(t.getTime());
        expect(workingMinutesBetween(spec, t, open)).toBe(0);
      }),
      RUNS,
    );
  });
});

describe('isWorkingTime', () => {
  it('agrees with the local date being a working day and the local wall time being inside a period', () => {
    fc.assert(
      fc.property(vnSpecArb, instantArb, (spec, t) => {
        const wall = localDateTime(spec, t).slice(11);
        const inPeriod = spec.periods.some((p) => p.start <= wall && wall < p.end);
        expect(isWorkingTime(spec, t)).toBe(isWorkingDay(spec, localDate(spec, t)) && inPeriod);
      }),
      RUNS,
    );
  });
});

describe('addWorkingMinutes', () => {
  it('lands in working time or exactly at a period end, and is the earliest instant after m working minutes', () => {
    fc.assert(
      fc.property(specWithMinutes(anySpecArb), instantArb, ([spec, m], t) => {
        const due = addWorkingMinutes(spec, t, m);
        expect(isWorkingTimeOrPeriodEnd(spec, due)).toBe(true);
        // Inverse law: workingMinutesBetween(nextOpening(t), addWorkingMinutes(t, m)) === m.
        const open = nextOpening(spec, t);
        expect(workingMinutesBetween(spec, open, due)).toBe(m);
        if (m > 0) expect(workingMinutesBetween(spec, open, new Date(due.getTime() - 1))).toBeLessThan(m);
      }),
      RUNS,
    );
  });

  it('is monotonic in the start and in the amount', () => {
    fc.assert(
      fc.property(specWithMinutes(anySpecArb), instantArb, instantArb, ([spec, m1, m2], a, b) => {
        const [t1, t2] = a <= b ? [a, b] : [b, a];
        const [n1, n2] = m1 <= m2 ? [m1, m2] : [m2, m1];
        expect(addWorkingMinutes(spec, t1, n1).getTime()).toBeLessThanOrEqual(
          addWorkingMinutes(spec, t2, n1).getTime(),
        );
        expect(addWorkingMinutes(spec, t1, n1).getTime()).toBeLessThanOrEqual(
          addWorkingMinutes(spec, t1, n2).getTime(),
        );
      }),
      RUNS,
    );
  });

  it('is additive: add(add(t, a), b) = add(t, a + b) when b > 0, and nextOpening(add(t, a)) when b = 0', () => {
    fc.assert(
      fc.property(specWithMinutes(anySpecArb), instantArb, fc.boolean(), ([spec, a, m], t, zero) => {
        const b = zero ? 0 : m;
        const mid = addWorkingMinutes(spec, t, a);
        const expected = b > 0 ? addWorkingMinutes(spec, t, a + b) : nextOpening(spec, mid);
        expect(addWorkingMinutes(spec, mid, b).getTime()).toBe(expected.getTime());
      }),
      RUNS,
    );
  });
});

describe('addWorkingDays', () => {
  it('lands in working time or exactly at a period end', () => {
    fc.assert(
      fc.property(anySpecArb, instantArb, daysArb, (spec, t, n) => {
        expect(isWorkingTimeOrPeriodEnd(spec, addWorkingDays(spec, t, n))).toBe(true);
      }),
      RUNS,
    );
  });

  it('consumes exactly n standard working days of working time (fixed-offset zones)', () => {
    fc.assert(
      fc.property(fixedSpecArb, instantArb, daysArb, (spec, t, n) => {
        fc.pre(n > 0);
        const minutes = workingMinutesBetween(spec, nextOpening(spec, t), addWorkingDays(spec, t, n));
        expect(minutes).toBeCloseTo(n * dayMinutes(spec), 6);
      }),
      RUNS,
    );
  });

  it('is monotonic in the start, and in n except from 0 (same-day close) to a fraction below 1', () => {
    fc.assert(
      fc.property(fixedSpecArb, instantArb, instantArb, daysArb, daysArb, (spec, a, b, x, y) => {
        const [t1, t2] = a <= b ? [a, b] : [b, a];
        const [n1, n2] = x <= y ? [x, y] : [y, x];
        expect(addWorkingDays(spec, t1, n1).getTime()).toBeLessThanOrEqual(
          addWorkingDays(spec, t2, n1).getTime(),
        );
        if (n1 > 0 || n2 === 0 || n2 >= 1) {
          expect(addWorkingDays(spec, t1, n1).getTime()).toBeLessThanOrEqual(
            addWorkingDays(spec, t1, n2).getTime(),
          );
        }
      }),
      RUNS,
    );
  });

  it('composes: add(add(t, a), b) = add(t, a + b) for whole a, b ≥ 1 (fixed-offset zones)', () => {
    // Holds because every working day has the same length, so the offset into the day always fits.
    fc.assert(
      fc.property(fixedSpecArb, instantArb, wholeDaysArb, wholeDaysArb, (spec, t, a, b) => {
        fc.pre(a >= 1 && b >= 1);
        const twice = addWorkingDays(spec, addWorkingDays(spec, t, a), b);
        expect(twice.getTime()).toBe(addWorkingDays(spec, t, a + b).getTime());
      }),
      RUNS,
    );
  });
});

describe('addCalendarDays', () => {
  it('keeps the wall time on a working target day, else closes the next working day', () => {
    fc.assert(
      fc.property(vnSpecArb, instantArb, fc.integer({ min: 1, max: 400 }), (spec, t, n) => {
        const open = nextOpening(spec, t);
        const due = addCalendarDays(spec, t, n);
        const target = isoDate(Date.parse(`${localDate(spec, open)}T00:00Z`) + n * DAY);
        expect(isWorkingTimeOrPeriodEnd(spec, due)).toBe(true);
        if (isWorkingDay(spec, target)) {
          expect(localDateTime(spec, due)).toBe(`${target}${localDateTime(spec, open).slice(10)}`);
        } else {
          expect(localDate(spec, due) > target).toBe(true);
          expect(isWorkingTime(spec, due)).toBe(false);
          expect(workingMinutesBetween(spec, atLocal(spec, target, '00:00'), due)).toBe(dayMinutes(spec));
        }
      }),
      RUNS,
    );
  });
});

describe('workingMinutesBetween', () => {
  it('is antisymmetric, additive over a split point and never more than the wall-clock minutes', () => {
    fc.assert(
      fc.property(anySpecArb, instantArb, instantArb, instantArb, (spec, a, b, c) => {
        const ab = workingMinutesBetween(spec, a, b);
        expect(workingMinutesBetween(spec, b, a)).toBe(ab === 0 ? 0 : -ab);
        expect(Math.abs(ab)).toBeLessThanOrEqual(Math.abs(b.getTime() - a.getTime()) / 60_000);
        const sum = ab + workingMinutesBetween(spec, b, c);
        expect(sum).toBeCloseTo(workingMinutesBetween(spec, a, c), 6);
      }),
      { numRuns: 300 },
    );
  });
});

describe('local dates and classifyFinish', () => {
  it('round-trips a local wall time and classifies by local date', () => {
    fc.assert(
      fc.property(fixedSpecArb, instantArb, instantArb, (spec, finished, due) => {
        const wall = localDateTime(spec, finished);
        expect(localDateTime(spec, atLocal(spec, wall.slice(0, 10), wall.slice(11)))).toBe(wall);
        const [f, d] = [localDate(spec, finished), localDate(spec, due)];
        const expected = f < d ? 'early' : f === d ? 'on_time' : 'late';
        expect(classifyFinish(spec, finished, due)).toBe(expected);
        // The whole local day of the due instant is on time.
        expect(classifyFinish(spec, atLocal(spec, d, '00:00'), due)).toBe('on_time');
        expect(classifyFinish(spec, new Date(atLocal(spec, d, '24:00').getTime() - 1), due)).toBe('on_time');
        expect(classifyFinish(spec, atLocal(spec, d, '24:00'), due)).toBe('late');
      }),
      RUNS,
    );
  });
});
