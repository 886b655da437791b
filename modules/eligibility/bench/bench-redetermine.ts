/**
 * Mass-redetermination benchmark (prints figures, asserts nothing).
 *
 *   npm run bench:redetermine -- [--n 1000000] [--batch 2000] [--url postgres://…]
 *
 * Creates a fresh PostgreSQL database (dropped at the end), migrates it, bulk-loads N certified SNAP households
 * with COPY (case, application, decision, certification and ~5 evidence rows each, from the module's seed builders),
 * measures the rules engine alone on the same households (facts built beforehand, evaluateProgram timed), then runs
 * the production mass-redetermination job (job queue, batches with checkpoint) and reports wall time, cases/s,
 * peak memory (RSS) and the ratio to the rules-only throughput. Load average is printed: the machine may be shared.
 */
import os from 'node:os';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { sql } from 'drizzle-orm';
import { createRng } from '@hearth/kernel';
import { createJobQueue, migrate, openDatabase, systemClock } from '@hearth/platform';
import { evaluateProgram } from '@hearth/rules';
import { MIGRATION_SOURCES } from '../../../apps/server/src/migrations.js';
import { buildSnapCase, type SeedSnapCase } from '../db/seed.js';
import { buildFacts } from '../domain/facts.js';
import type { EvidenceRow } from '../domain/evidence.js';
import { massRedeterminationJob, MASS_REDETERMINATION_JOB } from '../adapters/jobs.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const N = Number(arg('n', '1000000'));
const BATCH = Number(arg('batch', '2000'));
const URL_ = arg('url', process.env.DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres');
const CHUNK = 50_000;
const MONTH = '2025-10-01';
const OPTS = { unitId: '11111111-1111-4111-8111-111111111111', filedOn: '2025-04-10', namespace: 'bench' };

const esc = (v: unknown): string => (v === null || v === undefined ? '\\N' : String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r'));
const line = (...vs: unknown[]) => `${vs.map(esc).join('\t')}\n`;
const addMonths = (m: string, k: number) => {
  const y = Number(m.slice(0, 4));
  const mm = Number(m.slice(5, 7)) - 1 + k;
  return `${y + Math.floor(mm / 12)}-${String((mm % 12) + 1).padStart(2, '0')}-01`;
};

async function copy(client: pg.PoolClient, table: string, cols: string, rows: string[]) {
  await pipeline(Readable.from(rows), client.query(copyFrom(`COPY ${table} (${cols}) FROM STDIN`)));
}

async function load(client: pg.PoolClient, cases: SeedSnapCase[]) {
  await copy(client, '"case"', 'id, program_code, status, unit_id, primary_person_id, opened_on', cases.map((c) => line(c.caseId, 'snap', 'open', c.unitId, c.personId, c.filedOn)));
  await copy(client, 'elig_application', 'id, channel, status, programs, received_at, filed_on, unit_id, primary_person_id, applicant, household, screening',
    cases.map((c) => line(c.applicationId, 'worker', 'registered', '{snap}', `${c.filedOn}T15:00:00Z`, c.filedOn, c.unitId, c.personId, '{}', '[]', '{}')));
  await copy(client, 'elig_application_program', 'application_id, program, case_id, status, decided_on, decision_id', cases.map((c) => line(c.applicationId, 'snap', c.caseId, 'approved', c.filedOn, c.decisionId)));
  const start = `${OPTS.filedOn.slice(0, 7)}-01`;
  const end = addMonths(OPTS.filedOn.slice(0, 7), 11);
  await copy(client, 'elig_decision', 'id, application_id, case_id, program, kind, status, outcome, first_month, last_month, certification_start, certification_end, summary, approved_at',
    cases.map((c) => line(c.decisionId, c.applicationId, c.caseId, 'snap', 'initial', 'approved', 'approve', start, start, start, end, 'bench certification', `${c.filedOn}T16:00:00Z`)));
  await copy(client, 'elig_certification', 'case_id, application_id, program, decision_id, start_month, end_month, status, amount_cents',
    cases.map((c) => line(c.caseId, c.applicationId, 'snap', c.decisionId, start, end, 'active', c.amountCents)));
  await copy(client, 'elig_evidence', 'id, application_id, evidence_key, version, kind, member_key, payload, amount_cents, effective_from, source, verification, reason, recorded_at',
    cases.flatMap((c) => c.evidence.map((e) => line(e.id, e.applicationId, e.evidenceKey, 1, e.kind, e.memberKey, JSON.stringify(e.payload), e.amountCents, e.effectiveFrom, e.source, e.verification, 'bench', `${c.filedOn}T16:00:00Z`))));
}

function asEvidenceRows(c: SeedSnapCase): EvidenceRow[] {
  return c.evidence.map((e) => ({ ...e, version: 1, effectiveTo: null, documentId: null, retracted: false, changeId: null, reason: null, recordedBy: null, recordedAt: '' }) as EvidenceRow);
}

async function main() {
  console.log(`Mass redetermination benchmark: ${N.toLocaleString('en-US')} active SNAP cases, batch ${BATCH}, node ${process.version}, ${os.cpus().length} cores`);
  console.log(`load average at start: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  const name = `hearth_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: URL_ });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const u = new URL(URL_);
  u.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: u.toString(), max: 4 });
  try {
    await migrate(database, MIGRATION_SOURCES);

    // 1. Bulk load with COPY, and build the rules-only workload from the very same households.
    let t0 = Date.now();
    const rng = createRng(2026);
    let rulesMs = 0;
    let rulesEligible = 0;
    const client = await database.pool.connect();
    try {
      for (let start = 0; start < N; start += CHUNK) {
        const cases: SeedSnapCase[] = [];
        for (let i = start; i < Math.min(N, start + CHUNK); i++) cases.push(buildSnapCase(i, rng, OPTS));
        await load(client, cases);
        const facts = cases.map((c) => buildFacts(asEvidenceRows(c), { program: 'snap', month: MONTH, state: 'CO', filedOn: c.filedOn, tanfStatus: 'recipient' })!);
        const r0 = process.hrtime.bigint();
        for (const f of facts) if (evaluateProgram('snap', f, { asOf: MONTH }).eligible) rulesEligible++;
        rulesMs += Number(process.hrtime.bigint() - r0) / 1e6;
      }
      await client.query('ANALYZE');
    } finally {
      client.release();
    }
    const loadSecs = (Date.now() - t0) / 1000;
    const rulesRate = N / (rulesMs / 1000);
    console.log(`loaded ${N.toLocaleString('en-US')} cases with COPY in ${loadSecs.toFixed(1)} s (incl. building facts and the rules-only timing)`);
    console.log(`rules engine alone (evaluateProgram('snap'), no trace, same households): ${rulesRate.toFixed(0)} cases/s (${(rulesMs / 1000).toFixed(2)} s, ${rulesEligible.toLocaleString('en-US')} eligible)`);

    // 2. The production job: job queue, batches, checkpoint in each batch's transaction.
    const jobs = createJobQueue(database);
    jobs.register(massRedeterminationJob({ database, state: 'CO', clock: systemClock('America/Denver') }));
    const runId = await jobs.enqueue(MASS_REDETERMINATION_JOB, { program: 'snap', month: MONTH.slice(0, 7), label: 'benchmark', batchSize: BATCH }, null);
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => void (peak = Math.max(peak, process.memoryUsage().rss)), 100);
    t0 = Date.now();
    await jobs.runNow(runId);
    const secs = (Date.now() - t0) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const check = (await database.db.execute(sql`SELECT count(*)::int AS results, count(DISTINCT case_id)::int AS cases, (SELECT count(*)::int FROM elig_notice_request WHERE run_id IS NOT NULL) AS notices FROM elig_determination WHERE run_id IS NOT NULL`)).rows[0] as { results: number; cases: number; notices: number };
    const run = await jobs.get(runId);
    const rate = N / secs;
    console.log(`mass redetermination: ${secs.toFixed(1)} s wall, ${rate.toFixed(0)} cases/s, job ${run?.status} (${run?.done} done), ${check.results.toLocaleString('en-US')} results for ${check.cases.toLocaleString('en-US')} cases, ${check.notices.toLocaleString('en-US')} notices queued`);
    console.log(`peak memory (RSS, this process): ${(peak / 1048576).toFixed(0)} MB; maxRSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
    console.log(`ratio to rules-only throughput: ${((rate / rulesRate) * 100).toFixed(1)}% (target ≥ 25%); wall time target ≤ 300 s: ${secs <= 300 ? 'met' : 'NOT met'}`);
    console.log(`load average at end: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  } finally {
    await database.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
