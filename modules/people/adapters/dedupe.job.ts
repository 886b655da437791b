import { z } from 'zod';
import type { JobDefinition } from '@hearth/platform';
import type { PeopleDeps } from '../use-cases/ports.js';
import { detectDuplicates, type DuplicateCheckpoint } from '../use-cases/detect-duplicates.js';

export const DEDUPE_JOB = 'people.detect-duplicates';

const payload = z.object({
  threshold: z.number().min(0.01).max(0.9999).optional(),
  chunk: z.number().int().min(1000).max(5_000_000).optional(),
});

/** Duplicate detection over the whole registry; resumes from its checkpoint (pairs scored) after a crash. */
export function dedupeJob(deps: Pick<PeopleDeps, 'database' | 'cipher'>): JobDefinition<z.infer<typeof payload>> {
  return {
    name: DEDUPE_JOB,
    title: 'Duplicate detection over the person registry',
    payload,
    expireInSeconds: 3600,
    async handler(p, ctx) {
      return detectDuplicates(
        deps,
        {
          runId: ctx.runId,
          checkpoint: (ctx.checkpoint ?? null) as DuplicateCheckpoint | null,
          save: (tx, s) => ctx.saveProgress(tx, s),
        },
        { threshold: p.threshold, chunk: p.chunk },
      );
    },
  };
}
