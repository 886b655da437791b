import { z } from 'zod';
import { isDateOnly } from '@hearth/kernel';
import type { JobDefinition } from '@hearth/platform';
import type { CasesDeps } from '../ports.js';
import { sweepClocks } from '../use-cases/sweep-clocks.js';

export const CLOCK_SWEEP_JOB = 'cases.clock-sweep';

const payload = z.object({ asOf: z.string().refine(isDateOnly, 'must be a date YYYY-MM-DD').optional() });

/** The daily sweep: warnings and supervisor escalations on regulatory clocks; resumes from its checkpoint after a crash. */
export function clockSweepJob(deps: Pick<CasesDeps, 'database' | 'clockTypes' | 'staff' | 'clock'>): JobDefinition<z.infer<typeof payload>> {
  return {
    name: CLOCK_SWEEP_JOB,
    title: 'Regulatory clock sweep (warnings and escalations)',
    payload,
    expireInSeconds: 1800,
    async handler(p, ctx) {
      const cp = (ctx.checkpoint ?? null) as { afterId?: string; today?: string } | null;
      const today = cp?.today ?? p.asOf ?? deps.clock.today();
      return sweepClocks(deps, {
        today,
        afterId: cp?.afterId ?? null,
        onBatch: (tx, r) => ctx.saveProgress(tx, { done: ctx.done + r.checked, checkpoint: { afterId: r.lastId, today }, message: `${r.warned} warned, ${r.escalated} escalated` }),
      });
    },
  };
}
