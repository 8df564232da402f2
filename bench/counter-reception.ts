// Counter reception throughput: many POST /api/counter/dossiers at 32 connections over HTTP,
// against the physical baseline of the same rows (counter, dossier, documents, event, outbox)
// written directly with node-postgres at the same concurrency, in the same run.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { load, printTable, startBenchServer } from './support.ts';

const CONNECTIONS = 32;

async function signIn(url: string, username: string) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'motcua-demo-2026' }),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const csrf = (await (await fetch(`${url}/api/auth/csrf`, { headers: { cookie } })).json()) as {
    token: string;
  };
  return { cookie, 'x-csrf-token': csrf.token };
}

/**
 * The baseline: the rows one reception writes (the day's code counter, the dossier, its documents,
 * its event and so its audit entry, its outbox row, its statistics delta), each as its own
 * statement in one durable transaction, at the same concurrency. Each connection counts on a day of
 * its own, so the baseline measures the writes and the disk, not waiting for one another. Its
 * statements are prepared once per connection, as motcua's are.
 */
async function directInserts(
  databaseUrl: string,
  procedureId: number,
  unitId: number,
  componentIds: number[],
  seconds: number,
) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: CONNECTIONS });
  const until = Date.now() + seconds * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, connection) => {
      const client = await pool.connect();
      const day = new Date(Date.UTC(2099, 0, 1 + connection)).toISOString().slice(0, 10);
      try {
        while (Date.now() < until) {
          await client.query('begin');
          const seq = await client.query<{ last_value: number }>({
            name: 'baseline_1',
            text: `insert into dossier_code_counters (unit_id, day, last_value) values ($1, $2, 1)
             on conflict (unit_id, day) do update set last_value = dossier_code_counters.last_value + 1 returning last_value`,
            values: [unitId, day],
          });
          const { rows } = await client.query<{ id: number }>({
            name: 'baseline_6',
            text: `insert into dossiers (code, lookup_key, procedure_id, receiving_unit_id, resolving_unit_id, current_unit_id,
               channel, status, applicant, applicant_search, submitted_at, received_at, due_at, appointment_at, step)
             values ($1, $2, $3, $4, $4, $4, 'counter', 'received', $5, 'nguyen thi huong', now(), now(), now(), now(), 1)
             returning id`,
            values: [
              `BENCH-${randomUUID()}-${seq.rows[0]?.last_value}`,
              'ABCDEFGHJKMNPQRS',
              procedureId,
              unitId,
              JSON.stringify({ name: 'Nguyễn Thị Hương', idNumber: '025190012345', phone: '0912345678' }),
            ],
          });
          const id = rows[0]?.id;
          for (const c of componentIds) {
            await client.query({
              name: 'baseline_2',
              text: `insert into dossier_documents (dossier_id, component_id, name, originals, copies, source) values ($1, $2, 'x', 1, 0, 'counter')`,
              values: [id, c],
            });
          }
          await client.query({
            name: 'baseline_3',
            text: `insert into dossier_events (dossier_id, action, to_status, is_public) values ($1, 'receive', 'received', true)`,
            values: [id],
          });
          await client.query({
            name: 'baseline_4',
            text: `insert into outbox (kind, topic, dossier_id, payload) values ('email', 'dossier.received', $1, '{}')`,
            values: [id],
          });
          await client.query({
            name: 'baseline_5',
            text: `insert into stats_deltas (unit_id, procedure_id, day, received_direct, open_delta) values ($1, $2, $3, 1, 1)`,
            values: [unitId, procedureId, day],
          });
          await client.query('commit');
          done++;
        }
      } finally {
        client.release();
      }
    }),
  );
  await pool.end();
  return done / seconds;
}

export async function counterReceptionBench(): Promise<void> {
  const server = await startBenchServer();
  try {
    const headers = await signIn(server.url, 'tiepnhan.thachkiet');
    const me = (await (
      await fetch(`${server.url}/api/auth/me`, { headers: { cookie: headers.cookie } })
    ).json()) as {
      roles: { unitId: number }[];
    };
    const unitId = me.roles[0]?.unitId ?? 0;
    const list = (await (
      await fetch(`${server.url}/api/procedures?unitId=${unitId}&q=khai%20sinh`)
    ).json()) as { items: { id: number }[] };
    const procedureId = list.items[0]?.id ?? 0;
    const procedure = (await (await fetch(`${server.url}/api/procedures/${procedureId}`)).json()) as {
      documents: { id: number; required: boolean }[];
    };
    const componentIds = procedure.documents.filter((d) => d.required).map((d) => d.id);
    const bodyOf = (email: string | null) =>
      JSON.stringify({
        procedureId,
        channel: 'counter',
        applicant: {
          name: 'Nguyễn Thị Hương',
          idNumber: '025190012345',
          phone: '0912345678',
          ...(email ? { email } : {}),
        },
        documents: componentIds.map((componentId) => ({ componentId })),
      });
    const post = (body: string) => ({
      method: 'POST' as const,
      headers: { ...headers, 'content-type': 'application/json' },
      body,
      connections: CONNECTIONS,
    });
    const databaseUrl = await server.databaseUrl();
    // Receptions of applicants without an email (nothing for the outbox to render), then with one:
    // each receipt is then also rendered as a PDF and emailed by the same process's outbox worker.
    await load('warm-up', server.url, ['/api/counter/dossiers'], { ...post(bodyOf(null)), duration: 3 });
    const bare = await load(
      'HTTP: POST /api/counter/dossiers, no email',
      server.url,
      ['/api/counter/dossiers'],
      {
        ...post(bodyOf(null)),
        duration: 10,
      },
    );
    await outboxDrained(databaseUrl);
    const http = await load(
      'HTTP: POST /api/counter/dossiers, receipt emailed',
      server.url,
      ['/api/counter/dossiers'],
      { ...post(bodyOf('huong@example.vn')), duration: 10 },
    );
    const drainMs = await outboxDrained(databaseUrl);
    const baseline = await directInserts(databaseUrl, procedureId, unitId, componentIds, 10);
    printTable([bare, http]);
    console.log(
      `baseline (same rows, node-postgres, ${CONNECTIONS} connections): ${Math.round(baseline)} dossiers/s`,
    );
    console.log(
      `the outbox sent the receipts of the emailed run ${(drainMs / 1000).toFixed(1)} s after it ended`,
    );
    for (const run of [bare, http]) {
      console.log(
        `counter reception (${run.label.split(', ')[1]}): ${Math.round(run.requestsPerSecond)} dossiers/s over HTTP, ` +
          `p99 ${run.p99} ms, ${(run.requestsPerSecond / baseline).toFixed(2)} × the baseline (errors ${run.errors + run.non2xx})`,
      );
    }
    console.log(`server peak RSS ${server.peakRssMb()} MB`);
  } finally {
    await server.stop();
  }
}

/** Waits until the outbox has nothing left to send (at most a minute); answers how long it took. */
async function outboxDrained(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const start = Date.now();
  try {
    while (Date.now() - start < 60_000) {
      const { rows } = await client.query<{ n: number }>(
        'select count(*)::int as n from outbox where sent_at is null',
      );
      if ((rows[0]?.n ?? 0) === 0) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    return Date.now() - start;
  } finally {
    await client.end();
  }
}
