// Data for the report benchmark: a province of 100 districts × 33 communes (3,300 communes), 30
// procedures in 6 fields, and a CSV file of N historical dossiers over 2024–2025 in the format of
// `motcua import dossiers`. Deterministic (a seeded generator), so runs compare.

import { once } from 'node:events';
import fs from 'node:fs';
import { sql } from 'kysely';
import type { Db } from '../src/server/db/database.ts';

export const DISTRICTS = 100;
export const COMMUNES_PER_DISTRICT = 33;
export const PROVINCE_CODE = '000.00.000.B99';
const PROCEDURES = 30;
const FIRST_DAY = Date.UTC(2024, 0, 1) / 86_400_000;
const DAYS = 731; // 2024-01-01 … 2025-12-31
/** The old system's export was taken here: later finishes are still open. */
const CUTOFF_DAY = Date.UTC(2026, 0, 5) / 86_400_000;

/** mulberry32: small, fast, seeded. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const communeCode = (district: number, commune: number) => `000.${pad(commune, 2)}.${pad(district, 3)}.B99`;

/** Inserts the unit tree, the fields and procedures, and which communes offer them; answers the province's id. */
export async function createProvince(db: Db): Promise<number> {
  const calendar = await db.selectFrom('calendars').select('id').executeTakeFirstOrThrow();
  const { rows } = await sql<{ id: number }>`
    insert into units (code, name, level, parent_id, calendar_id, path)
    values (${PROVINCE_CODE}, 'UBND tỉnh Mẫu', 'province', null, ${calendar.id}, '{}') returning id`.execute(
    db,
  );
  const province = rows[0]?.id ?? 0;
  await sql`update units set path = array[id] where id = ${province}`.execute(db);
  await sql`
    insert into units (code, name, level, parent_id, calendar_id, path)
    select format('000.00.%s.B99', lpad(d::text, 3, '0')), 'UBND huyện ' || lpad(d::text, 3, '0'), 'district',
      ${province}, ${calendar.id}, '{}'
    from generate_series(1, ${DISTRICTS}) d`.execute(db);
  await sql`update units set path = array[${province}::int, id] where parent_id = ${province}`.execute(db);
  await sql`
    insert into units (code, name, level, parent_id, calendar_id, path)
    select format('000.%s.%s.B99', lpad(c::text, 2, '0'), lpad(d::text, 3, '0')),
      'UBND xã ' || lpad(c::text, 2, '0') || ' huyện ' || lpad(d::text, 3, '0'), 'commune', u.id, ${calendar.id},
      u.path
    from units u cross join generate_series(1, ${COMMUNES_PER_DISTRICT}) c
    cross join lateral (select substr(u.code, 8, 3)::int as d) x
    where u.parent_id = ${province}`.execute(db);
  await sql`update units set path = path || id where level = 'commune' and path[1] = ${province}`.execute(db);
  await sql`
    insert into fields (code, name) select 'BF' || f, 'Lĩnh vực ' || f from generate_series(1, 6) f`.execute(
    db,
  );
  await sql`
    insert into procedures (code, name, search_text, field_id, level, processing_time, processing_time_unit,
      online_level, applicant_types, result_type)
    select format('9.%s', lpad(p::text, 6, '0')), 'Thủ tục mẫu ' || p, 'thu tuc mau ' || p,
      (select id from fields where code = 'BF' || (1 + p % 6)), 'commune',
      (array[1, 2, 3, 5, 7, 10, 15, 20])[1 + p % 8], 'working_days',
      (array['full', 'partial', 'none'])[1 + p % 3], '{citizen}', 'Giấy chứng nhận'
    from generate_series(1, ${PROCEDURES}) p`.execute(db);
  await sql`
    insert into unit_procedures (unit_id, procedure_id)
    select u.id, p.id from units u cross join procedures p
    where u.level = 'commune' and u.path[1] = ${province} and p.code like '9.%'`.execute(db);
  return province;
}

/** Writes `count` dossiers as CSV; answers the file's size in bytes. */
export async function writeDossierFile(file: string, count: number, seed = 1): Promise<number> {
  const rand = random(seed);
  const out = fs.createWriteStream(file, { highWaterMark: 1 << 22 });
  const dayText = Array.from({ length: DAYS + 400 }, (_, i) =>
    new Date((FIRST_DAY + i) * 86_400_000).toISOString().slice(0, 10),
  );
  const weekday = (i: number) => (FIRST_DAY + i + 4) % 7; // 0 = Sunday; 1970-01-01 was a Thursday
  const weekdays = dayText.flatMap((_, i) => (i < DAYS && weekday(i) >= 1 && weekday(i) <= 5 ? [i] : []));
  const time = (day: number, minute: number) =>
    `${dayText[day]} ${pad(Math.floor(minute / 60), 2)}:${pad(minute % 60, 2)}`;
  const procedureDays = Array.from(
    { length: PROCEDURES },
    (_, p) => [1, 2, 3, 5, 7, 10, 15, 20][(p + 1) % 8] ?? 5,
  );
  // Zipf-like popularity: a few procedures carry most dossiers.
  const weights = procedureDays.map((_, p) => 1 / (p + 1));
  const cumulative: number[] = [];
  weights.reduce((sum, w) => {
    cumulative.push(sum + w);
    return sum + w;
  }, 0);
  const totalWeight = cumulative.at(-1) ?? 1;
  const names = [
    'Nguyễn Văn An',
    'Trần Thị Bình',
    'Lê Văn Cường',
    'Phạm Thị Dung',
    'Hoàng Văn Em',
    'Đinh Thị Hoa',
  ];
  const cutoff = CUTOFF_DAY - FIRST_DAY;
  out.write(
    'code,procedureCode,receivingUnitCode,channel,applicantName,idNumber,phone,receivedAt,dueAt,finishedAt,status,deliveredAt,deliveryMethod,closedAt\n',
  );
  let chunk = '';
  for (let i = 1; i <= count; i++) {
    const district = 1 + Math.floor(rand() * DISTRICTS);
    const commune = 1 + Math.floor(rand() * COMMUNES_PER_DISTRICT);
    const unit = communeCode(district, commune);
    const pick = rand() * totalWeight;
    let p = 0;
    while ((cumulative[p] ?? totalWeight) < pick) p++;
    const day = weekdays[Math.floor(rand() * weekdays.length)] ?? 0;
    const minute = 450 + Math.floor(rand() * 540);
    const c = rand();
    const channel = c < 0.35 ? 'online' : c < 0.95 ? 'counter' : 'post';
    const legal = procedureDays[p] ?? 5;
    const dueDay = day + Math.ceil((legal * 7) / 5);
    const fate = rand();
    const code = `${unit}-${dayText[day]?.slice(2).replaceAll('-', '')}-${pad(i, 8)}`;
    const head = `${code},9.${pad(p + 1, 6)},${unit},${channel},${names[i % names.length]},0251${pad(i % 100_000_000, 8)},09${pad(i % 100_000_000, 8)}`;
    let tail: string;
    if (channel === 'online' && fate < 0.02) {
      tail = `,,,,refused,,,${time(day, minute + 30)}`;
    } else if (fate < 0.05) {
      const closed = Math.min(day + Math.floor(rand() * legal), cutoff - 1);
      tail = `,${time(day, minute)},${time(dueDay, minute)},,withdrawn,,,${time(closed, Math.max(minute + 1, 600))}`;
    } else {
      // Most finish within their time, some after: up to 1.5× the legal time; 1 % wait forever.
      const finishDay = fate > 0.99 ? cutoff + 1 : day + Math.floor(rand() * Math.ceil(legal * 2.1));
      if (finishDay >= cutoff) {
        tail = `,${time(day, minute)},${time(dueDay, minute)},,${rand() < 0.5 ? 'received' : 'in_progress'},,,`;
      } else {
        const finishMinute = Math.max(minute, 600);
        const finished = time(finishDay, finishMinute);
        const deliverDay = finishDay + Math.floor(rand() * 4);
        if (fate < 0.08) tail = `,${time(day, minute)},${time(dueDay, minute)},${finished},rejected,,,`;
        else if (deliverDay >= cutoff || rand() < 0.15) {
          tail = `,${time(day, minute)},${time(dueDay, minute)},${finished},result_ready,,,`;
        } else {
          const m = rand();
          const method = m < 0.25 ? 'electronic' : m < 0.95 ? 'counter' : 'post';
          tail = `,${time(day, minute)},${time(dueDay, minute)},${finished},delivered,${time(deliverDay, Math.max(finishMinute, 960))},${method},`;
        }
      }
    }
    chunk += `${head}${tail}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.write(chunk);
  out.end();
  await once(out, 'finish');
  return fs.statSync(file).size;
}
