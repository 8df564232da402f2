// A real `motcua start` process at LOG_LEVEL=debug, its pino JSON log captured, is driven with
// requests full of personal data and secrets (online submission, lookup with its key, sign-in with
// a password, counter reception, refused and failing requests, a mail server that rejects the
// applicant's address): none of those values may appear in the log.
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpSignIn, type SpawnedServer, spawnServer } from '../support/spawn-server.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { PNG } from '../support/uploads.ts';

let database: TestDatabase;
let dir: string;
let server: SpawnedServer;
let smtp: SMTPServer;

const citizen = {
  name: 'Hoàng Thị Nhật Ký',
  idNumber: '079187654321',
  phone: '0987650123',
  email: 'nhatky.hoang@example.vn',
  address: 'Số 17 ngõ Bí Mật, phường Ẩn Danh',
};
const visitor = {
  name: 'Lương Văn Quầy',
  idNumber: '001099887766',
  phone: '0976112233',
  email: 'quay.luong@example.vn',
  address: 'Thôn Kín Đáo, xã Riêng Tư',
};
// Whose reception fails inside the database (500): PostgreSQL's error quotes the whole failing row.
const failing = {
  name: 'Đinh Thị Sự Cố',
  idNumber: '036155443322',
  phone: '0965778899',
  email: 'su.co.dinh@example.vn',
  address: 'Tổ 9 khu Lỗi Hệ Thống',
};
const WRONG_PASSWORD = 'mat-khau-sai-Zq81';
const secrets: Record<string, string> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  // An unforeseen database failure, for this copy only: a check that one applicant's row violates.
  await sql`alter table dossiers add constraint logs_test_failure
    check (applicant->>'idNumber' <> ${sql.lit(failing.idNumber)}) not valid`.execute(database.db);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-logs-'));
  // A mail server that refuses the recipient, quoting the address back as real ones do.
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const error = new Error(`<${address.address}>: Recipient address rejected`) as Error & {
        responseCode: number;
      };
      error.responseCode = 550;
      callback(error);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const smtpPort = (smtp.server.address() as AddressInfo).port;
  server = await spawnServer({
    DATABASE_URL: database.url,
    MOTCUA_DATA_DIR: dir,
    LOG_LEVEL: 'debug',
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  });
}, 240_000);

afterAll(async () => {
  if (server?.child.exitCode === null) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
  await database?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

async function upload(url: string, name: string): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([PNG], { type: 'image/png' }), name);
  const res = await fetch(`${url}/api/files`, { method: 'POST', body: form });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

describe('logs', () => {
  it('carry no personal data, lookup keys, passwords, session cookies or CSRF tokens', async () => {
    const { url } = server;
    const statuses: number[] = [];
    const call = async (path: string, init?: RequestInit) => {
      const res = await fetch(`${url}${path}`, init);
      statuses.push(res.status);
      return res;
    };

    // Online submission: a scan named after the citizen, then the dossier.
    const unitId = await database.db
      .selectFrom('units')
      .select('id')
      .where('name', 'like', '%Thạch Kiệt%')
      .executeTakeFirstOrThrow();
    const online = await database.db
      .selectFrom('procedures as p')
      .innerJoin('unit_procedures as up', 'up.procedure_id', 'p.id')
      .select('p.id')
      .where('up.unit_id', '=', unitId.id)
      .where('p.online_level', '=', 'full')
      .orderBy('p.id')
      .executeTakeFirstOrThrow();
    const docs = await database.db
      .selectFrom('procedure_documents')
      .select(['id', 'required'])
      .where('procedure_id', '=', online.id)
      .execute();
    const documents = [];
    for (const d of docs.filter((x) => x.required))
      documents.push({ componentId: d.id, fileId: await upload(url, `CCCD ${citizen.name}.png`) });
    const submitted = await call(
      '/api/dossiers',
      json({ procedureId: online.id, unitId: unitId.id, applicant: citizen, documents }),
    );
    expect(submitted.status).toBe(201);
    const { code, lookupKey } = (await submitted.json()) as { code: string; lookupKey: string };
    secrets.lookupKey = lookupKey;

    // The citizen looks it up with the key in the query; a wrong key is 404.
    expect((await call(`/api/lookup/${encodeURIComponent(code)}?key=${lookupKey}`)).status).toBe(200);
    expect(
      (await call(`/api/lookup/${encodeURIComponent(code)}?key=${lookupKey.toLowerCase()}X`)).status,
    ).toBe(404);

    // Staff sign in (once with a wrong password), receive at the counter, read the dossier.
    expect(
      (await call('/api/auth/login', json({ username: 'tiepnhan.thachkiet', password: WRONG_PASSWORD })))
        .status,
    ).toBe(401);
    const session = await httpSignIn(url, 'tiepnhan.thachkiet');
    secrets.sessionToken = session.sessionToken;
    secrets.csrfToken = session.csrfToken;
    const procedure = await database.db
      .selectFrom('procedures as p')
      .innerJoin('unit_procedures as up', 'up.procedure_id', 'p.id')
      .select('p.id')
      .where('up.unit_id', '=', unitId.id)
      .orderBy('p.id')
      .executeTakeFirstOrThrow();
    const required = await database.db
      .selectFrom('procedure_documents')
      .select('id')
      .where('procedure_id', '=', procedure.id)
      .where('required', '=', true)
      .execute();
    const counter = {
      procedureId: procedure.id,
      channel: 'counter',
      applicant: visitor,
      documents: required.map((d) => ({ componentId: d.id })),
    };
    const received = await call('/api/counter/dossiers', {
      method: 'POST',
      headers: session.headers,
      body: JSON.stringify(counter),
    });
    expect(received.status).toBe(201);
    const counterCode = ((await received.json()) as { code: string }).code;
    expect(
      (await call(`/api/dossiers/${encodeURIComponent(counterCode)}`, { headers: session.headers })).status,
    ).toBe(200);

    // Refused requests: invalid fields, broken JSON, a missing CSRF token.
    expect(
      (
        await call('/api/counter/dossiers', {
          method: 'POST',
          headers: session.headers,
          body: JSON.stringify({
            ...counter,
            applicant: { ...visitor, email: `${visitor.name} <${visitor.email}>` },
          }),
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await call('/api/counter/dossiers', {
          method: 'POST',
          headers: session.headers,
          body: `{"applicant": {"name": "${visitor.name}", "idNumber": "${visitor.idNumber}"`,
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await call('/api/counter/dossiers', {
          method: 'POST',
          headers: { cookie: session.headers.cookie, 'content-type': 'application/json' },
          body: JSON.stringify(counter),
        })
      ).status,
    ).toBe(403);
    // Control characters are refused before they reach the database (400).
    const withNul = await call('/api/counter/dossiers', {
      method: 'POST',
      headers: session.headers,
      body: JSON.stringify({ ...counter, applicant: { ...visitor, name: `${visitor.name}\u0000` } }),
    });
    expect(withNul.status).toBe(400);
    // An unforeseen failure inside the database (500), whose error quotes the failing row.
    const broken = await call('/api/counter/dossiers', {
      method: 'POST',
      headers: session.headers,
      body: JSON.stringify({ ...counter, applicant: failing }),
    });
    expect(broken.status).toBe(500);

    // The receipt emails fail at the mail server, which quotes the address back.
    await server.waitForOutput(/attempt 1 failed/, 1, 30_000);

    server.child.kill('SIGTERM');
    await server.exited;
    const log = server.output();
    const lines = log.split('\n').filter((l) => l.startsWith('{'));
    // The capture works: the requests above are in it, as JSON, with their outcome.
    expect(lines.length).toBeGreaterThan(20);
    expect(log).toContain(`"url":"/api/lookup/${encodeURIComponent(code)}"`);
    expect(log).toMatch(/"statusCode":404/);
    expect(log).toMatch(/"statusCode":400/);
    // The 500 is logged with what an operator needs: the error's kind, code and constraint.
    expect(log).toMatch(
      /"level":50.*"code":"23514".*"constraint":"logs_test_failure".*"msg":"unhandled error"/,
    );
    expect(log).toContain('"level":30');
    expect(log).toContain('"level":20');

    const values = {
      ...Object.fromEntries(Object.entries(citizen).map(([k, v]) => [`citizen ${k}`, v])),
      ...Object.fromEntries(Object.entries(visitor).map(([k, v]) => [`visitor ${k}`, v])),
      ...Object.fromEntries(Object.entries(failing).map(([k, v]) => [`failing ${k}`, v])),
      'wrong password': WRONG_PASSWORD,
      'demo password': 'motcua-demo-2026',
      'lookup key': secrets.lookupKey ?? '',
      'session token': secrets.sessionToken ?? '',
      'CSRF token': secrets.csrfToken ?? '',
    };
    const leaks: string[] = [];
    for (const [what, value] of Object.entries(values)) {
      expect(value.length, what).toBeGreaterThan(5);
      const forms = new Set([
        value,
        JSON.stringify(value).slice(1, -1),
        encodeURIComponent(value),
        value.normalize('NFD'),
        value.toLowerCase(),
      ]);
      for (const form of forms)
        if (log.toLowerCase().includes(form.toLowerCase())) leaks.push(`${what}: ${form}`);
      // A family name alone (the most telling part) must not appear either.
      if (what.endsWith('name')) {
        const family = value.split(' ').at(-1) ?? '';
        if (family.length > 3 && log.includes(` ${family}`)) leaks.push(`${what} (part): ${family}`);
      }
    }
    expect(leaks, leaks.length > 0 ? log.slice(0, 20_000) : '').toEqual([]);
  }, 180_000);
});
