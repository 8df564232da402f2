// Property-based HTTP fuzzing driven by the OpenAPI document: every operation gets schema-shaped,
// mutated and random requests (bodies, parameters, headers, encodings) from no session and three
// signed-in roles, by injection and over a real socket. No answer may be a 5xx, hang, or leave an
// error in the server's log; requests refused by construction must change no data; the server must
// be healthy afterwards. FUZZ_SEED=<n> replays a run (each failure report gives its seed).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formNames } from '../../src/server/features/forms/index.ts';
import { buildApplicant, counterBody, findDemoProcedure } from '../support/factories.ts';
import { changedTables, type Fingerprint, fingerprint } from '../support/fuzz/fingerprint.ts';
import {
  type FuzzRequest,
  mixedRequestArb,
  rejectedRequestArb,
  SAFE_METHODS,
} from '../support/fuzz/fuzz-requests.ts';
import { type Operation, operationsOf } from '../support/fuzz/openapi-operations.ts';
import { sendWire, toWire, type WireTwist, wireTwistArb } from '../support/fuzz/raw-http.ts';
import type { Dictionary } from '../support/fuzz/schema-arbitrary.ts';
import { createTestApp, signIn, type TestApp } from '../support/test-app.ts';
import { uploadFile } from '../support/uploads.ts';

/** fast-check runs per phase: batches of up to 120 and 80 requests, then one request per run. */
const RUNS = { rejected: 140, mixed: 330, wire: 3000 };
const MIN_REQUESTS = 20_000;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;
const USERNAMES = {
  reception: 'tiepnhan.thachkiet',
  leader: 'lanhdao.tanson',
  admin: 'admin.tanson',
} as const;
type SignedIn = keyof typeof USERNAMES;

/** Routes the document hides (metrics, the development mailbox, the docs, the web app's fallback). */
const HIDDEN: Operation[] = [
  { method: 'GET', path: '/metrics', params: [], query: [], consumes: [], hidden: true },
  { method: 'GET', path: '/api/openapi.json', params: [], query: [], consumes: [], hidden: true },
  {
    method: 'GET',
    path: '/dev/mailbox',
    params: [],
    query: [{ name: 'id', in: 'query', required: false, schema: { type: 'integer', minimum: 1 } }],
    consumes: [],
    hidden: true,
  },
  ...['/api/docs/{rest}', '/{page}'].map((path) => ({
    method: 'GET',
    path,
    params: [
      {
        name: path.includes('rest') ? 'rest' : 'page',
        in: 'path' as const,
        required: true,
        schema: { type: 'string' },
      },
    ],
    query: [],
    consumes: [],
    hidden: true,
  })),
];

let t: TestApp;
let port: number;
let operations: Operation[];
let dict: Dictionary;
const sessions = {} as Record<SignedIn, { cookie: string; 'x-csrf-token': string }>;
const passwordHashes = {} as Record<SignedIn, string>;
const stats = { sent: 0, byStatus: new Map<number, number>(), byOperation: new Map<string, number>() };
const started = Date.now();
const loggedErrors: string[] = [];
const prototypeKeys = () =>
  [Object.prototype, Array.prototype, Function.prototype].map((p) =>
    Object.getOwnPropertyNames(p).sort().join(),
  );
let pristinePrototypes: string[];

beforeAll(async () => {
  // Rate limits high enough for every request to reach its handler.
  t = await createTestApp({
    RATE_LIMIT_LOOKUP_PER_MINUTE: '1000000',
    RATE_LIMIT_SUBMIT_PER_MINUTE: '1000000',
    RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000000',
  });
  const db = t.database.db;
  for (const [persona, username] of Object.entries(USERNAMES) as [SignedIn, string][]) {
    sessions[persona] = await signIn(t.app, username);
    const user = await db
      .selectFrom('users')
      .select('password_hash')
      .where('username', '=', username)
      .executeTakeFirstOrThrow();
    passwordHashes[persona] = user.password_hash;
  }
  // A few real dossiers, lookup keys and a file, so that valid requests find rows to act on.
  const procedure = await findDemoProcedure(db, { level: 'commune' });
  const received: { code: string; lookupKey: string }[] = [];
  // Odd but valid text, so the slips rendered from these dossiers meet it too.
  const oddTexts = ['Nguye\u0302\u0303n Thi\u0323 \u202EgnoH\u202C', 'Lò Văn 👨‍👩‍👧‍👦 𝕳ùng', 'Hà Thị Ánh'];
  for (const name of oddTexts) {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/counter/dossiers',
      headers: sessions.reception,
      payload: counterBody(procedure, {
        applicant: buildApplicant({ name, address: `${name}, xã Thạch Kiệt\u200B` }),
        note: `${name} <script>alert(1)</script> %s %n`,
      }),
    });
    if (res.statusCode !== 201) throw new Error(`counter reception failed: ${res.statusCode} ${res.body}`);
    received.push(res.json());
  }
  const ids = async (table: 'units' | 'procedures' | 'fields' | 'calendars' | 'users') =>
    (await db.selectFrom(table).select('id').orderBy('id').limit(40).execute()).map((r) => r.id);
  const users = await ids('users');
  dict = {
    unitId: await ids('units'),
    procedureId: [procedure.id, ...(await ids('procedures'))],
    fieldId: await ids('fields'),
    calendarId: await ids('calendars'),
    componentId: procedure.documents.map((d) => d.id),
    assigneeId: users,
    id: [...users, ...(await ids('procedures'))],
    code: received.map((d) => d.code),
    key: received.map((d) => d.lookupKey),
    fileId: [await uploadFile(t.app)],
    date: ['2026-01-01', '2026-04-30', '2026-09-02', '2025-12-31'],
    from: ['2025-01-01', '2026-01-01', '2026-06-01T08:00:00+07:00'],
    to: ['2026-12-31', '2026-06-30'],
    year: [2025, 2026],
    version: [1, 2, 3],
    form: formNames.map((f) => `${f}.pdf`),
  };
  operations = [...operationsOf((await t.app.inject({ url: '/api/openapi.json' })).json()), ...HIDDEN];
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  port = (t.app.server.address() as { port: number }).port;
  pristinePrototypes = prototypeKeys();
  // Some errors (a client that hung up mid-request) reach no client as a 5xx, only the log.
  // Without a logger every request logs to the app's one no-op logger, so this sees them all.
  (t.app.log as unknown as { error: (obj: unknown, msg?: string) => void }).error = (obj, msg) => {
    const err = (obj as { err?: Error } | undefined)?.err;
    loggedErrors.push(`${msg ?? ''}: ${err?.stack?.split('\n').slice(0, 3).join(' ← ') ?? String(obj)}`);
  };
  console.info(`fuzz: ${operations.length} operations, FUZZ_SEED=${SEED}`);
}, 120_000);

afterAll(async () => {
  const statuses = [...stats.byStatus].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.info(`fuzz: ${stats.sent} requests in ${seconds} s; statuses ${statuses.join(' ')}`);
  await t?.close();
});

const FORGED = ['A'.repeat(43), 'x'.repeat(500), '%00', 'null'];

function credentialsOf(req: FuzzRequest): Record<string, string> {
  const forged = { cookie: `motcua_session=${FORGED[req.url.length % FORGED.length]}` };
  if (req.persona === 'anonymous') return req.credentials === 'forged-session' ? forged : {};
  const s = sessions[req.persona];
  switch (req.credentials) {
    case 'session+csrf':
      return s;
    case 'session-only':
      return { cookie: s.cookie };
    case 'wrong-csrf':
      return { cookie: s.cookie, 'x-csrf-token': 'wrong' };
    case 'forged-session':
      return { ...forged, 'x-csrf-token': s['x-csrf-token'] };
  }
}

function count(req: FuzzRequest, status: number) {
  stats.sent++;
  stats.byStatus.set(status, (stats.byStatus.get(status) ?? 0) + 1);
  stats.byOperation.set(req.operation, (stats.byOperation.get(req.operation) ?? 0) + 1);
}

/** One line about a request, its body cut short, for failure reports. */
function describeRequest(req: FuzzRequest): string {
  const text =
    req.body === undefined ? '' : Buffer.isBuffer(req.body) ? req.body.toString('latin1') : req.body;
  const body =
    req.body === undefined ? '' : ` body(${req.body.length})=${JSON.stringify(text.slice(0, 300))}`;
  const url = req.url.length > 300 ? `${req.url.slice(0, 300)}…(${req.url.length})` : req.url;
  const headers = JSON.stringify(req.headers).slice(0, 300);
  return `[${req.persona}/${req.credentials}] ${req.method} ${url} (${req.operation}) headers=${headers}${body}`;
}
/** fast-check prints counterexamples with this, not with a whole megabyte of body. */
const described = (req: FuzzRequest) =>
  Object.assign(req, { [fc.toStringMethod]: () => describeRequest(req) }) as FuzzRequest;

/** Whether light-my-request can send this target (it parses it as a WHATWG URL first). */
function injectable(url: string): boolean {
  try {
    new URL(url, 'http://localhost');
    return true;
  } catch {
    return false;
  }
}

/** Sends a request by injection, or over the socket when injection cannot carry its target. */
async function inject(req: FuzzRequest): Promise<number> {
  if (!injectable(req.url)) return overSocket(req, 'none');
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within 15 s: ${describeRequest(req)}`)), 15_000);
  });
  try {
    const res = await Promise.race([
      t.app.inject({
        method: req.method as 'GET',
        url: req.url,
        headers: { ...req.headers, ...credentialsOf(req) },
        ...(req.body !== undefined ? { payload: req.body } : {}),
      }),
      hang,
    ]);
    count(req, res.statusCode);
    if (res.statusCode >= 500)
      throw new Error(`${res.statusCode} ${res.body.slice(0, 300)}\n  for ${describeRequest(req)}`);
    return res.statusCode;
  } finally {
    clearTimeout(timer);
  }
}

async function overSocket(req: FuzzRequest, twist: WireTwist): Promise<number> {
  const answer = await sendWire(port, toWire(req, credentialsOf(req), twist, port));
  const where = `${twist}: ${describeRequest(req)}`;
  if (answer.timedOut) throw new Error(`no answer within 15 s (${where})`);
  if (answer.status === null) throw new Error(`connection closed without an answer (${where})`);
  count(req, answer.status);
  if (answer.status >= 500) throw new Error(`${answer.head} for ${where}`);
  // The server may still be finishing a request whose client it already answered.
  await new Promise((resolve) => setImmediate(resolve));
  expectServerUnharmed(where);
  return answer.status;
}

function expectServerUnharmed(after: string) {
  const errors = loggedErrors.splice(0);
  if (errors.length) throw new Error(`the server logged ${errors.join('; ')}\n  after ${after}`);
  expect(prototypeKeys(), 'built-in prototypes').toEqual(pristinePrototypes);
  expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
}

/** Signs the personas in again when a fuzzed request (sign-out, a disabled account…) ended a session. */
async function restorePersonas(): Promise<boolean> {
  let restored = false;
  for (const persona of Object.keys(USERNAMES) as SignedIn[]) {
    const me = await t.app.inject({ url: '/api/auth/me', headers: sessions[persona] });
    if (me.statusCode === 200) continue;
    await t.database.db
      .updateTable('users')
      .set({
        is_disabled: false,
        failed_logins: 0,
        locked_until: null,
        password_hash: passwordHashes[persona],
      })
      .where('username', '=', USERNAMES[persona])
      .execute();
    sessions[persona] = await signIn(t.app, USERNAMES[persona]);
    restored = true;
  }
  return restored;
}

/** Operations with parameters or a body get three times the share of those with only headers to vary. */
const weighted = (arb: (op: Operation) => fc.Arbitrary<FuzzRequest>) =>
  fc.oneof(
    ...operations.map((op) => ({
      arbitrary: arb(op),
      weight: op.params.length + op.query.length > 0 || op.body ? 3 : 1,
    })),
  );
const methodsOf = (path: string) => operations.filter((o) => o.path === path).map((o) => o.method);
const batchOf = (arb: fc.Arbitrary<FuzzRequest>, maxLength: number) =>
  fc.array(arb.map(described), { minLength: 1, maxLength, size: 'max' });
/**
 * A failure that the shrinker cannot reproduce (state moved on) would have it try candidates for
 * long: the time limit stops it and reports the smallest failing input found by then.
 */
const assertOptions = (numRuns: number, offset: number, seconds: number) => ({
  numRuns,
  seed: SEED + offset,
  interruptAfterTimeLimit: seconds * 1000,
});

describe('property-based HTTP fuzzing driven by the OpenAPI document', () => {
  it('reads every operation of the document, with bodies and parameters', () => {
    expect(operations.length).toBeGreaterThanOrEqual(40);
    expect(operations.filter((o) => o.body).length).toBeGreaterThanOrEqual(8);
    expect(operations.filter((o) => o.params.length).length).toBeGreaterThanOrEqual(8);
  });

  it('answers requests refused by construction with 4xx, and they change no data', async () => {
    const arb = weighted((op) => rejectedRequestArb(op, dict, methodsOf));
    let baseline: Fingerprint | undefined;
    await fc.assert(
      fc.asyncProperty(batchOf(arb, 120), async (batch) => {
        loggedErrors.length = 0;
        const before = baseline ?? (await fingerprint(t.database.db));
        for (const req of batch) {
          const status = await inject(req);
          if (status < 400)
            throw new Error(`${status} for a request the schema refuses: ${describeRequest(req)}`);
        }
        const after = await fingerprint(t.database.db);
        baseline = after;
        expect(changedTables(before, after), 'tables changed by refused requests').toEqual([]);
        expectServerUnharmed(`a batch of ${batch.length}`);
      }),
      assertOptions(RUNS.rejected, 1, 100),
    );
  }, 130_000);

  it('answers schema-shaped, mutated and random requests, signed in and not, without 5xx; only successful mutations change data', async () => {
    const arb = weighted((op) => mixedRequestArb(op, dict));
    let baseline: Fingerprint | undefined;
    await fc.assert(
      fc.asyncProperty(batchOf(arb, 80), async (batch) => {
        loggedErrors.length = 0;
        const before = baseline ?? (await fingerprint(t.database.db));
        let mutations = 0;
        for (const req of batch) {
          const status = await inject(req);
          if (status < 300 && !SAFE_METHODS.has(req.method)) mutations++;
        }
        const after = await fingerprint(t.database.db);
        baseline = after;
        if (mutations === 0)
          expect(changedTables(before, after), 'tables changed though no mutation succeeded').toEqual([]);
        expectServerUnharmed(`a batch of ${batch.length}`);
        if (mutations > 0 && (await restorePersonas())) baseline = await fingerprint(t.database.db);
      }),
      assertOptions(RUNS.mixed, 2, 150),
    );
  }, 180_000);

  it('answers raw bytes, odd encodings and odd framing over a real socket without 5xx or hanging', async () => {
    const arb = fc.tuple(
      fc
        .oneof(
          weighted((op) => mixedRequestArb(op, dict)),
          weighted((op) => rejectedRequestArb(op, dict, methodsOf)),
        )
        .map(described),
      wireTwistArb,
    );
    await fc.assert(
      fc.asyncProperty(arb, async ([req, twist]) => {
        loggedErrors.length = 0;
        await overSocket(req, twist);
      }),
      assertOptions(RUNS.wire, 3, 100),
    );
    await restorePersonas();
  }, 130_000);

  it(`is healthy afterwards, having answered at least ${MIN_REQUESTS} requests to every operation`, async () => {
    for (const url of ['/api/health', '/api/ready']) {
      expect((await t.app.inject({ url })).statusCode).toBe(200);
      const overSocket = await sendWire(
        port,
        Buffer.from(`GET ${url} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`),
      );
      expect(overSocket.status).toBe(200);
    }
    for (const persona of Object.keys(USERNAMES) as SignedIn[]) {
      expect((await t.app.inject({ url: '/api/auth/me', headers: sessions[persona] })).statusCode).toBe(200);
    }
    expectServerUnharmed('the whole run');
    const untouched = operations.map((o) => `${o.method} ${o.path}`).filter((o) => !stats.byOperation.get(o));
    expect(untouched).toEqual([]);
    expect(stats.sent).toBeGreaterThanOrEqual(MIN_REQUESTS);
  });
});
