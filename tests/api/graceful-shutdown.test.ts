// Graceful shutdown of a real `motcua start` process: on SIGTERM it stops accepting connections,
// lets the requests in flight finish with their 2xx, stops the outbox worker, closes the pool,
// stops its embedded PostgreSQL (none left running) and exits 0 within seconds.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { httpSignIn, type SpawnedServer, spawnServer } from '../support/spawn-server.ts';
import { createTestDatabase } from '../support/test-database.ts';
import { PNG } from '../support/uploads.ts';

const embedded = inject('pgLane') === 'embedded';
let dir: string;
let server: SpawnedServer | undefined;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-shutdown-'));
  fs.chmodSync(dir, 0o755); // PostgreSQL runs as another user when the tests run as root
  // The embedded lane: motcua's own PostgreSQL, which must go with it. The external lane: the
  // lane's server, on a copy of the demo database.
  let databaseUrl: string | undefined;
  if (!embedded) {
    const database = await createTestDatabase();
    await database.close();
    databaseUrl = database.url;
  }
  server = await spawnServer({ MOTCUA_DATA_DIR: dir, DATABASE_URL: databaseUrl }, { demo: embedded });
}, 240_000);

afterAll(() => {
  if (server?.child.exitCode === null) server.child.kill('SIGKILL');
  const lock = path.join(dir, 'pg', 'data', 'postmaster.pid');
  if (fs.existsSync(lock)) {
    try {
      process.kill(Number(fs.readFileSync(lock, 'utf8').split('\n')[0]), 'SIGKILL');
    } catch {}
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A POST whose body is sent in two halves: in flight from the first until `finish()`. */
function slowPost(port: number, url: string, headers: Record<string, string>, body: Buffer) {
  const half = Math.floor(body.length / 2);
  const req = http.request({
    host: '127.0.0.1',
    port,
    method: 'POST',
    path: url,
    agent: false,
    headers: { ...headers, 'content-length': String(body.length) },
  });
  const response = new Promise<{ status: number; body: string }>((resolve) => {
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        text += c;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      res.on('error', (error) => resolve({ status: 0, body: error.message }));
    });
    req.on('error', (error) => resolve({ status: 0, body: error.message }));
  });
  req.write(body.subarray(0, half));
  return { response, finish: () => req.end(body.subarray(half)) };
}

function multipartBody(name: string, content: Buffer) {
  const boundary = '----motcua-shutdown';
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    body: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: image/png\r\n\r\n`,
      ),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  };
}

describe('graceful shutdown', () => {
  it('on SIGTERM finishes the requests in flight with 2xx, refuses new connections, exits 0 and stops PostgreSQL', async () => {
    if (!server) throw new Error('no server');
    const { url, port } = server;
    const { headers } = await httpSignIn(url, 'tiepnhan.thachkiet');
    const me = (await (await fetch(`${url}/api/auth/me`, { headers })).json()) as {
      roles: { unitId: number }[];
    };
    const found = (await (
      await fetch(`${url}/api/procedures?unitId=${me.roles[0]?.unitId}&q=khai%20sinh`)
    ).json()) as { items: { id: number }[] };
    const procedure = (await (await fetch(`${url}/api/procedures/${found.items[0]?.id}`)).json()) as {
      id: number;
      documents: { id: number; required: boolean }[];
    };
    const pgPid = embedded
      ? Number(fs.readFileSync(path.join(dir, 'pg', 'data', 'postmaster.pid'), 'utf8').split('\n')[0])
      : undefined;

    // A burst at the counter and two uploads, each with half its body sent: in flight for sure.
    const receptions = Array.from({ length: 4 }, (_, i) =>
      slowPost(
        port,
        '/api/counter/dossiers',
        headers,
        Buffer.from(
          JSON.stringify({
            procedureId: procedure.id,
            channel: 'counter',
            applicant: {
              name: `Người nộp ${i}`,
              idNumber: `02519001${String(1000 + i)}`,
              phone: '0912345678',
            },
            documents: procedure.documents.filter((d) => d.required).map((d) => ({ componentId: d.id })),
          }),
        ),
      ),
    );
    const uploads = Array.from({ length: 2 }, (_, i) => {
      const m = multipartBody(`scan-${i}.png`, Buffer.concat([PNG, Buffer.alloc(200_000, i)]));
      return slowPost(port, '/api/files', m.headers, m.body);
    });
    await server.waitForOutput(/"url":"\/api\/counter\/dossiers"\},"msg":"incoming request"/, 4);
    await server.waitForOutput(/"url":"\/api\/files"\},"msg":"incoming request"/, 2);

    const signalledAt = Date.now();
    server.child.kill('SIGTERM');
    await Promise.race([server.waitForOutput(/SIGTERM: shutting down/), server.exited]);
    await new Promise((r) => setTimeout(r, 300));
    // Stopped accepting: a new connection is refused.
    const refused = await fetch(`${url}/api/health`).then(
      (res) => `answered ${res.status}`,
      (error: { cause?: { code?: string } }) => error.cause?.code ?? 'failed',
    );
    expect(refused).toBe('ECONNREFUSED');

    for (const r of [...receptions, ...uploads]) r.finish();
    const answers = await Promise.all([...receptions, ...uploads].map((r) => r.response));
    for (const a of answers) expect(a.status, a.body).toBeGreaterThanOrEqual(200);
    for (const a of answers) expect(a.status, a.body).toBeLessThan(300);
    const codes = answers.slice(0, 4).map((a) => (JSON.parse(a.body) as { code: string }).code);
    expect(new Set(codes).size).toBe(4);

    const exit = await Promise.race([
      server.exited,
      new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 20_000)),
    ]);
    expect(exit, server.output().slice(-2000)).toEqual({ code: 0, signal: null });
    expect(Date.now() - signalledAt).toBeLessThan(20_000);
    if (pgPid) {
      expect(isAlive(pgPid)).toBe(false);
      expect(fs.existsSync(path.join(dir, 'pg', 'data', 'postmaster.pid'))).toBe(false);
    }
  }, 120_000);
});
