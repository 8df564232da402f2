// The embedded PostgreSQL survives what an administrator's machine does to it: a killed motcua
// (its PostgreSQL orphaned, or its lock file left behind) must not stop the next start.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../../src/server/db/embedded.ts';
import { spawnServer } from '../support/spawn-server.ts';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-embedded-'));
  fs.chmodSync(dir, 0o755);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function query(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('embedded PostgreSQL', () => {
  it('initialises, keeps data across restarts, and stops cleanly', async () => {
    const pgDir = path.join(dir, 'a');
    const first = await startEmbeddedPostgres({ dir: pgDir });
    await query(first.url, 'create table kept (v text); insert into kept values ($$Tân Sơn$$)');
    await first.stop();
    expect(isAlive(first.pid)).toBe(false);
    expect(fs.existsSync(path.join(pgDir, 'data', 'postmaster.pid'))).toBe(false);
    const second = await startEmbeddedPostgres({ dir: pgDir });
    expect(await query(second.url, 'select v from kept')).toEqual([{ v: 'Tân Sơn' }]);
    await second.stop();
  }, 60_000);

  it('starts after its owner was killed with SIGKILL, leaving PostgreSQL orphaned', async () => {
    const pgDir = path.join(dir, 'b');
    const script = `
      import { startEmbeddedPostgres } from ${JSON.stringify(path.resolve('src/server/db/embedded.ts'))};
      const r = await startEmbeddedPostgres({ dir: ${JSON.stringify(pgDir)} });
      console.log(JSON.stringify({ pid: r.pid }));
      setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const line = await new Promise<string>((resolve) =>
      child.stdout.once('data', (b: Buffer) => resolve(b.toString())),
    );
    const orphan = (JSON.parse(line) as { pid: number }).pid;
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(isAlive(orphan)).toBe(true);

    const next = await startEmbeddedPostgres({ dir: pgDir });
    expect(isAlive(orphan)).toBe(false);
    expect(await query(next.url, 'select 1 as one')).toEqual([{ one: 1 }]);
    await next.stop();
  }, 90_000);

  it('starts when a stale lock file names a process that is gone', async () => {
    const pgDir = path.join(dir, 'c');
    const first = await startEmbeddedPostgres({ dir: pgDir });
    await first.stop();
    const lock = path.join(pgDir, 'data', 'postmaster.pid');
    fs.writeFileSync(
      lock,
      `999999\n${path.join(pgDir, 'data')}\n1700000000\n5432\n\n127.0.0.1\n  1234  5678\nready\n`,
    );
    const second = await startEmbeddedPostgres({ dir: pgDir });
    expect(await query(second.url, 'select 2 as two')).toEqual([{ two: 2 }]);
    await second.stop();
  }, 60_000);

  it('lets a command run beside a running motcua on its PostgreSQL, and refuses a second start', async () => {
    const dataDir = path.join(dir, 'd');
    fs.mkdirSync(dataDir, { mode: 0o755 });
    const server = await spawnServer({ MOTCUA_DATA_DIR: dataDir });
    try {
      const lock = path.join(dataDir, 'pg', 'data', 'postmaster.pid');
      const postgresPid = Number(fs.readFileSync(lock, 'utf8').split('\n')[0]);
      const { DATABASE_URL: _, ...inherited } = process.env;
      const env = { ...inherited, MOTCUA_DATA_DIR: dataDir };
      const migrate = await runCommand(['bin/motcua.js', 'migrate'], env);
      expect(migrate.code, migrate.output).toBe(0);
      // the server's PostgreSQL is the same process, still serving it
      expect(isAlive(postgresPid)).toBe(true);
      expect((await fetch(`${server.url}/api/ready`)).status).toBe(200);
      const second = await runCommand(['bin/motcua.js', 'start', '--no-build', '--no-demo'], {
        ...env,
        PORT: '0',
      });
      expect(second.code).not.toBe(0);
      expect(second.output).toMatch(/Another motcua is running/);
      expect((await fetch(`${server.url}/api/ready`)).status).toBe(200);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  }, 180_000);
});

function runCommand(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (b: Buffer) => {
      output += b.toString();
    });
    child.stderr.on('data', (b: Buffer) => {
      output += b.toString();
    });
    child.once('exit', (code) => resolve({ code, output }));
  });
}
