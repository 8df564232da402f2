// A history of dossiers at the district of Tân Sơn and two of its communes, imported through
// `motcua import dossiers` (importDossiers), in which the second quarter of 2025 has something in
// every column of Biểu 06: carried over, received online, at the counter and by post, resolved
// early, on time and late, pending within deadline and overdue at the end of the quarter (some of
// them finished since), refused and withdrawn, and dossiers before and after it that do not count.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import type { Db } from '../../src/server/db/database.ts';
import { importDossiers } from '../../src/server/features/stats/import/import-dossiers.ts';

export const SCENARIO_FROM = '2025-04-01';
export const SCENARIO_TO = '2025-06-30';
export const SCENARIO_UNITS = ['UBND huyện Tân Sơn', 'UBND xã Thạch Kiệt', 'UBND xã Kim Thượng'];

type Row = {
  channel: 'online' | 'counter' | 'post';
  status: string;
  receivedAt?: string;
  dueAt?: string;
  finishedAt?: string;
  deliveredAt?: string;
  deliveryMethod?: string;
  closedAt?: string;
};

/** The dossiers' stories, local times of Vietnam. */
const stories: Row[] = [
  // carried over, resolved late and early in the quarter
  {
    channel: 'counter',
    status: 'result_ready',
    receivedAt: '2025-03-10 09:00',
    dueAt: '2025-03-20 17:00',
    finishedAt: '2025-04-02 10:00',
  },
  {
    channel: 'online',
    status: 'result_ready',
    receivedAt: '2025-03-25 09:00',
    dueAt: '2025-04-15 17:00',
    finishedAt: '2025-04-10 10:00',
  },
  {
    channel: 'counter',
    status: 'rejected',
    receivedAt: '2025-03-31 16:00',
    dueAt: '2025-04-10 17:00',
    finishedAt: '2025-04-01 08:30',
  },
  // received in the quarter, resolved in it
  {
    channel: 'online',
    status: 'delivered',
    receivedAt: '2025-04-05 09:00',
    dueAt: '2025-04-20 17:00',
    finishedAt: '2025-04-20 10:00',
    deliveredAt: '2025-04-21 10:00',
    deliveryMethod: 'electronic',
  },
  {
    channel: 'post',
    status: 'delivered',
    receivedAt: '2025-05-02 09:00',
    dueAt: '2025-05-12 17:00',
    finishedAt: '2025-05-08 10:00',
    deliveredAt: '2025-05-09 10:00',
    deliveryMethod: 'counter',
  },
  {
    channel: 'counter',
    status: 'result_ready',
    receivedAt: '2025-06-10 09:00',
    dueAt: '2025-06-20 17:00',
    finishedAt: '2025-06-30 16:00',
  },
  // pending at the end of the quarter: still open now …
  { channel: 'counter', status: 'received', receivedAt: '2025-04-07 09:00', dueAt: '2025-04-17 17:00' },
  { channel: 'post', status: 'in_progress', receivedAt: '2025-06-20 09:00', dueAt: '2025-07-10 17:00' },
  { channel: 'counter', status: 'in_progress', receivedAt: '2025-06-16 09:00', dueAt: '2025-06-30 17:00' },
  { channel: 'online', status: 'received', receivedAt: '2025-06-16 09:00', dueAt: '2025-06-29 17:00' },
  { channel: 'counter', status: 'received', receivedAt: '2025-06-30 23:30', dueAt: '2025-07-15 17:00' },
  // … or finished since
  {
    channel: 'counter',
    status: 'result_ready',
    receivedAt: '2025-03-01 09:00',
    dueAt: '2025-03-15 17:00',
    finishedAt: '2025-08-01 10:00',
  },
  {
    channel: 'online',
    status: 'rejected',
    receivedAt: '2025-05-05 09:00',
    dueAt: '2025-07-15 17:00',
    finishedAt: '2025-07-20 10:00',
  },
  {
    channel: 'counter',
    status: 'result_ready',
    receivedAt: '2025-06-02 09:00',
    dueAt: '2025-06-12 17:00',
    finishedAt: '2025-07-01 08:00',
  },
  // withdrawn (one carried over) and refused at reception in the quarter
  {
    channel: 'counter',
    status: 'withdrawn',
    receivedAt: '2025-05-10 09:00',
    dueAt: '2025-05-20 17:00',
    closedAt: '2025-05-12 10:00',
  },
  {
    channel: 'online',
    status: 'withdrawn',
    receivedAt: '2025-03-20 09:00',
    dueAt: '2025-03-25 17:00',
    closedAt: '2025-04-03 10:00',
  },
  { channel: 'online', status: 'refused', closedAt: '2025-05-15 10:00' },
  // outside the quarter
  {
    channel: 'counter',
    status: 'result_ready',
    receivedAt: '2025-02-01 09:00',
    dueAt: '2025-02-10 17:00',
    finishedAt: '2025-03-01 10:00',
  },
  { channel: 'online', status: 'in_progress', receivedAt: '2025-07-05 09:00', dueAt: '2025-07-15 17:00' },
  {
    channel: 'counter',
    status: 'withdrawn',
    receivedAt: '2025-03-02 09:00',
    dueAt: '2025-03-12 17:00',
    closedAt: '2025-03-31 23:00',
  },
  { channel: 'online', status: 'refused', closedAt: '2025-07-01 09:00' },
];

/**
 * Imports the scenario: every story at each of the three units, with procedures of at least two
 * fields taken in turn. Answers the number of dossiers imported.
 */
export async function importReportScenario(db: Db, pool: pg.Pool): Promise<number> {
  const units = await db
    .selectFrom('units')
    .select(['id', 'code', 'name'])
    .where('name', 'in', SCENARIO_UNITS)
    .orderBy('id')
    .execute();
  const fields = await db
    .selectFrom('procedures')
    .select(['field_id', (eb) => eb.fn.min('code').as('code')])
    .groupBy('field_id')
    .orderBy('field_id')
    .limit(2)
    .execute();
  const procedureCodes = fields.map((f) => f.code ?? '');
  const columns = [
    'code',
    'procedureCode',
    'receivingUnitCode',
    'channel',
    'applicantName',
    'idNumber',
    'phone',
    'receivedAt',
    'dueAt',
    'finishedAt',
    'status',
    'deliveredAt',
    'deliveryMethod',
    'closedAt',
  ] as const;
  const lines: string[] = [columns.join(',')];
  let n = 0;
  for (const unit of units) {
    stories.forEach((story, i) => {
      n += 1;
      const day = (story.receivedAt ?? story.closedAt ?? '2025-01-01').slice(2, 10).replaceAll('-', '');
      const row: Record<(typeof columns)[number], string> = {
        code: `${unit.code}-${day}-${String(9000 + n).padStart(4, '0')}`,
        procedureCode: procedureCodes[(i + unit.id) % procedureCodes.length] ?? '',
        receivingUnitCode: unit.code,
        channel: story.channel,
        applicantName: 'Nguyễn Thị Lan',
        idNumber: '025190012345',
        phone: '0912345678',
        receivedAt: story.receivedAt ?? '',
        dueAt: story.dueAt ?? '',
        finishedAt: story.finishedAt ?? '',
        status: story.status,
        deliveredAt: story.deliveredAt ?? '',
        deliveryMethod: story.deliveryMethod ?? '',
        closedAt: story.closedAt ?? '',
      };
      lines.push(columns.map((c) => row[c]).join(','));
    });
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-scenario-'));
  const file = path.join(dir, 'scenario.csv');
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  try {
    const result = await importDossiers({ pool, file, format: 'csv' });
    if (!result.ok) throw new Error(`scenario import failed: ${JSON.stringify(result.errors)}`);
    return result.dossiers;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
