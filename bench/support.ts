// Benchmark harness: starts motcua as its own process on a free port (embedded PostgreSQL in a
// throwaway folder, or BENCH_DATABASE_URL) and drives it with autocannon from this process.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() => (typeof a === 'object' && a ? resolve(a.port) : reject(new Error('no port'))));
    });
  });
}

export interface BenchServer {
  url: string;
  child: ChildProcess;
  /** the database the server uses (for baselines that write the same rows directly) */
  databaseUrl(): Promise<string>;
  /** the server process's peak resident memory so far, in MB (Linux VmHWM) */
  peakRssMb(): number;
  stop(): Promise<void>;
}

export function peakRssMb(pid: number | undefined): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return Math.round(kb / 1024);
  } catch {
    return Number.NaN;
  }
}

export async function startBenchServer(): Promise<BenchServer> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-bench-'));
  fs.chmodSync(dataDir, 0o755);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    MOTCUA_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    // Benchmarks measure throughput, not the per-client limits.
    RATE_LIMIT_LOOKUP_PER_MINUTE: '1000000',
    RATE_LIMIT_SUBMIT_PER_MINUTE: '1000000',
  };
  if (process.env.BENCH_DATABASE_URL) env.DATABASE_URL = process.env.BENCH_DATABASE_URL;
  else delete env.DATABASE_URL;
  // BENCH_NODE_ARGS: extra Node options for the server, e.g. '--cpu-prof --cpu-prof-dir=/tmp/prof'.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, 'bin/motcua.js', 'start', '--no-build'], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {}
    if (Date.now() > until) throw new Error('server did not start in 120 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    child,
    async databaseUrl() {
      if (process.env.BENCH_DATABASE_URL) return process.env.BENCH_DATABASE_URL;
      const pgDir = path.join(dataDir, 'pg');
      const password = fs.readFileSync(path.join(pgDir, 'password'), 'utf8').trim();
      const port = Number(fs.readFileSync(path.join(pgDir, 'data', 'postmaster.pid'), 'utf8').split('\n')[3]);
      return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/motcua`;
    },
    peakRssMb: () => peakRssMb(child.pid),
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface LoadResult {
  label: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

export async function load(
  label: string,
  url: string,
  paths: string[],
  options: {
    connections?: number;
    duration?: number;
    method?: 'GET' | 'POST';
    headers?: Record<string, string>;
    body?: string;
  } = {},
): Promise<LoadResult> {
  let i = 0;
  // With one path, no per-request set-up: autocannon then keeps the method, headers and body.
  const single = paths.length === 1;
  const result = await autocannon({
    url: single ? `${url}${paths[0]}` : url,
    connections: options.connections ?? 10,
    duration: options.duration ?? 5,
    ...(options.method ? { method: options.method } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
    ...(options.body ? { body: options.body } : {}),
    ...(single
      ? {}
      : {
          requests: [
            {
              setupRequest: (req) => {
                req.path = paths[i++ % paths.length] ?? '/';
                return req;
              },
            },
          ],
        }),
  });
  return {
    label,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

export function printTable(rows: LoadResult[]): void {
  console.table(
    rows.map((r) => ({
      case: r.label,
      'req/s': Math.round(r.requestsPerSecond),
      'p50 ms': r.p50,
      'p99 ms': r.p99,
      errors: r.errors + r.non2xx,
    })),
  );
}
