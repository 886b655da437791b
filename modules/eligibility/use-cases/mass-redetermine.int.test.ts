import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database, type Sql } from '@hearth/platform';
import { buildSnapCases, insertSnapCases } from '../db/seed.js';

/**
 * Crash test: a worker process runs a mass redetermination of 10,000 cases and is killed (SIGKILL) mid-run;
 * a new worker resumes it. Exactly one result per case, and at the moment of the crash the committed results
 * equal the committed checkpoint. PGlite data folder by default; PostgreSQL when DATABASE_URL is set.
 */
const N = 10_000;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const worker = 'modules/eligibility/bench/redetermine-worker.ts';
let target: string[];
let open: () => Promise<Database>;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const template = inject('templateDatabase');
  const url = process.env.DATABASE_URL;
  let db: Database;
  if (url) {
    const name = `hearth_t_crash_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    const u = new URL(url);
    u.pathname = `/${name}`;
    target = ['--url', u.toString()];
    open = () => openDatabase({ kind: 'postgres', url: u.toString(), max: 2 });
    cleanup = async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
    db = await open();
  } else {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'hearth-crash-'));
    db = await openDatabase({ kind: 'pglite', dataDir: dir, loadDataDir: new Blob([await readFile(template)]) });
    target = ['--pglite', dir];
    open = () => openDatabase({ kind: 'pglite', dataDir: dir });
    cleanup = () => rm(dir, { recursive: true, force: true });
  }
  const cases = buildSnapCases(N, { unitId: '11111111-1111-4111-8111-111111111111', filedOn: '2025-04-10', namespace: 'crash' });
  await db.db.transaction(async (tx) => insertSnapCases(tx as unknown as Sql, cases));
  await db.close();
}, 300_000);
afterAll(async () => cleanup?.());

function runWorker(killAtDone?: number): Promise<{ code: number | null; signal: string | null; lastDone: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', worker, ...target, '--month', '2025-10', '--batch', '250'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let lastDone = 0;
    let output = '';
    let buf = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buf += chunk.toString();
      output += chunk.toString();
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 1);
        try {
          const e = JSON.parse(line);
          if (e.event === 'batch') {
            lastDone = e.done;
            if (killAtDone !== undefined && e.done >= killAtDone) child.kill('SIGKILL');
          }
        } catch {
          /* not a progress line */
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => void (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal, lastDone, output }));
  });
}

async function counts(db: Database) {
  const r = await db.db.execute(sql`SELECT
    (SELECT count(*)::int FROM elig_determination WHERE run_id IS NOT NULL) AS results,
    (SELECT count(DISTINCT case_id)::int FROM elig_determination WHERE run_id IS NOT NULL) AS cases,
    (SELECT count(DISTINCT run_id)::int FROM elig_determination WHERE run_id IS NOT NULL) AS runs,
    (SELECT count(*)::int FROM elig_redetermination_run) AS run_rows,
    (SELECT count(*)::int FROM elig_notice_request WHERE run_id IS NOT NULL) AS notices,
    (SELECT done FROM job_run WHERE job_name = 'eligibility.mass-redetermination') AS checkpoint_done,
    (SELECT status FROM job_run WHERE job_name = 'eligibility.mass-redetermination') AS status,
    (SELECT count(*)::int FROM elig_certification c WHERE NOT EXISTS (SELECT 1 FROM elig_determination d WHERE d.run_id IS NOT NULL AND d.case_id = c.case_id)) AS without_result`);
  return r.rows[0] as { results: number; cases: number; runs: number; run_rows: number; notices: number; checkpoint_done: number; status: string; without_result: number };
}

describe('mass redetermination crash test', () => {
  it('killed mid-run and restarted, stores exactly one result per case', async () => {
    const first = await runWorker(2500);
    expect(first.signal, first.output).toBe('SIGKILL');
    let db = await open();
    const mid = await counts(db);
    await db.close();
    // What committed is exactly what the checkpoint says: no batch half-written.
    expect(mid.results).toBe(mid.checkpoint_done);
    expect(mid.results).toBeGreaterThanOrEqual(2250);
    expect(mid.results).toBeLessThan(N);
    expect(mid.run_rows).toBe(1);

    const second = await runWorker();
    expect(second.code, second.output).toBe(0);
    expect(second.output).toContain('"event":"resuming"');
    db = await open();
    const end = await counts(db);
    await db.close();
    expect(end).toMatchObject({ results: N, cases: N, runs: 1, run_rows: 1, checkpoint_done: N, status: 'completed', without_result: 0 });
    expect(end.notices).toBeGreaterThan(0);
    expect(end.notices).toBeLessThanOrEqual(N);
  }, 600_000);
});
