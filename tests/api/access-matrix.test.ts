// Runs the access matrix (access-matrix.ts): every route the server registers must have a row, and
// every cell — role × where the caller's unit stands × endpoint — must answer the status the table
// says. docs/access-matrix.md must be the table rendered (ACCESS_MATRIX_WRITE=1 rewrites it).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, HTTPMethods } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNIT } from '../../src/server/seed/data/units.ts';
import { buildStaff, findDemoProcedure } from '../support/factories.ts';
import { createTestApp, signIn, type TestApp } from '../support/test-app.ts';
import {
  type Column,
  callers,
  columnLabel,
  columns,
  expectedOutcomes,
  matrix,
  matrixAccounts,
  matrixRoles,
  renderMarkdown,
  type Subject,
} from './access-matrix.ts';
import {
  act,
  type Cell,
  type Fixtures,
  type Headers,
  PASSWORD,
  type Procedure,
  receive,
  requests,
  type SubjectFixture,
} from './access-matrix-requests.ts';

const MARKDOWN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/access-matrix.md');

/** Every method and path the app registers, from Fastify's route tree; HEAD answers like GET. */
function registeredRoutes(app: FastifyInstance): string[] {
  const routes: string[] = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    if (!line.trim()) continue;
    const m = /^((?:│ {3}| {4})*)[├└]── (.+) \(([A-Z, -]+)\)$/.exec(line);
    if (!m || m[1] === undefined || !m[2] || !m[3]) throw new Error(`unexpected route line: ${line}`);
    const depth = m[1].length / 4;
    stack.length = depth;
    stack.push(m[2]);
    const url = stack.join('');
    const methods = m[3] === '-' ? [] : m[3].split(', ');
    for (const method of methods) {
      // (hasRoute does not match a wildcard route by its pattern)
      if (method !== 'HEAD' && !url.includes('*') && !app.hasRoute({ method: method as HTTPMethods, url }))
        throw new Error(`misread route ${method} ${url}`);
      if (method === 'HEAD' && !methods.includes('GET')) routes.push(`HEAD ${url}`);
      if (method !== 'HEAD') routes.push(`${method} ${url}`);
    }
  }
  return [...new Set(routes)].sort();
}

let t: TestApp;
let fx: Fixtures;
const sessions = new Map<string, Headers>();

const unitId = async (code: string) =>
  (await t.database.db.selectFrom('units').select('id').where('code', '=', code).executeTakeFirstOrThrow())
    .id;
const userId = async (username: string) =>
  (
    await t.database.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirstOrThrow()
  ).id;

async function withDocuments(id: number): Promise<Procedure> {
  const documents = await t.database.db
    .selectFrom('procedure_documents')
    .select(['id', 'required'])
    .where('procedure_id', '=', id)
    .orderBy('position')
    .execute();
  return { id, documents };
}

/** A district procedure Tân Sơn resolves itself, in working days, with a step to forward to. */
async function districtProcedure(tanSon: number): Promise<Procedure> {
  const p = await t.database.db
    .selectFrom('procedures as p')
    .innerJoin('unit_procedures as up', 'up.procedure_id', 'p.id')
    .select('p.id')
    .where('up.unit_id', '=', tanSon)
    .where('p.level', '=', 'district')
    .where('p.receiving_level', 'is', null)
    .where('p.processing_time_unit', '=', 'working_days')
    .where('p.processing_time', '>', '0')
    .where((eb) =>
      eb(
        eb
          .selectFrom('procedure_steps as s')
          .select(eb.fn.countAll().as('n'))
          .whereRef('s.procedure_id', '=', 'p.id'),
        '>=',
        2,
      ),
    )
    .orderBy('p.id')
    .executeTakeFirstOrThrow();
  return withDocuments(p.id);
}

/** A procedure Thạch Kiệt offers fully online. */
async function onlineProcedure(thachKiet: number): Promise<Procedure> {
  const p = await t.database.db
    .selectFrom('procedures as p')
    .innerJoin('unit_procedures as up', 'up.procedure_id', 'p.id')
    .select('p.id')
    .where('up.unit_id', '=', thachKiet)
    .where('p.online_level', '=', 'full')
    .where('p.processing_time_unit', '=', 'working_days')
    .where('p.processing_time', '>', '0')
    .orderBy('p.id')
    .executeTakeFirstOrThrow();
  return withDocuments(p.id);
}

/** One dossier of each kind for the unit: to read, rated by its applicant, and with an email kept. */
async function subjectFixture(
  base: Pick<SubjectFixture, 'unitId' | 'procedure' | 'reception'>,
  name: string,
): Promise<SubjectFixture> {
  const db = t.database.db;
  const email = `matrix.${name}@example.vn`;
  const d = await receive(t.app, base, email);
  const { id } = await db
    .selectFrom('dossiers')
    .select('id')
    .where('code', '=', d.code)
    .executeTakeFirstOrThrow();
  // The email the outbox worker would keep for it (development mailbox), without running the worker.
  const outbox = await db
    .selectFrom('outbox')
    .select('id')
    .where('dossier_id', '=', id)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const mail = await db
    .insertInto('mail_messages')
    .values({
      outbox_id: outbox.id,
      dossier_id: id,
      to_address: email,
      subject: `Hồ sơ ${d.code} đã được tiếp nhận`,
      text_body: `Mã tra cứu: ${d.lookupKey}`,
      html_body: `<p>Mã tra cứu: ${d.lookupKey}</p>`,
      attachments: '[]',
      transport: 'kept',
      message_id: `<${d.code}@matrix.test>`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const rated = await receive(t.app, base);
  await act(t.app, base.reception, rated.code, 'finish', { version: rated.version });
  const rating = await t.app.inject({
    method: 'POST',
    url: `/api/lookup/${rated.code}/rating?key=${rated.lookupKey}`,
    payload: { score: 'dissatisfied', comment: 'Chờ lâu' },
  });
  if (rating.statusCode !== 201) throw new Error(`rating: ${rating.body}`);
  const target = await buildStaff(db, {
    username: `matrix.target.${name}`,
    role: 'specialist',
    unitCode: (
      await db.selectFrom('units').select('code').where('id', '=', base.unitId).executeTakeFirstOrThrow()
    ).code,
  });
  return {
    ...base,
    dossier: { id, code: d.code, version: d.version, lookupKey: d.lookupKey },
    fileId: d.fileId,
    target,
    email,
    mailId: Number(mail.id),
    ratedCode: rated.code,
  };
}

beforeAll(async () => {
  t = await createTestApp({
    METRICS_TOKEN: 'matrix-metrics-token-0123456789',
    RATE_LIMIT_LOOKUP_PER_MINUTE: '1000000',
    RATE_LIMIT_SUBMIT_PER_MINUTE: '1000000',
  });
  const db = t.database.db;
  for (const [username, role, unitCode] of matrixAccounts) await buildStaff(db, { username, role, unitCode });
  const everyone = new Set<string>([callers.provinceAdmin]);
  for (const subject of ['commune', 'district'] as const)
    for (const group of Object.values(callers[subject])) for (const u of group ?? []) everyone.add(u);
  const userIds = new Map<string, number>();
  for (const username of everyone) {
    sessions.set(username, await signIn(t.app, username, PASSWORD));
    userIds.set(username, await userId(username));
  }
  const thachKiet = await unitId(UNIT.thachKiet);
  const tanSon = await unitId(UNIT.tanSon);
  const session = (u: string) => sessions.get(u) ?? {};
  const commune = await subjectFixture(
    {
      unitId: thachKiet,
      procedure: await withDocuments((await findDemoProcedure(db, { level: 'commune' })).id),
      reception: session('tiepnhan.thachkiet'),
    },
    'thachkiet',
  );
  const district = await subjectFixture(
    { unitId: tanSon, procedure: await districtProcedure(tanSon), reception: session('tiepnhan.tanson') },
    'tanson',
  );
  fx = {
    app: t.app,
    db,
    provinceUnitId: await unitId(UNIT.province),
    provinceAdmin: session(callers.provinceAdmin),
    online: { ...(await onlineProcedure(thachKiet)), unitId: thachKiet },
    today: new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date()),
    userIds,
    commune,
    district,
  };
}, 120_000);
afterAll(() => t?.close());

/** The account in a column for a row's unit; undefined where there is none (a commune's child). */
function callerOf(subject: Subject, column: Column): string | null | undefined {
  if (column === 'no session') return null;
  if (column === 'province-admin') return callers.provinceAdmin;
  const group = callers[subject === 'commune' ? 'commune' : 'district'][column.relation];
  return group ? group[matrixRoles.indexOf(column.role)] : undefined;
}

/** Runs a row's cells; answers each column's outcome, as the table writes them. */
async function runRow(row: (typeof matrix)[number]): Promise<Record<string, string>> {
  const spec = requests[row.request];
  const s = row.subject === 'commune' ? fx.commune : fx.district;
  const pool = new Map<string, unknown>();
  const outcomes: Record<string, string> = {};
  for (const column of columns) {
    const caller = callerOf(row.subject, column);
    if (caller === undefined) {
      outcomes[columnLabel(column)] = '-';
      continue;
    }
    const cell: Cell = {
      fx,
      s,
      caller,
      headers: caller === null ? {} : (sessions.get(caller) ?? {}),
      async fresh<T>(name: string, make: () => Promise<T>): Promise<T> {
        if (!pool.has(name)) pool.set(name, await make());
        return pool.get(name) as T;
      },
    };
    const res = await fx.app.inject(await spec.build(cell));
    // A success used the resource up (a dossier moved on, a day removed): the next caller gets a new one.
    if (res.statusCode < 300) pool.clear();
    outcomes[columnLabel(column)] =
      res.statusCode === 200 && spec.found && !spec.found(res, cell) ? '∅' : String(res.statusCode);
  }
  return outcomes;
}

describe('the access-control matrix', () => {
  it('has a row for every route the server registers, and no row for a route it does not', () => {
    const registered = registeredRoutes(t.app);
    expect(registered.length).toBeGreaterThan(40);
    const inTable: string[] = [...new Set(matrix.map((r) => r.route))].sort();
    expect({ withoutRow: registered.filter((r) => !inTable.includes(r)) }).toEqual({ withoutRow: [] });
    expect({ notRegistered: inTable.filter((r) => !registered.includes(r)) }).toEqual({ notRegistered: [] });
  });

  it('is what docs/access-matrix.md shows (ACCESS_MATRIX_WRITE=1 rewrites it)', () => {
    const markdown = renderMarkdown();
    if (process.env.ACCESS_MATRIX_WRITE === '1') {
      fs.mkdirSync(path.dirname(MARKDOWN), { recursive: true });
      fs.writeFileSync(MARKDOWN, markdown);
    }
    expect(fs.existsSync(MARKDOWN) ? fs.readFileSync(MARKDOWN, 'utf8') : '(missing)').toBe(markdown);
  });

  it.each(matrix.map((row) => [`${row.route} — ${row.does} (${row.subject})`, row] as const))(
    '%s',
    async (_name, row) => {
      const expected = expectedOutcomes(row);
      const want = Object.fromEntries(columns.map((c, i) => [columnLabel(c), expected[i]]));
      expect(await runRow(row)).toEqual(want);
    },
  );
});
