import { z } from 'zod';
import { dedupeJobInput, mergeInput, pairDecisionInput, pairQueueInput, unmergeInput } from '../domain/inputs.js';
import { MERGE_FIELDS } from '../domain/merge.js';
import { personDetailSchema, personSummarySchema } from './people.schema.js';

/** Request and response shapes of the registry routes: merge, unmerge, the duplicate review queue. */

export const registryBodies = { merge: mergeInput, unmerge: unmergeInput, decision: pairDecisionInput, dedupe: dedupeJobInput };
export const pairQueueQuerystring = pairQueueInput;

const comparisonSchema = z.object({ field: z.string(), level: z.string(), weight: z.number(), explanation: z.string() });

export const mergeSummarySchema = z.object({
  id: z.uuid(),
  survivorId: z.uuid(),
  mergedId: z.uuid(),
  reason: z.string(),
  chosen: z.object(Object.fromEntries(MERGE_FIELDS.map((f) => [f, z.enum(['survivor', 'merged'])])) as Record<(typeof MERGE_FIELDS)[number], z.ZodEnum<{ survivor: 'survivor'; merged: 'merged' }>>),
  status: z.enum(['active', 'undone']),
  mergedAt: z.string(),
  unmergedAt: z.string().nullable(),
  moved: z.record(z.string(), z.number()),
});

export const mergeResponseSchema = z.object({ merge: mergeSummarySchema, survivor: personDetailSchema });
export const unmergeResponseSchema = z.object({ merge: mergeSummarySchema, survivor: personDetailSchema, restored: personSummarySchema });
export const mergeListSchema = z.object({ items: z.array(mergeSummarySchema) });

const pairBase = {
  id: z.uuid(),
  personAId: z.uuid(),
  personBId: z.uuid(),
  probability: z.number(),
  matchWeight: z.number(),
  comparisons: z.array(comparisonSchema),
  clusterId: z.uuid().nullable(),
  status: z.enum(['pending', 'same', 'not_same', 'merged']),
  source: z.enum(['dedupe_job', 'registration', 'review']),
  runId: z.uuid().nullable(),
  reason: z.string().nullable(),
  decidedBy: z.uuid().nullable(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
};
export const pairSchema = z.object(pairBase);
export const pairQueueSchema = z.object({
  items: z.array(z.object({ ...pairBase, a: personSummarySchema, b: personSummarySchema, explanation: z.array(comparisonSchema) })),
  total: z.number().int(),
});
export const pairIdParams = z.object({ id: z.uuid() });
export const dedupeRunResponseSchema = z.object({ runId: z.uuid() });
