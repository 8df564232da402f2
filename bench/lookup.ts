// Citizen lookup throughput and latency at 50 connections, against a bare Fastify route returning
// a JSON body of the same size from its own Node process, in the same run.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, load, printTable, startBenchServer } from './support.ts';

const CONNECTIONS = 50;
const DOSSIERS = 200;

async function startBare(body: string): Promise<{ url: string; child: ChildProcess; stop(): void }> {
  const port = await freePort();
  const file = path.join(os.tmpdir(), `motcua-bare-${port}.json`);
  fs.writeFileSync(file, body);
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/bare-server.ts', String(port), file], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve) => child.stdout?.once('data', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    stop() {
      child.kill('SIGTERM');
      fs.rmSync(file, { force: true });
    },
  };
}

export async function lookupBench(): Promise<void> {
  const server = await startBenchServer();
  let bare: Awaited<ReturnType<typeof startBare>> | undefined;
  try {
    const units = (await (await fetch(`${server.url}/api/units`)).json()) as {
      items: { id: number; level: string }[];
    };
    const unitId = units.items.find((u) => u.level === 'commune')?.id ?? 0;
    const list = (await (
      await fetch(`${server.url}/api/procedures?unitId=${unitId}&online=full&pageSize=50`)
    ).json()) as {
      items: { id: number }[];
    };
    const targets: string[] = [];
    for (const p of list.items) {
      if (targets.length >= DOSSIERS) break;
      const detail = (await (await fetch(`${server.url}/api/procedures/${p.id}`)).json()) as {
        documents: { id: number; required: boolean }[];
      };
      const form = new FormData();
      form.append(
        'file',
        new Blob([Buffer.from('%PDF-1.4\n%%EOF\n')], { type: 'application/pdf' }),
        'scan.pdf',
      );
      const file = (await (
        await fetch(`${server.url}/api/files`, { method: 'POST', body: form })
      ).json()) as { id: string };
      for (let i = 0; i < 10 && targets.length < DOSSIERS; i++) {
        const res = await fetch(`${server.url}/api/dossiers`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            procedureId: p.id,
            unitId,
            applicant: { name: 'Trần Văn Bình', idNumber: '025190012345', phone: '0912345678' },
            documents: detail.documents
              .filter((d) => d.required)
              .map((d) => ({ componentId: d.id, fileId: file.id })),
          }),
        });
        if (res.status !== 201) break;
        const d = (await res.json()) as { code: string; lookupKey: string };
        targets.push(`/api/lookup/${encodeURIComponent(d.code)}?key=${d.lookupKey}`);
      }
    }
    if (targets.length === 0) throw new Error('could not submit any dossier to look up');
    const sample = await (await fetch(`${server.url}${targets[0]}`)).text();
    bare = await startBare(sample);
    const opts = { connections: CONNECTIONS, duration: 10 };
    await load('warm-up', server.url, targets, { ...opts, duration: 3 });
    // The bare route answers the same paths, so that both runs cost the load generator the same.
    await load('warm-up', bare.url, targets, { ...opts, duration: 3 });
    const baseline = await load(`bare Fastify route (${sample.length} bytes)`, bare.url, targets, opts);
    const lookup = await load(
      `GET /api/lookup/{code}?key= (${targets.length} dossiers)`,
      server.url,
      targets,
      opts,
    );
    printTable([baseline, lookup]);
    console.log(
      `lookup: ${Math.round(lookup.requestsPerSecond)} req/s, p99 ${lookup.p99} ms; ` +
        `${(lookup.requestsPerSecond / baseline.requestsPerSecond).toFixed(2)} × the bare route's ${Math.round(baseline.requestsPerSecond)} req/s; ` +
        `server peak RSS ${server.peakRssMb()} MB (errors ${lookup.errors + lookup.non2xx})`,
    );
  } finally {
    bare?.stop();
    await server.stop();
  }
}
