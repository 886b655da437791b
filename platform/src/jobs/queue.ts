import PgBoss from 'pg-boss';
import type { z } from 'zod';
import { sql } from 'drizzle-orm';
import type { Database, Sql } from '../db/database.js';
import { DomainError } from '@hearth/kernel';

/**
 * Typed background jobs on pg-boss (PostgreSQL, or PGlite through the same pool).
 * Each run has a row in job_run with progress and a checkpoint. A handler that saves its checkpoint in the
 * same transaction as the work it covers resumes after a crash exactly where the last commit left it.
 */
export interface JobDefinition<P = any> {
  name: string;
  title: string;
  payload: z.ZodType<P>;
  /** Seconds before a run that stopped reporting is considered crashed and retried. */
  expireInSeconds?: number;
  handler(payload: P, ctx: JobContext): Promise<unknown>;
}

export interface JobContext {
  runId: string;
  /** The checkpoint saved by the last committed step, or null on a fresh start. */
  checkpoint: unknown;
  done: number;
  /** Saves progress (and optionally a checkpoint) inside the caller's transaction. */
  saveProgress(tx: Sql, p: { done: number; total?: number; checkpoint?: unknown; message?: string }): Promise<void>;
  setTotal(total: number): Promise<void>;
}

export interface JobRun {
  id: string;
  jobName: string;
  status: 'queued' | 'running' | 'completed' | 'failed';
  total: number | null;
  done: number;
  message: string | null;
  createdAt: string;
  updatedAt: string;
  result: unknown;
}

export interface JobQueue {
  register(def: JobDefinition): void;
  definitions(): JobDefinition[];
  enqueue(name: string, payload: unknown, requestedBy: string | null): Promise<string>;
  /** Runs a queued run in this process now (tests, CLI). */
  runNow(runId: string): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  get(runId: string): Promise<JobRun | null>;
  list(limit?: number): Promise<JobRun[]>;
}

function mapRun(r: any): JobRun {
  return {
    id: r.id,
    jobName: r.job_name,
    status: r.status,
    total: r.total,
    done: r.done,
    message: r.message,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
    result: r.result,
  };
}

export function createJobQueue(database: Database): JobQueue {
  const defs = new Map<string, JobDefinition>();
  let boss: PgBoss | null = null;

  async function execute(runId: string) {
    const res = await database.db.execute(sql`SELECT * FROM job_run WHERE id = ${runId}`);
    const row = res.rows[0] as any;
    if (!row) throw new Error(`job run ${runId} not found`);
    if (row.status === 'completed') return; // a redelivered message after completion does nothing
    const def = defs.get(row.job_name);
    if (!def) throw new Error(`no job definition ${row.job_name}`);
    await database.db.execute(sql`UPDATE job_run SET status = 'running', updated_at = now() WHERE id = ${runId}`);
    const ctx: JobContext = {
      runId,
      checkpoint: row.checkpoint,
      done: row.done,
      async saveProgress(tx, p) {
        await tx.execute(sql`UPDATE job_run SET done = ${p.done}, total = coalesce(${p.total ?? null}::int, total),
          checkpoint = coalesce(${p.checkpoint === undefined ? null : JSON.stringify(p.checkpoint)}::jsonb, checkpoint),
          message = coalesce(${p.message ?? null}, message), updated_at = now() WHERE id = ${runId}`);
      },
      async setTotal(total) {
        await database.db.execute(sql`UPDATE job_run SET total = ${total}, updated_at = now() WHERE id = ${runId}`);
      },
    };
    try {
      const payload = def.payload.parse(row.payload);
      const result = await def.handler(payload, ctx);
      await database.db.execute(sql`UPDATE job_run SET status = 'completed', result = ${JSON.stringify(result ?? null)}::jsonb, updated_at = now() WHERE id = ${runId}`);
    } catch (err) {
      await database.db.execute(sql`UPDATE job_run SET status = 'failed', message = ${(err as Error).message}, updated_at = now() WHERE id = ${runId}`);
      throw err;
    }
  }

  return {
    register(def) {
      if (defs.has(def.name)) throw new Error(`job ${def.name} registered twice`);
      defs.set(def.name, def);
    },
    definitions: () => [...defs.values()],
    async enqueue(name, payload, requestedBy) {
      const def = defs.get(name);
      if (!def) throw new DomainError('NOT_FOUND', `No job named ${name}`);
      const parsed = def.payload.safeParse(payload);
      if (!parsed.success) {
        throw new DomainError('VALIDATION', 'The job payload is not valid', parsed.error.issues.map((i) => ({ path: ['payload', ...i.path.map(String)].join('.'), message: i.message })));
      }
      const res = await database.db.execute(sql`INSERT INTO job_run (job_name, requested_by, payload) VALUES (${name}, ${requestedBy}, ${JSON.stringify(parsed.data)}::jsonb) RETURNING id`);
      const runId = (res.rows[0] as any).id as string;
      if (boss) {
        const bossId = await boss.send(name, { runId }, { retryLimit: 5, retryDelay: 2, expireInSeconds: def.expireInSeconds ?? 900 });
        await database.db.execute(sql`UPDATE job_run SET boss_job_id = ${bossId} WHERE id = ${runId}`);
      }
      return runId;
    },
    runNow: execute,
    async start() {
      if (boss) return;
      const instance = new PgBoss({
        db: {
          executeSql: async (text: string, values?: unknown[]) => {
            const r = await database.pool.query(text, values as any[]);
            return Array.isArray(r) ? (r.at(-1) ?? { rows: [] }) : r;
          },
        },
        schema: 'pgboss',
        supervise: true,
        schedule: false,
      } as any);
      instance.on('error', (err: Error) => console.error('[jobs]', err.message));
      await instance.start();
      for (const def of defs.values()) {
        await instance.createQueue(def.name);
        await instance.work(def.name, { pollingIntervalSeconds: 1 }, async (jobs: Array<{ data: { runId: string } }>) => {
          for (const job of jobs) await execute(job.data.runId);
        });
      }
      boss = instance;
      // Runs queued while no worker was running (or sent before a crash lost them) are sent again.
      const pending = await database.db.execute(sql`SELECT id, job_name FROM job_run WHERE status IN ('queued', 'running') AND boss_job_id IS NULL`);
      for (const r of pending.rows as any[]) {
        const bossId = await instance.send(r.job_name, { runId: r.id }, { retryLimit: 5, retryDelay: 2 });
        await database.db.execute(sql`UPDATE job_run SET boss_job_id = ${bossId} WHERE id = ${r.id}`);
      }
    },
    async stop() {
      if (boss) await boss.stop({ graceful: true, timeout: 5000 } as any);
      boss = null;
    },
    async get(runId) {
      const res = await database.db.execute(sql`SELECT * FROM job_run WHERE id = ${runId}`);
      return res.rows[0] ? mapRun(res.rows[0]) : null;
    },
    async list(limit = 50) {
      const res = await database.db.execute(sql`SELECT * FROM job_run ORDER BY created_at DESC LIMIT ${limit}`);
      return res.rows.map(mapRun);
    },
  };
}
