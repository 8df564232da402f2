import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDay } from './buckets.ts';
import { MemoryCounters } from './counter-report.ts';
import { buildTimeline, dossierPlanArb, HISTORY_TIME_ZONE, periodArb } from './history-arbitrary.ts';
import { type DossierTimeline, referenceReport } from './reference-report.ts';
import { emptyTally, type ReportTally } from './report-columns.ts';
import { type StatsDossierState, statsDelta, zeroValues } from './stats-delta.ts';

const UNITS = [101, 102, 103];
const PROCEDURES = [7, 8];
const tz = HISTORY_TIME_ZONE;

/** Feeds every change of every timeline through statsDelta, as the action pipeline does. */
function countersOf(timelines: DossierTimeline[]): MemoryCounters {
  const counters = new MemoryCounters();
  for (const t of timelines) {
    let before: StatsDossierState | null = null;
    for (const step of t.steps) {
      counters.apply(statsDelta(before, step.state, { timeZone: tz, now: step.at, digitised: t.digitised }));
      before = step.state;
    }
    for (const r of t.ratings ?? []) {
      // What the dossier_ratings trigger adds.
      const values = { ...zeroValues(), rated: 1, rated_dissatisfied: r.score === 'dissatisfied' ? 1 : 0 };
      if (!before) continue;
      counters.apply([
        {
          unitId: before.resolving_unit_id,
          procedureId: before.procedure_id,
          day: localDay(tz, r.at),
          values,
        },
      ]);
    }
  }
  return counters;
}

function expectIdentities(t: ReportTally): void {
  expect(t.receivedTotal).toBe(t.receivedOnline + t.receivedDirect + t.carriedOver); // (3) = (4)+(5)+(6)
  expect(t.resolvedTotal).toBe(t.resolvedEarly + t.resolvedOnTime + t.resolvedLate); // (7) = (8)+(9)+(10)
  expect(t.pendingTotal).toBe(t.pendingWithinDeadline + t.pendingOverdue); // (11) = (12)+(13)
  expect(t.receivedTotal).toBe(t.resolvedTotal + t.pendingTotal + t.withdrawn); // (3) = (7)+(11)+withdrawn
  for (const v of Object.values(t)) expect(v).toBeGreaterThanOrEqual(0);
}

const groupings: Record<string, (unitId: number, procedureId: number) => number | null> = {
  unit: (u) => u,
  procedure: (_u, p) => p,
  all: () => 0,
  'one unit': (u) => (u === UNITS[0] ? u : null),
};

describe('statistics counters against the reference walk over each timeline', () => {
  it('agree on every column, for every grouping, over 1,000 random histories and periods', () => {
    fc.assert(
      fc.property(fc.array(dossierPlanArb, { minLength: 1, maxLength: 12 }), periodArb, (plans, period) => {
        const timelines = plans.map((p) => buildTimeline(p, UNITS, PROCEDURES));
        const counters = countersOf(timelines);
        for (const groupOf of Object.values(groupings)) {
          const expected = referenceReport(timelines, period, tz, groupOf);
          const actual = counters.report(period.from, period.to, groupOf);
          for (const g of new Set([...expected.keys(), ...actual.keys()])) {
            const want = expected.get(g) ?? emptyTally();
            expect(actual.get(g) ?? emptyTally()).toEqual(want);
            expectIdentities(want);
          }
        }
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('count a dossier received at 23:59 and finished at 00:05 Vietnam time on two different days', () => {
    const receivedAt = new Date('2025-03-31T16:59:00Z'); // 23:59 on 31 March in Hà Nội
    const finishedAt = new Date('2025-03-31T17:05:00Z'); // 00:05 on 1 April
    const base: StatsDossierState = {
      resolving_unit_id: 1,
      procedure_id: 1,
      channel: 'counter',
      status: 'received',
      received_at: receivedAt,
      due_at: new Date('2025-04-02T10:00:00Z'),
      paused_at: null,
      finished_at: null,
      finish_class: null,
      closed_at: null,
      delivered_at: null,
    };
    const finished: StatsDossierState = {
      ...base,
      status: 'result_ready',
      finished_at: finishedAt,
      finish_class: 'early',
    };
    const counters = new MemoryCounters();
    counters.apply(statsDelta(null, base, { timeZone: tz, now: receivedAt }));
    counters.apply(statsDelta(base, finished, { timeZone: tz, now: finishedAt }));
    const march = counters.report(localDay(tz, receivedAt), localDay(tz, receivedAt), () => 0).get(0);
    const april = counters.report(localDay(tz, finishedAt), localDay(tz, finishedAt), () => 0).get(0);
    expect(march).toMatchObject({ receivedDirect: 1, resolvedTotal: 0, pendingTotal: 1 });
    expect(april).toMatchObject({ carriedOver: 1, resolvedEarly: 1, pendingTotal: 0 });
  });
});
