// The same random histories as the in-memory property test (domain/stats), this time written into
// PostgreSQL through applyStatsChange and read back through getReport: the SQL prefix sums, the
// unit tree's roll-up and the groupings agree with the reference walk over every timeline.
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitIdByName } from '../../../../tests/support/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.ts';
import { isoOf } from '../../../domain/stats/buckets.ts';
import {
  buildTimeline,
  dossierPlanArb,
  HISTORY_TIME_ZONE,
  periodArb,
} from '../../../domain/stats/history-arbitrary.ts';
import { type DossierTimeline, referenceReport } from '../../../domain/stats/reference-report.ts';
import { emptyTally, presentRow, type ReportRow } from '../../../domain/stats/report-columns.ts';
import { applyStatsChange, type StatsDossier } from './apply-stats-change.ts';
import { getReport } from './get-report.ts';
import type { GroupBy } from './stats-repository.ts';

let d: TestDatabase;
let district: number;
let communes: number[];
let procedures: number[];

beforeAll(async () => {
  d = await createTestDatabase();
  district = await unitIdByName(d.db, 'huyện Tân Sơn');
  communes = [await unitIdByName(d.db, 'Thạch Kiệt'), await unitIdByName(d.db, 'Kim Thượng')];
  procedures = (await d.db.selectFrom('procedures').select('id').orderBy('id').limit(2).execute()).map(
    (p) => p.id,
  );
});
afterAll(() => d.close());

async function writeHistories(timelines: DossierTimeline[]): Promise<void> {
  await sql`delete from stats_deltas`.execute(d.db);
  await sql`delete from stats_unit_counts`.execute(d.db);
  await sql`delete from stats_procedure_counts`.execute(d.db);
  for (const t of timelines) {
    let before: StatsDossier | null = null;
    for (const step of t.steps) {
      const after: StatsDossier = { id: 0, ...step.state };
      await d.db.transaction().execute((tx) =>
        applyStatsChange(tx, before, after, {
          now: step.at,
          timeZone: HISTORY_TIME_ZONE,
          digitised: t.digitised ?? false,
        }),
      );
      before = after;
    }
  }
}

const isEmpty = (r: ReportRow) =>
  r.receivedTotal === 0 &&
  r.resolvedTotal === 0 &&
  r.pendingTotal === 0 &&
  r.refused === 0 &&
  r.withdrawn === 0;

async function expectSameReport(
  timelines: DossierTimeline[],
  period: { from: number; to: number },
  query: { unitId: number; groupBy: GroupBy; includeSubunits: boolean },
  groupOf: (unitId: number, procedureId: number) => number | null,
): Promise<void> {
  const report = await getReport({
    db: d.db,
    staff: null,
    query: { ...query, from: isoOf(period.from), to: isoOf(period.to) },
  });
  const expected = referenceReport(timelines, period, HISTORY_TIME_ZONE, groupOf);
  const actual = new Map(report.items.map((r) => [r.id, r]));
  for (const [id, tally] of expected) {
    const want = presentRow({ key: '', id, name: '' }, tally);
    const got = actual.get(id);
    if (!got) {
      expect(isEmpty(want), `group ${id} missing`).toBe(true);
      continue;
    }
    expect({ ...got, key: '', name: '' }).toEqual(want);
  }
  for (const row of report.items) {
    if (!expected.has(row.id ?? -1))
      expect({ ...row, key: '', name: '' }).toEqual(
        presentRow({ key: '', id: row.id, name: '' }, emptyTally()),
      );
  }
}

describe('statistics counters in PostgreSQL against the reference walk', () => {
  it('agree for 40 random histories, by unit (rolled up), by procedure and for one unit alone', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(dossierPlanArb, { minLength: 1, maxLength: 10 }),
        periodArb,
        async (plans, period) => {
          const units = [...communes, district];
          // Ratings go through the dossier_ratings trigger, which needs real dossiers: tested elsewhere.
          const timelines = plans.map((p) => ({ ...buildTimeline(p, units, procedures), ratings: [] }));
          await writeHistories(timelines);
          await expectSameReport(
            timelines,
            period,
            { unitId: district, groupBy: 'unit', includeSubunits: true },
            (u) => u,
          );
          await expectSameReport(
            timelines,
            period,
            { unitId: district, groupBy: 'procedure', includeSubunits: true },
            (_u, p) => p,
          );
          const [first] = communes;
          await expectSameReport(
            timelines,
            period,
            { unitId: first ?? 0, groupBy: 'unit', includeSubunits: false },
            (u) => (u === first ? u : null),
          );
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});
