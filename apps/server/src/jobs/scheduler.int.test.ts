import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createJobQueue, fixedClock, type Database, type JobQueue } from '@hearth/platform';
import { createTestDatabase } from '../testing/test-database.js';
import { enqueueDueDailyJobs, type DailyJob } from './scheduler.js';

describe('daily job scheduler', () => {
  let database: Database;
  let jobs: JobQueue;
  const seen: string[] = [];
  const daily: DailyJob[] = [{ job: 'test.daily', payload: (today) => ({ asOf: today }) }];

  beforeAll(async () => {
    database = await createTestDatabase();
    jobs = createJobQueue(database);
    jobs.register({ name: 'test.daily', title: 'Daily test job', payload: z.object({ asOf: z.string() }), async handler(p) { seen.push(p.asOf); return null; } });
  });
  afterAll(async () => { await database.close(); });

  it('enqueues each daily job once per agency day, and again the next day', async () => {
    const first = await enqueueDueDailyJobs({ database, jobs, clock: fixedClock('2026-03-10T07:00:00Z') }, daily);
    expect(first).toHaveLength(1);
    const again = await enqueueDueDailyJobs({ database, jobs, clock: fixedClock('2026-03-10T19:00:00Z') }, daily);
    expect(again).toEqual([]);
    await jobs.runNow(first[0]!);
    expect(seen).toEqual(['2026-03-10']);
    const next = await enqueueDueDailyJobs({ database, jobs, clock: fixedClock('2026-03-11T07:00:00Z') }, daily);
    expect(next).toHaveLength(1);
  });

  it('enqueues again on the same day when that day\'s run failed', async () => {
    const [runId] = await enqueueDueDailyJobs({ database, jobs, clock: fixedClock('2026-04-01T07:00:00Z') }, daily);
    await database.pool.query(`UPDATE job_run SET status = 'failed' WHERE id = $1`, [runId]);
    const retry = await enqueueDueDailyJobs({ database, jobs, clock: fixedClock('2026-04-01T08:00:00Z') }, daily);
    expect(retry).toHaveLength(1);
    expect(retry[0]).not.toBe(runId);
  });
});
