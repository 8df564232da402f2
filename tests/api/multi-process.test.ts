// Several app processes on one PostgreSQL: three `motcua start` processes share the test file's
// database and one SMTP server, and are driven at once with counter receptions, the same action
// raced through all three for the same dossier and version, and chains of actions hopping between
// processes. Afterwards: every code is unique and stored, each conflicting action has exactly one
// winner and one event, every dossier's control sheet is exactly its successful actions, every
// email went out exactly once, nothing is left in the outbox, and no request answered 5xx.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../bench/support.ts';
import { findDemoProcedure } from '../support/factories.ts';
import { startSmtpServer } from '../support/smtp-test-server.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const PROCESSES = 3;
const RECEIVERS_PER_PROCESS = 3;
const RECEPTIONS_PER_RECEIVER = 4;
const RACED_DOSSIERS = 6;
const CHAINS = 3;
const PASSWORD = 'motcua-demo-2026';
const USERS = {
  reception: 'tiepnhan.thachkiet',
  specialist: 'chuyenvien.thachkiet',
  leader: 'lanhdao.thachkiet',
} as const;
type Role = keyof typeof USERS;

/** The applicant-facing email each action writes to the outbox (staff.* topics go to staff). */
const TOPIC: Record<string, string | undefined> = {
  receive: 'dossier.received',
  'request-supplement': 'dossier.supplement-requested',
  apologize: 'dossier.apology',
  finish: 'dossier.result-ready',
  deliver: 'dossier.delivered',
  withdraw: 'dossier.withdrawn',
};

interface App {
  index: number;
  base: string;
  child: ChildProcess;
  dir: string;
  log: string[];
  headers: Record<Role, Record<string, string>>;
}
interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: problem+json or a dossier view, checked by the test
  body: any;
}

let d: TestDatabase;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
const apps: App[] = [];
/** Every answer any process gave, to check that none was a 5xx. */
const answers: { app: number; what: string; status: number }[] = [];

async function startApp(index: number): Promise<App> {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `motcua-multi-${index}-`));
  const log: string[] = [];
  const child = spawn(process.execPath, ['bin/motcua.js', 'start', '--no-build'], {
    env: {
      ...process.env,
      DATABASE_URL: d.url,
      MOTCUA_DATA_DIR: dir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SMTP_URL: smtp.url,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (c: Buffer) => log.push(c.toString('utf8')));
  child.stderr?.on('data', (c: Buffer) => log.push(c.toString('utf8')));
  const base = `http://127.0.0.1:${port}`;
  const app: App = { index, base, child, dir, log, headers: {} as App['headers'] };
  apps.push(app);
  const until = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`motcua ${index} exited with ${child.exitCode}:\n${log.join('')}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {}
    if (Date.now() > until) throw new Error(`motcua ${index} did not start:\n${log.join('')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  // One sign-in per process and role: the session and CSRF token come from that process.
  for (const role of Object.keys(USERS) as Role[]) {
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: USERS[role], password: PASSWORD }),
    });
    expect(login.status, `sign-in of ${USERS[role]} at process ${index}`).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const csrf = await fetch(`${base}/api/auth/csrf`, { headers: { cookie } });
    const { token } = (await csrf.json()) as { token: string };
    app.headers[role] = { cookie, 'x-csrf-token': token, 'content-type': 'application/json' };
  }
  return app;
}

async function call(app: App, role: Role, method: string, url: string, body?: unknown): Promise<Answer> {
  const res = await fetch(`${app.base}${url}`, {
    method,
    headers: app.headers[role],
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  answers.push({ app: app.index, what: `${method} ${url}`, status: res.status });
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {}
  return { status: res.status, body: parsed };
}

const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(1);

const act = (app: App, role: Role, code: string, action: string, body: Record<string, unknown>) =>
  call(app, role, 'POST', `/api/dossiers/${code}/actions/${action}`, body);

beforeAll(async () => {
  d = await createTestDatabase();
  smtp = await startSmtpServer();
  // Started together, as a deployment would: concurrent migrations and base-data checks included.
  await Promise.all(Array.from({ length: PROCESSES }, (_, i) => startApp(i)));
  apps.sort((a, b) => a.index - b.index);
}, 120_000);

afterAll(async () => {
  await Promise.all(
    apps.map(
      (a) =>
        new Promise<void>((resolve) => {
          if (a.child.exitCode !== null) return resolve();
          const kill = setTimeout(() => a.child.kill('SIGKILL'), 10_000);
          a.child.once('exit', () => {
            clearTimeout(kill);
            resolve();
          });
          a.child.kill('SIGTERM');
        }),
    ),
  );
  for (const a of apps) fs.rmSync(a.dir, { recursive: true, force: true });
  await smtp?.close();
  await d?.close();
}, 30_000);

describe('three app processes on one PostgreSQL', () => {
  it('keep codes unique, let one racer win, lose no event and send each email once', async () => {
    const started = Date.now();
    const procedure = await findDemoProcedure(d.db, { level: 'commune' });
    const documents = procedure.documents.filter((x) => x.required).map((x) => ({ componentId: x.id }));
    const specialistId = (
      await d.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', USERS.specialist)
        .executeTakeFirstOrThrow()
    ).id;
    const app = (i: number) => apps[i % PROCESSES] as App;

    /** The actions that succeeded, per dossier code, in order; and each applicant's address. */
    const done = new Map<string, string[]>();
    const emailOf = new Map<string, string>();
    let serial = 0;
    const receive = async (a: App): Promise<Answer> => {
      serial += 1;
      const email = `nguoinop.${serial}@example.vn`;
      const res = await call(a, 'reception', 'POST', '/api/counter/dossiers', {
        procedureId: procedure.id,
        channel: 'counter',
        applicant: {
          name: 'Nguyễn Thị Hương',
          idNumber: `0251900${String(10000 + serial).slice(-5)}`,
          phone: '0912345678',
          email,
        },
        documents,
      });
      if (res.status === 201) {
        done.set(res.body.code, ['receive']);
        emailOf.set(res.body.code, email);
      }
      return res;
    };

    // Dossiers to race on and to chain, received beforehand (their receipts are emailed too).
    const prepared: { code: string; version: number }[] = [];
    for (let i = 0; i < RACED_DOSSIERS + CHAINS; i++) {
      const res = await receive(app(i));
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      prepared.push({ code: res.body.code, version: res.body.version });
    }
    const raced = prepared.slice(0, RACED_DOSSIERS);
    const chained = prepared.slice(RACED_DOSSIERS);
    const newDueAt = new Date(Date.now() + 120 * 86_400_000).toISOString();

    // 1. Counter receptions, spread over the processes.
    const receptions: Answer[] = [];
    const receiving = apps.flatMap((a) =>
      Array.from({ length: RECEIVERS_PER_PROCESS }, async () => {
        for (let i = 0; i < RECEPTIONS_PER_RECEIVER; i++) receptions.push(await receive(a));
      }),
    );

    // 2. The same action with the same version through all processes at once, round after round.
    //    `assign` keeps the status, so only the version check can stop the second and third.
    type Step = [Role, string, Record<string, unknown>];
    const rounds = (k: number): Step[] => [
      ['leader', 'assign', { assigneeId: specialistId, note: `vòng 1 hồ sơ ${k}` }],
      ['specialist', 'apologize', { reason: 'Chờ xác minh', newDueAt }],
      ['leader', 'assign', { department: 'Tư pháp - Hộ tịch' }],
      ...(k % 2 === 0
        ? ([
            ['specialist', 'request-supplement', { items: ['Bản sao CCCD'], reason: 'Thiếu giấy tờ' }],
            ['reception', 'withdraw', { reason: 'Công dân rút hồ sơ' }],
          ] as Step[])
        : ([
            ['specialist', 'finish', { resultName: 'Trích lục' }],
            ['reception', 'deliver', { method: 'counter' }],
          ] as Step[])),
    ];
    const races: { code: string; action: string; version: number; statuses: number[]; stale: number[] }[] =
      [];
    const racing = raced.map(async ({ code, version: first }, k) => {
      let version = first;
      for (const [role, action, body] of rounds(k)) {
        const results = await Promise.all(apps.map((a) => act(a, role, code, action, { ...body, version })));
        const winners = results.filter((r) => r.status >= 200 && r.status < 300);
        races.push({
          code,
          action,
          version,
          statuses: results.map((r) => r.status).sort(),
          stale: results.filter((r) => r.status === 409).map((r) => r.body.version as number),
        });
        if (winners.length === 0) return; // reported by the assertions below
        for (const _ of winners) done.get(code)?.push(action);
        version = (winners[0] as Answer).body.version;
      }
    });

    // 3. Chains of actions, each step through the next process.
    const chainSteps: Step[] = [
      ['leader', 'assign', { assigneeId: specialistId }],
      ['specialist', 'request-supplement', { items: ['Tờ khai có chữ ký'], reason: 'Thiếu chữ ký' }],
      ['reception', 'receive-supplement', {}],
      ['specialist', 'apologize', { reason: 'Chờ kết quả xác minh', newDueAt }],
      ['specialist', 'finish', { resultName: 'Trích lục' }],
      ['reception', 'deliver', { method: 'counter', recipientName: 'Nguyễn Thị Hương' }],
    ];
    const chainFailures: string[] = [];
    const chaining = chained.map(async ({ code, version: first }, c) => {
      let version = first;
      for (const [i, [role, action, body]] of chainSteps.entries()) {
        const res = await act(app(c + i + 1), role, code, action, { ...body, version });
        if (res.status !== 200) {
          chainFailures.push(`${code} ${action}: ${res.status} ${JSON.stringify(res.body)}`);
          return;
        }
        done.get(code)?.push(action);
        version = res.body.version;
      }
    });

    await Promise.all([...receiving, ...racing, ...chaining]);
    const stormed = Date.now();

    // The outbox drains: every row sent (or skipped, for staff without an address) by some process.
    const pending = async () =>
      Number(
        (
          await d.db
            .selectFrom('outbox')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('sent_at', 'is', null)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const until = Date.now() + 45_000;
    while ((await pending()) > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 250));
    const drained = Date.now();

    // No 5xx anywhere, and the processes logged no error.
    expect(answers.filter((a) => a.status >= 500)).toEqual([]);
    const errors = apps.flatMap((a) =>
      a.log
        .join('')
        .split('\n')
        .filter((l) => /"level":(50|60)/.test(l))
        .map((l) => `process ${a.index}: ${l}`),
    );
    expect(errors).toEqual([]);

    // Codes: every reception answered 201, with a code nobody else got, stored in the database.
    expect(receptions.map((r) => r.status)).toEqual(receptions.map(() => 201));
    const codes = [...done.keys()];
    expect(codes).toHaveLength(
      RACED_DOSSIERS + CHAINS + PROCESSES * RECEIVERS_PER_PROCESS * RECEPTIONS_PER_RECEIVER,
    );
    const stored = await d.db.selectFrom('dossiers').select(['code', 'version']).execute();
    expect(new Set(stored.map((s) => s.code)).size).toBe(stored.length);
    const storedVersion = new Map(stored.map((s) => [s.code, s.version]));
    for (const code of codes) expect(storedVersion.has(code), code).toBe(true);

    // Races: exactly one winner per round, the others 409 naming the winner's version.
    expect(races).toHaveLength(RACED_DOSSIERS * 5);
    for (const r of races) {
      expect(r.statuses, `${r.code} ${r.action} at version ${r.version}`).toEqual([200, 409, 409]);
      expect(r.stale, `${r.code} ${r.action}`).toEqual([r.version + 1, r.version + 1]);
    }
    expect(chainFailures).toEqual([]);

    // Control sheets: exactly the successful actions, in order, one event each; versions agree.
    const events = await d.db
      .selectFrom('dossier_events as e')
      .innerJoin('dossiers as x', 'x.id', 'e.dossier_id')
      .select(['x.code', 'e.action'])
      .where('x.code', 'in', codes)
      .orderBy('e.id')
      .execute();
    const sheets = new Map<string, string[]>();
    for (const e of events) sheets.set(e.code, [...(sheets.get(e.code) ?? []), e.action]);
    for (const [code, actions] of done) {
      expect(sheets.get(code), code).toEqual(actions);
      expect(storedVersion.get(code), code).toBe(actions.length);
    }

    // Emails: one per (dossier, topic) the successful answers imply, to that applicant, each once.
    const expected = [...done].flatMap(([code, actions]) =>
      actions.flatMap((a) => (TOPIC[a] ? [`${code} ${TOPIC[a]} ${emailOf.get(code)}`] : [])),
    );
    const ids = smtp.received.map((m) => m.messageId);
    expect(ids.length - new Set(ids).size, 'duplicate Message-IDs').toBe(0);
    const outbox = await d.db
      .selectFrom('outbox')
      .select(['id', 'topic', 'attempts', 'last_error', 'skipped_reason'])
      .execute();
    const topicOf = new Map(outbox.map((o) => [String(o.id), o.topic]));
    const mailed = smtp.received.flatMap((m) => {
      const [, id, code] = /<outbox-(\d+)\.([^@]+)@motcua>/.exec(m.messageId) ?? [];
      return code && done.has(code) ? [`${code} ${topicOf.get(id ?? '')} ${m.to.join(',')}`] : [];
    });
    expect(mailed.sort()).toEqual(expected.sort());
    expect(await pending(), 'outbox rows left unsent').toBe(0);
    // Every row went out at the first attempt (the SMTP server never fails here), and every row
    // that was not skipped reached the SMTP server exactly once.
    expect(outbox.filter((o) => o.attempts > 1 || o.last_error !== null)).toEqual([]);
    const sent = outbox.filter((o) => o.skipped_reason === null).map((o) => String(o.id));
    const received = smtp.received.map((m) => /<outbox-(\d+)\./.exec(m.messageId)?.[1] ?? m.messageId);
    expect(received.sort()).toEqual(sent.sort());

    const conflicts = races.length * (PROCESSES - 1);
    console.log(
      `multi-process: ${receptions.length} + ${prepared.length} receptions, ${races.length} races ` +
        `(${conflicts} × 409), ${CHAINS} chains of ${chainSteps.length}, ${smtp.received.length} emails ` +
        `(${expected.length} to applicants), ${answers.length} requests; ` +
        `load ${seconds(started, stormed)} s, outbox drained ${seconds(stormed, drained)} s later`,
    );
  }, 100_000);
});
