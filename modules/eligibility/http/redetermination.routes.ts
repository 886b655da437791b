import { z } from 'zod';
import { sql } from 'drizzle-orm';
import { notFound } from '@hearth/kernel';
import type { HttpApp } from '@hearth/platform';
import type { EligibilityDeps } from '../ports.js';
import { callerOf } from './caller.js';
import { MASS_REDETERMINATION_JOB } from '../adapters/jobs.js';
import { firstOf } from '../adapters/rows.js';
import { monthString } from '../use-cases/support/common.js';

const tags = ['eligibility'];

export const startRedeterminationInput = z.strictObject({
  program: z.enum(['snap', 'tanf', 'medicaid']),
  month: monthString.describe('The benefit month recomputed (e.g. 2025-10 for the October cost-of-living update)'),
  label: z.string().trim().min(3).max(200).describe('Why: "FY2026 COLA", "2026 poverty guidelines" …'),
  batchSize: z.number().int().min(10).max(10_000).optional(),
});

/** Mass redetermination: started as a background job (progress in /api/jobs), summarized per run. */
export function registerRedeterminationRoutes(app: HttpApp, deps: EligibilityDeps) {
  app.post('/api/eligibility/redeterminations', {
    config: { permission: 'jobs.run' },
    schema: { tags, summary: 'Start a mass redetermination of every active case of a program for a month (background job)', body: startRedeterminationInput },
  }, async (req, reply) => {
    const jobRunId = await deps.jobs.enqueue(MASS_REDETERMINATION_JOB, { ...req.body, requestedBy: callerOf(req).principal.userId }, callerOf(req).principal.userId);
    return reply.status(202).send({ jobRunId, progress: `/api/jobs/${jobRunId}` });
  });

  app.get('/api/eligibility/redeterminations/:jobRunId', {
    config: { permission: 'jobs.read' },
    schema: { tags, summary: 'A mass redetermination: cases done, amounts changed, failures, notices queued', params: z.object({ jobRunId: z.uuid() }) },
  }, async (req) => {
    const run = firstOf<{ id: string; program: string; benefitMonth: string; label: string; createdAt: string }>(await deps.database.db.execute(sql`SELECT * FROM elig_redetermination_run WHERE job_run_id = ${req.params.jobRunId}`));
    if (!run) throw notFound('Redetermination run for job', req.params.jobRunId);
    const counts = firstOf<{ results: number; eligible: number; failed: number; notices: number }>(await deps.database.db.execute(sql`SELECT
      (SELECT count(*)::int FROM elig_determination WHERE run_id = ${run.id}) AS results,
      (SELECT count(*)::int FROM elig_determination WHERE run_id = ${run.id} AND eligible) AS eligible,
      (SELECT count(*)::int FROM elig_determination WHERE run_id = ${run.id} AND result ? 'error') AS failed,
      (SELECT count(*)::int FROM elig_notice_request WHERE run_id = ${run.id}) AS notices`))!;
    const job = await deps.jobs.get(req.params.jobRunId);
    return { runId: run.id, program: run.program, month: run.benefitMonth.slice(0, 7), label: run.label, job, ...counts };
  });
}
