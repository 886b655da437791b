import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from '@hearth/server/testing';
import { inTransaction, type Database } from '../db/index.js';
import { createJobQueue, type JobQueue } from './queue.js';

let database: Database;
let jobs: JobQueue;
let crashAfter: number | null = null;

beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.execute(sql`CREATE TABLE job_test_item (n int PRIMARY KEY, processed_by text NOT NULL)`);
  jobs = createJobQueue(database);
  jobs.register({
    name: 'test.count',
    title: 'Count to N in batches',
    payload: z.object({ n: z.number().int().positive(), batch: z.number().int().positive() }),
    async handler({ n, batch }, ctx) {
      let next = (ctx.checkpoint as { next: number } | null)?.next ?? 1;
      await ctx.setTotal(n);
      while (next <= n) {
        const end = Math.min(n, next + batch - 1);
        if (crashAfter !== null && next > crashAfter) throw new Error('simulated crash');
        await inTransaction(database, { userId: null }, async (uow) => {
          await uow.tx.execute(sql`INSERT INTO job_test_item (n, processed_by) SELECT g, ${ctx.runId} FROM generate_series(${next}::int, ${end}::int) g`);
          await ctx.saveProgress(uow.tx, { done: end, checkpoint: { next: end + 1 } });
        });
        next = end + 1;
      }
      return { counted: n };
    },
  });
});
afterAll(async () => {
  await jobs.stop();
  await database.close();
});

describe('background jobs', () => {
  it('refuses a payload that does not fit the job, with field paths', async () => {
    await expect(jobs.enqueue('test.count', { n: -1 }, null)).rejects.toMatchObject({ code: 'VALIDATION', details: expect.arrayContaining([expect.objectContaining({ path: 'payload.n' })]) });
  });

  it('resumes after a crash from the last committed checkpoint without doing work twice', async () => {
    const runId = await jobs.enqueue('test.count', { n: 100, batch: 10 }, null);
    crashAfter = 40;
    await expect(jobs.runNow(runId)).rejects.toThrow('simulated crash');
    expect(await jobs.get(runId)).toMatchObject({ status: 'failed', done: 40, total: 100 });
    crashAfter = null;
    await jobs.runNow(runId);
    expect(await jobs.get(runId)).toMatchObject({ status: 'completed', done: 100 });
    const r = await database.db.execute<{ n: number; distinct_n: number }>(sql`SELECT count(*)::int AS n, count(DISTINCT n)::int AS distinct_n FROM job_test_item`);
    expect(r.rows[0]).toEqual({ n: 100, distinct_n: 100 });
    // A redelivered message after completion changes nothing.
    await jobs.runNow(runId);
    expect((await database.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM job_test_item`)).rows[0]!.n).toBe(100);
  });

  it('runs queued jobs through pg-boss workers', async () => {
    await database.db.execute(sql`TRUNCATE job_test_item`);
    await jobs.start();
    const runId = await jobs.enqueue('test.count', { n: 25, batch: 10 }, null);
    const deadline = Date.now() + 30_000;
    let run = await jobs.get(runId);
    while (run?.status !== 'completed' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      run = await jobs.get(runId);
    }
    expect(run).toMatchObject({ status: 'completed', done: 25, result: { counted: 25 } });
  });
});
