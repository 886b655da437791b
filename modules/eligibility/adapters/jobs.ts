import { z } from 'zod';
import { isDateOnly } from '@hearth/kernel';
import type { JobDefinition } from '@hearth/platform';
import type { EligibilityDeps } from '../ports.js';
import { sweepVerifications } from '../use-cases/sweep-verifications.js';

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
