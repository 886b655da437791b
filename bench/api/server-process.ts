import { z } from 'zod';
import { memoryStorage, openDatabase } from '@hearth/platform';
import { buildServer } from '@hearth/server';
import { benchConfig } from './bench-database.js';

/**
 * The server under test, in its own process (so the load clients do not share its event loop): the real
 * composition root (buildServer) over PostgreSQL, plus one bench-only route registered here before listen.
 *
 * GET /api/bench/baseline?id=<case id> is the bare baseline: the same Fastify app, session authentication,
 * route permission check (case.read), zod query validation and connection pool, and one indexed SELECT by
 * primary key; no use case, no transaction, no access log.
 *
 * Started by bench-api.ts with BENCH_DATABASE_URL, BENCH_DATABASE_NAME and BENCH_POOL; sends {port} over IPC.
 */
const url = process.env.BENCH_DATABASE_URL;
const name = process.env.BENCH_DATABASE_NAME;
if (!url || !name || !process.send) throw new Error('server-process.ts is started by bench-api.ts');

const config = benchConfig(url, name);
const database = await openDatabase({ kind: 'postgres', url, max: Number(process.env.BENCH_POOL ?? 20) });
const { app } = await buildServer({ config, database, storage: memoryStorage(), serveWeb: false, logger: false });

app.get('/api/bench/baseline', {
  config: { permission: 'case.read' },
  schema: { querystring: z.strictObject({ id: z.uuid() }) },
}, async (request, reply) => {
  const r = await database.pool.query('SELECT id, case_number, status FROM "case" WHERE id = $1', [request.query.id]);
  if (!r.rows[0]) return reply.status(404).send({ code: 'NOT_FOUND', message: 'No such case', details: [] });
  return r.rows[0];
});

await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
process.send({ port: typeof address === 'object' && address ? address.port : 0 });

const stop = async () => {
  await app.close();
  await database.close();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('disconnect', stop);
