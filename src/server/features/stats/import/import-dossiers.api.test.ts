// Historical import: random dossiers written to CSV and NDJSON, imported all or nothing, and the
// report over them equal to the reference walk; bad files refused with line and column.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../../tests/support/test-database.ts';
import { isoOf, localDay } from '../../../../domain/stats/buckets.ts';
import {
  buildTimeline,
  type DossierPlan,
  dossierPlanArb,
  HISTORY_TIME_ZONE,
  periodArb,
} from '../../../../domain/stats/history-arbitrary.ts';
import { type DossierTimeline, referenceReport } from '../../../../domain/stats/reference-report.ts';
import { emptyTally, presentRow } from '../../../../domain/stats/report-columns.ts';
import { getReport } from '../get-report.ts';
import { importDossiers } from './import-dossiers.ts';

let d: TestDatabase;
let dir: string;
let units: { id: number; code: string }[];
let procedures: { id: number; code: string }[];
let district: { id: number; code: string };

beforeAll(async () => {
  d = await createTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-import-'));
  units = await d.db
    .selectFrom('units')
    .select(['id', 'code'])
    .where('name', 'in', ['UBND xã Thạch Kiệt', 'UBND xã Kim Thượng', 'UBND huyện Tân Sơn'])
    .orderBy('id')
    .execute();
  district = units.find((u) => u.code === '000.00.24.H45') ?? { id: 0, code: '' };
  procedures = await d.db.selectFrom('procedures').select(['id', 'code']).orderBy('id').limit(3).execute();
});
afterAll(async () => {
  await d.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const importable = (p: DossierPlan) =>
  p.middle.every((m) => m.kind === 'apologize') &&
  p.end !== 'stop' &&
  (p.channel !== 'online' || p.reception === 'accept' || p.reception === 'refuse');

const iso = (at: Date | null) => (at === null ? '' : at.toISOString());
let sequence = 0;

/** The import row of a timeline's last state, as a province's old software would export it. */
function rowOf(t: DossierTimeline, omitClass: boolean): Record<string, string> {
  const s = t.steps.at(-1)?.state;
  const first = t.steps[0];
  if (!s || !first) throw new Error('empty timeline');
  const unit = units.find((u) => u.id === s.resolving_unit_id);
  const procedure = procedures.find((p) => p.id === s.procedure_id);
  const day = isoOf(localDay(HISTORY_TIME_ZONE, first.at));
  sequence += 1;
  const delivery = s.delivery as { method?: string } | null | undefined;
  return {
    code: `${unit?.code}-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}-${String(sequence).padStart(5, '0')}`,
    procedureCode: procedure?.code ?? '',
    receivingUnitCode: unit?.code ?? '',
    channel: s.channel,
    applicantName: 'Nguyễn Văn "An", Bình',
    idNumber: '025190012345',
    phone: '0912 345 678',
    submittedAt: iso(first.at),
    receivedAt: iso(s.received_at),
    // A same-day due time earlier than the reception is the same due day: keep the file valid.
    dueAt:
      s.status === 'refused' || !s.due_at || !s.received_at
        ? ''
        : iso(new Date(Math.max(s.due_at.getTime(), s.received_at.getTime()))),
    finishedAt: iso(s.finished_at),
    finishClass: omitClass ? '' : (s.finish_class ?? ''),
    status: s.status,
    deliveredAt: iso(s.delivered_at),
    deliveryMethod: delivery?.method ?? '',
    closedAt: iso(s.closed_at),
  };
}

function writeCsv(file: string, rows: Record<string, string>[]): void {
  const columns = Object.keys(rows[0] ?? {});
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const lines = [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c] ?? '')).join(','))];
  fs.writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`);
}

const count = async (table: 'dossiers' | 'dossier_events') =>
  Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(d.db)).rows[0]?.n);

describe('motcua import dossiers', () => {
  it('imports CSV and NDJSON histories whose report equals the reference walk', async () => {
    const plans = fc
      .sample(dossierPlanArb, { numRuns: 2000, seed: 20260301 })
      .filter(importable)
      .slice(0, 400);
    const timelines = plans.map((p) => ({
      ...buildTimeline(
        p,
        units.map((u) => u.id),
        procedures.map((q) => q.id),
      ),
      digitised: false,
      ratings: [],
    }));
    const rows = timelines.map((t, i) => rowOf(t, i % 2 === 0));
    const csv = path.join(dir, 'history.csv');
    const ndjson = path.join(dir, 'history.ndjson');
    writeCsv(csv, rows.slice(0, 200));
    fs.writeFileSync(
      ndjson,
      `${rows
        .slice(200)
        .map((r) => JSON.stringify(r))
        .join('\n')}\n`,
    );
    const dossiersBefore = await count('dossiers');
    for (const [file, format] of [
      [csv, 'csv'],
      [ndjson, 'ndjson'],
    ] as const) {
      const result = await importDossiers({ pool: d.pool, file, format });
      expect(result).toEqual({ ok: true, dossiers: 200 });
    }
    expect(await count('dossiers')).toBe(dossiersBefore + 400);
    const imported = await d.db
      .selectFrom('dossiers as x')
      .innerJoin('dossier_events as e', 'e.dossier_id', 'x.id')
      .select(['x.lookup_key', 'x.applicant', 'e.action', 'x.code'])
      .where('e.action', '=', 'import')
      .execute();
    expect(imported).toHaveLength(400);
    expect(new Set(imported.map((i) => i.lookup_key)).size).toBe(400);
    for (const i of imported) expect(i.lookup_key).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
    expect(imported[0]?.applicant).toMatchObject({ name: 'Nguyễn Văn "An", Bình', phone: '0912345678' });

    for (const period of fc.sample(periodArb, { numRuns: 12, seed: 7 })) {
      const report = await getReport({
        db: d.db,
        staff: null,
        query: {
          unitId: district.id,
          from: isoOf(period.from),
          to: isoOf(period.to),
          groupBy: 'unit',
          includeSubunits: true,
        },
      });
      const expected = referenceReport(timelines, period, HISTORY_TIME_ZONE, (u) => u);
      for (const row of report.items) {
        const want = presentRow(
          { key: row.key, id: row.id, name: row.name },
          expected.get(row.id ?? 0) ?? emptyTally(),
        );
        expect(row).toEqual(want);
      }
    }
  });

  it('advances the daily code sequence past the imported codes', async () => {
    const thachKiet = units.find((u) => u.code === '000.02.24.H45');
    const row = await d.db
      .selectFrom('dossier_code_counters')
      .select(['last_value'])
      .where('unit_id', '=', thachKiet?.id ?? 0)
      .orderBy('last_value', 'desc')
      .executeTakeFirst();
    expect(row?.last_value).toBeGreaterThan(1);
  });

  it('refuses a file with errors, naming line and column, and imports nothing', async () => {
    const good = {
      code: '000.02.24.H45-250110-0001',
      procedureCode: procedures[0]?.code ?? '',
      receivingUnitCode: '000.02.24.H45',
      channel: 'counter',
      applicantName: 'Lê Thị Hoa',
      idNumber: '025190012345',
      phone: '0912345678',
      receivedAt: '2025-01-10 09:00',
      dueAt: '2025-01-15 09:00',
      status: 'received',
    };
    const file = path.join(dir, 'bad.csv');
    writeCsv(file, [
      good,
      { ...good, code: 'HS-1', phone: '12345' },
      { ...good, code: '000.02.24.H45-250110-0003', status: 'delivered', receivedAt: '2025-13-40 09:00' },
      {
        ...good,
        code: '000.02.24.H45-250110-0004',
        receivingUnitCode: 'nowhere',
        dueAt: '2025-01-01T00:00:00Z',
      },
    ]);
    const before = await count('dossiers');
    const result = await importDossiers({ pool: d.pool, file, format: 'csv' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { line: 3, column: 'code', message: 'must be a dossier code like 000.00.24.H45-250304-0001' },
        { line: 3, column: 'phone', message: 'must be a Vietnamese phone number like 0912345678' },
        { line: 4, column: 'receivedAt', message: expect.stringContaining('must be a time like') },
        { line: 4, column: 'finishedAt', message: 'is required when the status is delivered' },
        { line: 4, column: 'deliveredAt', message: 'is required when the status is delivered' },
        { line: 5, column: 'receivingUnitCode', message: 'no such unit' },
      ]),
    );
    expect(await count('dossiers')).toBe(before);
  });

  it('stops after 100 errors', async () => {
    const file = path.join(dir, 'many.ndjson');
    fs.writeFileSync(
      file,
      Array.from({ length: 500 }, (_, i) => JSON.stringify({ code: `x${i}` })).join('\n'),
    );
    const result = await importDossiers({ pool: d.pool, file, format: 'ndjson' });
    expect(result).toMatchObject({ ok: false, truncated: true });
    if (!result.ok) expect(result.errors).toHaveLength(100);
  });

  it('refuses unknown columns and duplicate codes, in the file or already stored', async () => {
    const file = path.join(dir, 'dupes.ndjson');
    const existing = (await d.db.selectFrom('dossiers').select('code').executeTakeFirstOrThrow()).code;
    const row = (code: string) => ({
      code,
      procedureCode: procedures[0]?.code,
      receivingUnitCode: '000.02.24.H45',
      channel: 'post',
      applicantName: 'Lê Văn Nam',
      idNumber: '025190012345',
      phone: '0912345678',
      receivedAt: '2025-01-10T09:00:00+07:00',
      dueAt: '2025-01-15T09:00:00+07:00',
      status: 'in_progress',
    });
    fs.writeFileSync(
      file,
      [row('000.02.24.H45-250111-0007'), row('000.02.24.H45-250111-0007'), row(existing)]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    const result = await importDossiers({ pool: d.pool, file, format: 'ndjson' });
    expect(result).toEqual({
      ok: false,
      truncated: false,
      errors: [
        { line: 2, column: 'code', message: 'appears again on line 2 (first on line 1)' },
        { line: 3, column: 'code', message: 'a dossier with this code exists already' },
      ],
    });
    fs.writeFileSync(file, JSON.stringify({ ...row('000.02.24.H45-250111-0009'), recievedAt: 'x' }));
    const typo = await importDossiers({ pool: d.pool, file, format: 'ndjson' });
    expect(typo).toMatchObject({
      ok: false,
      errors: [{ line: 1, column: 'recievedAt', message: 'unknown column' }],
    });
  });
});
