// Runs `motcua start` as a real child process (signals, exit code, its own PostgreSQL when no
// DATABASE_URL is given) with its standard output, the pino JSON log, captured.
import { type ChildProcess, spawn } from 'node:child_process';
import { freePort } from '../../bench/support.ts';

export interface SpawnedServer {
  child: ChildProcess;
  port: number;
  url: string;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code and signal once the process is gone. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves once the output holds `count` lines matching `pattern`. */
  waitForOutput(pattern: RegExp, count?: number, ms?: number): Promise<void>;
}

export async function spawnServer(
  env: Record<string, string | undefined>,
  options: { demo?: boolean } = {},
): Promise<SpawnedServer> {
  const port = await freePort();
  const { DATABASE_URL: _, ...inherited } = process.env; // only what the caller says
  const child = spawn(
    process.execPath,
    ['bin/motcua.js', 'start', '--no-build', ...(options.demo ? [] : ['--no-demo'])],
    {
      env: { ...inherited, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout?.setEncoding('utf8').on('data', (c: string) => {
    out += c;
  });
  child.stderr?.setEncoding('utf8').on('data', (c: string) => {
    out += c;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`motcua exited with ${child.exitCode}:\n${out}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {}
    if (Date.now() > until) {
      child.kill('SIGKILL');
      throw new Error(`motcua did not start:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    child,
    port,
    url,
    output: () => out,
    exited,
    async waitForOutput(pattern, count = 1, ms = 30_000) {
      const global = new RegExp(
        pattern.source,
        pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
      );
      const end = Date.now() + ms;
      while ((out.match(global)?.length ?? 0) < count) {
        if (Date.now() > end) throw new Error(`no ${count}× ${pattern} in the output:\n${out.slice(-3000)}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
  };
}

/** Signs in over HTTP; answers the headers for later requests and the raw secrets for checks. */
export async function httpSignIn(url: string, username: string, password = 'motcua-demo-2026') {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (login.status !== 200) throw new Error(`sign-in of ${username}: ${login.status}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { token } = (await (await fetch(`${url}/api/auth/csrf`, { headers: { cookie } })).json()) as {
    token: string;
  };
  return {
    headers: { cookie, 'x-csrf-token': token, 'content-type': 'application/json' },
    sessionToken: cookie.split('=')[1] ?? '',
    csrfToken: token,
  };
}
