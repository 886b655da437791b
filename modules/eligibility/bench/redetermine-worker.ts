/**
 * A worker process for the mass-redetermination crash test: opens the database (a PGlite data folder or a
 * PostgreSQL URL), registers the job, starts a run (or resumes the unfinished one) and runs it, printing one JSON
 * line per committed batch. The test kills it mid-run with SIGKILL and starts it again.
 *
 *   node --import tsx modules/eligibility/bench/redetermine-worker.ts (--pglite DIR | --url URL) --month 2025-10 [--batch 250]
 */
import { sql } from 'drizzle-orm';
import { createJobQueue, openDatabase, systemClock } from '@hearth/platform';
import { massRedeterminationJob, MASS_REDETERMINATION_JOB } from '../adapters/jobs.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const dir = arg('pglite');
  const url = arg('url');
  const database = await openDatabase(dir ? { kind: 'pglite', dataDir: dir } : { kind: 'postgres', url: url!, max: 2 });
  const jobs = createJobQueue(database);
  jobs.register(massRedeterminationJob({ database, state: 'CO', clock: systemClock('America/Denver') }, {
    onBatch: (c) => console.log(JSON.stringify({ event: 'batch', done: c.done, runId: c.runId })),
  }));
  const open = await database.db.execute(sql`SELECT id FROM job_run WHERE job_name = ${MASS_REDETERMINATION_JOB} AND status <> 'completed' ORDER BY created_at LIMIT 1`);
  let runId = (open.rows[0] as { id: string } | undefined)?.id;
  if (!runId) {
    runId = await jobs.enqueue(MASS_REDETERMINATION_JOB, { program: 'snap', month: arg('month') ?? '2025-10', label: 'crash test', batchSize: Number(arg('batch') ?? 250) }, null);
    console.log(JSON.stringify({ event: 'enqueued', jobRunId: runId }));
  } else {
    console.log(JSON.stringify({ event: 'resuming', jobRunId: runId }));
  }
  await jobs.runNow(runId);
  console.log(JSON.stringify({ event: 'completed', jobRunId: runId }));
  await database.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
