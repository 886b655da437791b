import { z } from 'zod';
import { isDateOnly } from '@hearth/kernel';
import type { JobDefinition } from '@hearth/platform';
import type { EligibilityDeps } from '../ports.js';
import { sweepVerifications } from '../use-cases/sweep-verifications.js';
import { runMassRedetermination, type RedeterminationCheckpoint } from '../use-cases/mass-redetermine.js';

export const VERIFICATION_SWEEP_JOB = 'eligibility.verification-sweep';
const sweepPayload = z.object({ asOf: z.string().refine(isDateOnly, 'must be a date YYYY-MM-DD').optional() });

/** Daily: missed verification deadlines become proposed denials with a task (resumable; a rerun finds nothing new). */
export function verificationSweepJob(deps: EligibilityDeps): JobDefinition<z.infer<typeof sweepPayload>> {
  return {
    name: VERIFICATION_SWEEP_JOB,
    title: 'Eligibility: missed verification deadlines',
    payload: sweepPayload,
    expireInSeconds: 1800,
    async handler(p, ctx) {
      const cp = (ctx.checkpoint ?? null) as { today?: string } | null;
      const today = cp?.today ?? p.asOf ?? deps.clock.today();
      return sweepVerifications(deps, {
        today,
        onBatch: (tx, r) => ctx.saveProgress(tx, { done: ctx.done + r.checked, checkpoint: { today }, message: `${r.missed} missed, ${r.denialsProposed} denials proposed` }),
      });
    },
  };
}

export const MASS_REDETERMINATION_JOB = 'eligibility.mass-redetermination';
export const massRedeterminationPayload = z.object({
  program: z.enum(['snap', 'tanf', 'medicaid']),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM'),
  label: z.string().min(3).max(200),
  batchSize: z.number().int().min(10).max(10_000).optional(),
  requestedBy: z.uuid().nullable().optional(),
});

/** Recomputes every active case of a program for a month (new parameters); resumes from its checkpoint after a crash. */
export function massRedeterminationJob(
  deps: Pick<EligibilityDeps, 'database' | 'state' | 'clock'>,
  hooks: { onBatch?: (c: RedeterminationCheckpoint) => void } = {},
): JobDefinition<z.infer<typeof massRedeterminationPayload>> {
  return {
    name: MASS_REDETERMINATION_JOB,
    title: 'Eligibility: mass redetermination',
    payload: massRedeterminationPayload,
    expireInSeconds: 3600,
    async handler(p, ctx) {
      return runMassRedetermination(
        { database: deps.database, state: deps.state, today: () => deps.clock.today() },
        { program: p.program, month: `${p.month}-01`, label: p.label, batchSize: p.batchSize, jobRunId: ctx.runId, requestedBy: p.requestedBy ?? null },
        {
          checkpoint: (ctx.checkpoint ?? null) as RedeterminationCheckpoint | null,
          save: (tx, s, total) => ctx.saveProgress(tx, { done: s.done, total, checkpoint: s, message: `${s.done} cases, ${s.changed} amounts changed, ${s.failed} failed` }),
          onBatch: hooks.onBatch,
        },
      );
    },
  };
}
