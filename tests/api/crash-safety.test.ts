// Crash safety: motcua and its embedded PostgreSQL are killed with SIGKILL in the middle of a
// receiving load; the next start needs no manual step, every dossier whose 201 reached the client
// is there with its event, nothing is half-written, and the receipts are emailed once.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../bench/support.ts';
import { startSmtpServer } from '../support/smtp-test-server.ts';

let dir: string;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
const children: ChildProcess[] = [];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-crash-'));
  fs.chmodSync(dir, 0o755);
  smtp = await startSmtpServer();
});
afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  await smtp.close();
  // A PostgreSQL left by a failed run would hold the folder; stop it before removing.
  const lock = path.join(dir, 'pg', 'data', 'postmaster.pid');
  if (fs.existsSync(lock)) {
    const pid = Number(fs.readFileSync(lock, 'utf8').split('\n')[0]);
    try {
      process.kill(pid, 'SIGKILL');
    } catch {}
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

async function start(port: number): Promise<ChildProcess> {
  const { DATABASE_URL: _, ...env } = process.env; // the embedded PostgreSQL, whatever the caller set
  const child = spawn(process.execPath, ['bin/motcua.js', 'start', '--no-build'], {
    env: {
      ...env,
      MOTCUA_DATA_DIR: dir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
      SMTP_URL: smtp.url,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  const until = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`motcua exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch {}
    if (Date.now() > until) throw new Error('motcua did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function session(base: string) {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'tiepnhan.thachkiet', password: 'motcua-demo-2026' }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { token } = (await (await fetch(`${base}/api/auth/csrf`, { headers: { cookie } })).json()) as {
    token: string;
  };
  return { cookie, 'x-csrf-token': token, 'content-type': 'application/json' };
}

describe('crash safety', () => {
  it('loses nothing a client was told was saved, and needs no manual step to start again', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const first = await start(port);
    const headers = await session(base);
    const units = (await (await fetch(`${base}/api/auth/me`, { headers })).json()) as {
      roles: { unitId: number }[];
    };
    const unitId = units.roles[0]?.unitId ?? 0;
    const procedures = (await (
      await fetch(`${base}/api/procedures?unitId=${unitId}&q=khai%20sinh`)
    ).json()) as { items: { id: number }[] };
    const procedure = (await (await fetch(`${base}/api/procedures/${procedures.items[0]?.id}`)).json()) as {
      id: number;
      documents: { id: number; required: boolean }[];
    };
    const body = JSON.stringify({
      procedureId: procedure.id,
      channel: 'counter',
      applicant: {
        name: 'Nguyễn Thị Hương',
        idNumber: '025190012345',
        phone: '0912345678',
        email: 'huong@example.vn',
      },
      documents: procedure.documents.filter((d) => d.required).map((d) => ({ componentId: d.id })),
    });

    const confirmed: string[] = [];
    let stop = false;
    const receivers = Array.from({ length: 8 }, async () => {
      while (!stop) {
        try {
          const res = await fetch(`${base}/api/counter/dossiers`, { method: 'POST', headers, body });
          if (res.status === 201) confirmed.push(((await res.json()) as { code: string }).code);
        } catch {
          return; // the server is gone
        }
      }
    });
    await new Promise((r) => setTimeout(r, 2500));
    // Kill motcua and its PostgreSQL mid-load, as a power cut would.
    const pgPid = Number(
      fs.readFileSync(path.join(dir, 'pg', 'data', 'postmaster.pid'), 'utf8').split('\n')[0],
    );
    first.kill('SIGKILL');
    process.kill(pgPid, 'SIGKILL');
    stop = true;
    await Promise.all(receivers);
    expect(confirmed.length).toBeGreaterThan(5);

    await start(port);
    const again = await session(base);
    for (const code of confirmed) {
      const res = await fetch(`${base}/api/dossiers/${code}`, { headers: again });
      expect(res.status, code).toBe(200);
      const d = (await res.json()) as { events: { action: string }[]; documents: unknown[]; status: string };
      expect(d.events[0]?.action).toBe('receive');
      expect(d.documents.length).toBe(procedure.documents.filter((x) => x.required).length);
    }

    // Nothing half-written: every dossier has its first event and its documents.
    const password = fs.readFileSync(path.join(dir, 'pg', 'password'), 'utf8').trim();
    const pgPort = Number(
      fs.readFileSync(path.join(dir, 'pg', 'data', 'postmaster.pid'), 'utf8').split('\n')[3],
    );
    const client = new pg.Client({
      connectionString: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/motcua`,
    });
    await client.connect();
    try {
      const orphans = await client.query(
        `select d.code from dossiers d where not exists (select 1 from dossier_events e where e.dossier_id = d.id)
           or (select count(*) from dossier_documents dd where dd.dossier_id = d.id) = 0`,
      );
      expect(orphans.rows).toEqual([]);
      const total = Number((await client.query('select count(*) as n from dossiers')).rows[0].n);
      expect(total).toBeGreaterThanOrEqual(confirmed.length);

      // Every receipt goes out after the restart, and (but for the one in flight at the kill) once.
      const until = Date.now() + 60_000;
      while (
        Number((await client.query('select count(*) as n from outbox where sent_at is null')).rows[0].n) > 0
      ) {
        if (Date.now() > until) throw new Error('the outbox did not drain');
        await new Promise((r) => setTimeout(r, 500));
      }
      const ids = smtp.received.map((m) => m.messageId);
      const duplicates = ids.length - new Set(ids).size;
      expect(duplicates).toBeLessThanOrEqual(1);
      const mailed = new Set(smtp.received.map((m) => /outbox-\d+\.([^@]+)@/.exec(m.messageId)?.[1]));
      for (const code of confirmed) expect(mailed.has(code), code).toBe(true);
    } finally {
      await client.end();
    }
  }, 240_000);
});
