// "The list of dossiers behind any number": for every cell of the report (every column, every row
// and the totals, by unit, field and procedure, with and without sub-units), the dossier list that
// the dashboard opens (web/stats/drill-filters.ts) holds exactly as many dossiers as the cell says,
// over a history where the quarter has something in every column, pending dossiers of the past
// quarter that have finished since included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  importReportScenario,
  SCENARIO_FROM,
  SCENARIO_TO,
} from '../../../../tests/support/stats-scenario.ts';
import { createTestApp, signIn, type TestApp } from '../../../../tests/support/test-app.ts';
import { countKeys, type ReportRow } from '../../../domain/stats/report-columns.ts';
import { type DrillScope, drillQueries } from '../../../web/stats/drill-filters.ts';

let t: TestApp;
let headers: Record<string, string>;
let district: number;

beforeAll(async () => {
  t = await createTestApp();
  await importReportScenario(t.database.db, t.database.pool);
  const unit = await t.database.db
    .selectFrom('units')
    .select('id')
    .where('name', '=', 'UBND huyện Tân Sơn')
    .executeTakeFirstOrThrow();
  district = unit.id;
  headers = await signIn(t.app, 'lanhdao.tanson');
});
afterAll(() => t.close());

type Query = Record<string, string | number | boolean | null | undefined>;
const search = (q: Query) =>
  new URLSearchParams(
    Object.entries(q).flatMap(([k, v]) =>
      v === undefined || v === null || v === '' ? [] : [[k, String(v)]],
    ),
  ).toString();

async function report(groupBy: 'unit' | 'field' | 'procedure', includeSubunits: boolean, fieldId?: number) {
  const res = await t.app.inject({
    url: `/api/stats/report?${search({ unitId: district, from: SCENARIO_FROM, to: SCENARIO_TO, groupBy, includeSubunits: String(includeSubunits), fieldId })}`,
    headers,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: ReportRow[]; total: ReportRow };
}

async function listed(scope: DrillScope, row: { id: number | null }, column: (typeof countKeys)[number]) {
  const queries = drillQueries(column, scope, row);
  if (queries === null) return null;
  let total = 0;
  for (const q of queries) {
    const res = await t.app.inject({ url: `/api/dossiers?${search({ ...q.params, pageSize: 1 })}`, headers });
    expect(res.statusCode, res.body).toBe(200);
    total += (res.json() as { total: number }).total;
  }
  return total;
}

/** Every cell against its list; answers the cells that differ, as "column@row: report ≠ list". */
async function mismatches(scope: DrillScope, rows: ReportRow[], total: ReportRow): Promise<string[]> {
  const out: string[] = [];
  for (const row of [...rows, total]) {
    for (const column of countKeys) {
      const n = await listed(scope, { id: row.id }, column);
      if (n !== row[column]) out.push(`${column}@${row.name}: report ${row[column]}, list ${n}`);
    }
  }
  return out;
}

describe('the dossiers behind every number of the report', () => {
  it('has something in every column of the quarter', async () => {
    const { total } = await report('unit', true);
    for (const column of countKeys) expect(total[column], column).toBeGreaterThan(0);
  });

  it('lists as many dossiers as each cell says, by unit with and without sub-units', async () => {
    for (const includeSubunits of [true, false]) {
      const r = await report('unit', includeSubunits);
      const scope: DrillScope = {
        unitId: district,
        includeSubunits,
        groupBy: 'unit',
        from: SCENARIO_FROM,
        to: SCENARIO_TO,
      };
      expect(await mismatches(scope, r.items, r.total)).toEqual([]);
    }
  });

  it('lists as many dossiers as each cell says, by field and by procedure', async () => {
    for (const groupBy of ['field', 'procedure'] as const) {
      const r = await report(groupBy, true);
      expect(r.items.length).toBeGreaterThan(1);
      const scope: DrillScope = {
        unitId: district,
        includeSubunits: true,
        groupBy,
        from: SCENARIO_FROM,
        to: SCENARIO_TO,
      };
      expect(await mismatches(scope, r.items, r.total)).toEqual([]);
    }
  });

  it("narrows the report by procedure to one field's procedures, and the lists with it", async () => {
    const byField = await report('field', true);
    const field = byField.items[0];
    if (!field?.id) throw new Error('no field row');
    const r = await report('procedure', true, field.id);
    expect(r.items.length).toBeGreaterThan(0);
    for (const column of countKeys) expect(r.total[column], column).toBe(field[column]);
    const scope: DrillScope = {
      unitId: district,
      includeSubunits: true,
      groupBy: 'procedure',
      from: SCENARIO_FROM,
      to: SCENARIO_TO,
      fieldId: field.id,
    };
    expect(await mismatches(scope, r.items, r.total)).toEqual([]);
  });

  it("gives each unit's share in one field, adding up to the field's row", async () => {
    const byField = await report('field', true);
    const field = byField.items[0];
    if (!field?.id) throw new Error('no field row');
    const all = await report('unit', true);
    const r = await report('unit', true, field.id);
    expect(r.items.map((i) => i.id)).toEqual(all.items.map((i) => i.id));
    for (const column of countKeys) {
      expect(r.total[column], column).toBe(field[column]);
      for (const [i, row] of r.items.entries())
        expect(row[column]).toBeLessThanOrEqual(all.items[i]?.[column] ?? 0);
    }
    const scope: DrillScope = {
      unitId: district,
      includeSubunits: true,
      groupBy: 'unit',
      from: SCENARIO_FROM,
      to: SCENARIO_TO,
      fieldId: field.id,
    };
    expect(await mismatches(scope, r.items, r.total)).toEqual([]);
  });
});
