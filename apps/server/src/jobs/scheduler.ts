import type { Clock, Database, JobQueue } from '@hearth/platform';
import { CLOCK_SWEEP_JOB } from '@hearth/cases';

/** A job that runs once per agency day; its payload names the day (`asOf`), which is how a day's run is recognized. */
export interface DailyJob {
  job: string;
  payload(today: string): { asOf: string } & Record<string, unknown>;
}

/** What runs every day: the regulatory clock sweep (warnings and supervisor escalations). */
export const DAILY_JOBS: DailyJob[] = [{ job: CLOCK_SWEEP_JOB, payload: (today) => ({ asOf: today }) }];

interface SchedulerDeps {
  database: Database;
  jobs: JobQueue;
  clock: Clock;
}

/**
 * Enqueues each daily job that has no queued, running or completed run for the agency's today.
 * Returns the new run ids. Safe to call often: a second call on the same day adds nothing; a failed run is retried.
 */
export async function enqueueDueDailyJobs(deps: SchedulerDeps, daily: DailyJob[] = DAILY_JOBS): Promise<string[]> {
  const today = deps.clock.today();
  const known = new Set(deps.jobs.definitions().map((d) => d.name));
  const started: string[] = [];
  for (const d of daily) {
    if (!known.has(d.job)) continue;
    const existing = await deps.database.pool.query(
      `SELECT 1 FROM job_run WHERE job_name = $1 AND payload->>'asOf' = $2 AND status <> 'failed' LIMIT 1`,
      [d.job, today],
    );
    if (existing.rowCount) continue;
    started.push(await deps.jobs.enqueue(d.job, d.payload(today), null));
  }
  return started;
}

/** Checks for due daily jobs now and then every `intervalMs` (default 15 minutes) until stopped. */
export function startScheduler(deps: SchedulerDeps, opts: { intervalMs?: number; daily?: DailyJob[]; onError?: (e: unknown) => void } = {}) {
  const tick = () => enqueueDueDailyJobs(deps, opts.daily).catch(opts.onError ?? ((e) => console.error('scheduler:', e)));
  void tick();
  const timer = setInterval(tick, opts.intervalMs ?? 15 * 60_000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
