/**
 * API benchmark (prints figures, asserts nothing). See bench/api/README.md.
 *
 *   npm run bench:api -- [--people 1000000] [--cases 500000] [--clients 50] [--seconds 60] [--keep] [--reuse]
 *
 * 1. Creates a fresh PostgreSQL database (DATABASE_URL's server; default postgres://postgres:postgres@127.0.0.1:5432/postgres),
 *    migrates it with the app's migrations, seeds the demo agency, tops it up to --people and --cases with the same
 *    builders through COPY, rebuilds indexes and runs VACUUM ANALYZE (--reuse skips all this if a complete load exists).
 * 2. Starts the real server (buildServer + listen) in a child process, with one bench-only baseline route.
 * 3. Signs --clients clients in as real workers; warms up; runs the baseline route, then the caseworker mix,
 *    each closed-loop over loopback; prints p50/p95/p99 per request type, throughput and the ratio to the baseline.
 * 4. Drops the database unless --keep (or --reuse).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';
import pg from 'pg';
import { migrate, openDatabase, systemClock } from '@hearth/platform';
import { MIGRATION_SOURCES } from '@hearth/server';
import { DEMO_PASSWORD } from '@hearth/server/demo';
import { benchConfig, databaseExists, databaseUrl, dropDatabase, loadBenchDatabase, readLoadMarker, type LoadReport } from './bench-database.js';
import { Client, planClients, READ_TYPES, REQUEST_TYPES, runPhase, type PhaseResult, type RequestType } from './load-driver.js';
import { parseMix, percentile, type TypeSummary } from './stats.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const DEFAULT_ADMIN_URL = 'postgres://postgres:postgres@127.0.0.1:5432/postgres';

export interface BenchOptions {
  people: number;
  cases: number;
  clients: number;
  seconds: number;
  baselineSeconds: number;
  warmup: number;
  mix: string;
  database: string;
  pool: number;
  keep: boolean;
  reuse: boolean;
  json?: string;
}

export interface BenchResult {
  startedAt: string;
  machine: { cpus: number; node: string; postgres: string; loadBefore: number[]; loadAfter: number[] };
  options: BenchOptions;
  load: LoadReport | { reused: true; people: number; cases: number; households: number; tasks: number; notes: number; loadSeconds: number };
  logins: { count: number; p50: number; max: number };
  baseline: TypeSummary & { seconds: number };
  mix: { seconds: number; types: TypeSummary[]; perSecond: number; ok: number; errors: number; tasksExhausted: number; errorSamples: string[] };
  ratioToBaseline: number;
}

const int = (min: number) => (v: string) => {
  const n = Number(v.replaceAll('_', ''));
  if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`must be an integer ≥ ${min}`);
  return n;
};

export function parseOptions(argv: string[]): BenchOptions {
  const program = new Command('bench:api')
    .description('Hearth API benchmark: bulk-load people and cases into PostgreSQL, then drive a caseworker mix against the real server')
    .option('--people <n>', 'people in the database (the demo agency has 2,000 of them)', int(2000), 1_000_000)
    .option('--cases <n>', 'cases in the database (the demo agency has 1,000 of them)', int(1000), 500_000)
    .option('--clients <n>', 'concurrent clients', int(1), 50)
    .option('--seconds <n>', 'length of the measured caseworker mix', int(1), 60)
    .option('--baseline-seconds <n>', 'length of the baseline measurement', int(1), 20)
    .option('--warmup <n>', 'seconds of unmeasured mix before measuring', int(0), 5)
    .option('--mix <weights>', 'request mix weights', 'search=3,open=4,note=2,task=1')
    .option('--database <name>', 'database to create (and drop at the end)', 'hearth_bench_api')
    .option('--pool <n>', "the server's connection pool size (the server's default is 20)", int(1), 20)
    .option('--keep', 'keep the database at the end', false)
    .option('--reuse', 'skip loading if the database holds a complete load (implies --keep)', false)
    .option('--json <file>', 'also write the results as JSON')
    .exitOverride();
  program.parse(argv, { from: 'user' });
  const o = program.opts<BenchOptions>();
  parseMix(o.mix, REQUEST_TYPES);
  return { ...o, keep: o.keep || o.reuse };
}

function startServer(url: string, name: string, pool: number): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(here, 'server-process.ts'), [], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, BENCH_DATABASE_URL: url, BENCH_DATABASE_NAME: name, BENCH_POOL: String(pool) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('message', (m: { port: number }) => resolve({ child, port: m.port }));
    child.once('exit', (code) => reject(new Error(`the server process exited (${code}) before listening`)));
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

const ms = (v: number) => (Number.isNaN(v) ? '–' : v < 10 ? v.toFixed(1) : v.toFixed(0));
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

export function formatReport(r: BenchResult): string {
  const lines: string[] = [];
  const target = (t: TypeSummary) => (READ_TYPES.includes(t.type) ? 50 : 100);
  lines.push('');
  lines.push(`Hearth API benchmark — ${r.startedAt}`);
  lines.push(`machine: ${r.machine.cpus} cores, Node ${r.machine.node}, ${r.machine.postgres}`);
  lines.push(`load average (1/5/15 min) before: ${r.machine.loadBefore.map((x) => x.toFixed(2)).join(' ')}, after: ${r.machine.loadAfter.map((x) => x.toFixed(2)).join(' ')}`);
  const l = r.load;
  lines.push(`data: ${fmt(l.people)} people in ${fmt(l.households)} households, ${fmt(l.cases)} cases, ${fmt(l.tasks)} tasks, ${fmt(l.notes)} notes`
    + ('reused' in l ? ` (reused; loaded earlier in ${l.loadSeconds.toFixed(0)} s)` : ` (loaded in ${l.seconds.total.toFixed(0)} s: people ${l.seconds.people.toFixed(0)} s, cases ${l.seconds.cases.toFixed(0)} s, indexes ${l.seconds.indexes.toFixed(0)} s, foreign keys ${l.seconds.foreignKeys.toFixed(0)} s, VACUUM ANALYZE ${l.seconds.analyze.toFixed(0)} s)`));
  lines.push(`clients: ${r.options.clients} closed-loop over loopback, signed in as ${r.logins.count} sessions (sign-in p50 ${ms(r.logins.p50)} ms); server pool ${r.options.pool}; mix ${r.options.mix}`);
  lines.push('');
  lines.push(`${'request'.padEnd(10)} ${'count'.padStart(8)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)} ${'errors'.padStart(7)}  p95 target`);
  const row = (t: TypeSummary, withTarget: boolean) =>
    `${t.type.padEnd(10)} ${fmt(t.count).padStart(8)} ${t.perSecond.toFixed(1).padStart(8)} ${ms(t.p50).padStart(8)} ${ms(t.p95).padStart(8)} ${ms(t.p99).padStart(8)} ${ms(t.max).padStart(8)} ${String(t.errors).padStart(7)}  ${withTarget ? `≤ ${target(t)} ms ${t.p95 <= target(t) ? 'met' : 'MISSED'}` : ''}`;
  for (const t of r.mix.types) lines.push(row(t, true));
  lines.push(`${'all'.padEnd(10)} ${fmt(r.mix.ok).padStart(8)} ${r.mix.perSecond.toFixed(1).padStart(8)}${' '.repeat(36)} ${String(r.mix.errors).padStart(7)}`);
  lines.push(row(r.baseline, false));
  lines.push('');
  lines.push(`throughput: mix ${r.mix.perSecond.toFixed(1)} req/s over ${r.mix.seconds.toFixed(1)} s; baseline ${r.baseline.perSecond.toFixed(1)} req/s over ${r.baseline.seconds.toFixed(1)} s`);
  lines.push(`ratio to baseline: ${(r.ratioToBaseline * 100).toFixed(1)}% (target ≥ 40%: ${r.ratioToBaseline >= 0.4 ? 'met' : 'MISSED'})`);
  if (r.mix.tasksExhausted) lines.push(`note: ${r.mix.tasksExhausted} task completions were replaced by other requests (clients ran out of open tasks)`);
  if (r.mix.errorSamples.length) lines.push(`first errors:\n  ${r.mix.errorSamples.join('\n  ')}`);
  return lines.join('\n');
}

export async function runBench(o: BenchOptions, log: (line: string) => void = console.log): Promise<BenchResult> {
  const adminUrl = process.env.DATABASE_URL ?? DEFAULT_ADMIN_URL;
  const url = databaseUrl(adminUrl, o.database);
  const startedAt = new Date().toISOString();
  const loadBefore = os.loadavg();
  let load: BenchResult['load'] | null = null;
  if (o.reuse && (await databaseExists(adminUrl, o.database))) {
    const marker = await readLoadMarker(url);
    if (!marker) throw new Error(`database ${o.database} exists but holds no complete load; run without --reuse to load it again`);
    log(`reusing ${o.database}: ${fmt(marker.people)} people, ${fmt(marker.cases)} cases (--people and --cases are ignored)`);
    // Migrations landed since the load apply as they would on a production database (a changed one is refused).
    const database = await openDatabase({ kind: 'postgres', url, max: 1 });
    try {
      const m = await migrate(database, MIGRATION_SOURCES);
      if (m.applied.length) log(`applied ${m.applied.length} newer migration(s): ${m.applied.join(', ')}`);
    } finally {
      await database.close();
    }
    load = { reused: true, ...marker };
  }
  let child: ChildProcess | null = null;
  let clients: Client[] = [];
  try {
    if (!load) {
      log(`loading ${fmt(o.people)} people and ${fmt(o.cases)} cases into ${o.database}…`);
      load = await loadBenchDatabase({ adminUrl, name: o.database, people: o.people, cases: o.cases, log });
      log(`loaded in ${load.seconds.total.toFixed(1)} s`);
    }
    const postgres = await (async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        return (await c.query<{ v: string }>(`SELECT split_part(version(), ' on ', 1) AS v`)).rows[0]!.v;
      } finally {
        await c.end();
      }
    })();

    const server = await startServer(url, o.database, o.pool);
    child = server.child;
    log(`server listening on 127.0.0.1:${server.port} (pid ${child.pid})`);
    const today = systemClock(benchConfig(url, o.database).timeZone).today();
    const plans = await planClients(url, o.clients);
    clients = plans.map((p, i) => new Client(p, server.port, 1000 + i));
    const loginMs = await Promise.all(clients.map((c) => c.login(DEMO_PASSWORD)));
    log(`${clients.length} clients signed in as ${new Set(plans.map((p) => p.username)).size} workers`);

    const mix = parseMix(o.mix, REQUEST_TYPES);
    if (o.warmup > 0) {
      log(`warm-up: ${o.warmup} s of the mix (not measured)`);
      await runPhase(clients, { seconds: o.warmup, mix, today });
    }
    log(`baseline: ${o.baselineSeconds} s of GET /api/bench/baseline`);
    const base = await runPhase(clients, { seconds: o.baselineSeconds, mix: [['baseline', 1]], today });
    log(`caseworker mix: ${o.seconds} s`);
    const measured: PhaseResult = await runPhase(clients, { seconds: o.seconds, mix, today });

    const baseline = { ...base.recorder.summary('baseline', base.seconds), seconds: base.seconds };
    const types = REQUEST_TYPES.filter((t) => measured.recorder.types().includes(t)).map((t) => measured.recorder.summary(t, measured.seconds));
    const totals = measured.recorder.totals(measured.seconds);
    const sortedLogins = [...loginMs].sort((a, b) => a - b);
    const result: BenchResult = {
      startedAt,
      machine: { cpus: os.cpus().length, node: process.versions.node, postgres, loadBefore, loadAfter: os.loadavg() },
      options: o,
      load,
      logins: { count: clients.length, p50: percentile(sortedLogins, 50), max: sortedLogins.at(-1) ?? Number.NaN },
      baseline,
      mix: { seconds: measured.seconds, types, perSecond: totals.perSecond, ok: totals.ok, errors: totals.errors, tasksExhausted: measured.tasksExhausted, errorSamples: measured.errorSamples },
      ratioToBaseline: baseline.perSecond > 0 ? totals.perSecond / baseline.perSecond : Number.NaN,
    };
    if (o.json) await writeFile(o.json, JSON.stringify(result, null, 2));
    return result;
  } finally {
    for (const c of clients) c.close();
    if (child) await stopServer(child);
    if (!o.keep) {
      await dropDatabase(adminUrl, o.database);
      log(`dropped ${o.database} (use --keep to keep it)`);
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const options = parseOptions(process.argv.slice(2));
    const result = await runBench(options);
    console.log(formatReport(result));
  } catch (err) {
    if (err && typeof err === 'object' && 'exitCode' in err && (err as { code?: string }).code?.startsWith('commander.')) process.exit((err as { exitCode: number }).exitCode);
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
