// The physical baseline for HTTP benchmarks: a bare Fastify route answering a fixed JSON body of
// a given size, started the same way as motcua (its own Node process, tsx loader).
import Fastify from 'fastify';

const port = Number(process.argv[2] ?? 0);
const bodyFile = process.argv[3];
const fs = await import('node:fs');
const body = bodyFile ? fs.readFileSync(bodyFile, 'utf8') : '{"ok":true}';
const app = Fastify({ logger: false });
app.get('/bare', async (_req, reply) => reply.type('application/json; charset=utf-8').send(body));
// The same paths as the route it is the baseline of, so the load generator does the same work for both.
app.get('/api/lookup/:code', async (_req, reply) => reply.type('application/json; charset=utf-8').send(body));
await app.listen({ port, host: '127.0.0.1' });
process.stdout.write('ready\n');
