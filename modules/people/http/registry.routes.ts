import type { FastifyRequest } from 'fastify';
import type { HttpApp, JobQueue } from '@hearth/platform';
import type { Principal } from '@hearth/identity';
import { DEDUPE_JOB } from '../adapters/dedupe.job.js';
import { decideMatchPair } from '../use-cases/decide-match-pair.js';
import { listMatchPairs } from '../use-cases/list-match-pairs.js';
import { listPersonMerges } from '../use-cases/list-person-merges.js';
import { mergePeople } from '../use-cases/merge-people.js';
import type { PeopleDeps } from '../use-cases/ports.js';
import type { Viewer } from '../use-cases/shared.js';
import { unmergePeople } from '../use-cases/unmerge-people.js';
import { dedupeJobInput, parseInput } from '../domain/inputs.js';
import { idParams } from './people.schema.js';
import {
  dedupeRunResponseSchema,
  mergeListSchema,
  mergeResponseSchema,
  pairIdParams,
  pairQueueQuerystring,
  pairQueueSchema,
  pairSchema,
  registryBodies,
  unmergeResponseSchema,
} from './registry.schema.js';

const tags = ['registry'];

function viewerOf(request: FastifyRequest): Viewer {
  return { principal: request.principal as Principal, ip: request.ip };
}

/** Merge and unmerge, the duplicate review queue, and starting a duplicate-detection run. */
export function registerRegistryRoutes(app: HttpApp, deps: PeopleDeps & { jobs: JobQueue }) {
  app.post('/api/people/merges', {
    config: { permission: 'person.write' },
    schema: { tags, summary: 'Merge two records of the same person, choosing the surviving values (audited; undoable)', body: registryBodies.merge, response: { 201: mergeResponseSchema } },
  }, async (request, reply) => reply.status(201).send(await mergePeople(request.body, viewerOf(request), deps)));

  app.post('/api/people/merges/:id/undo', {
    config: { permission: 'person.write' },
    schema: { tags, summary: 'Undo a merge: restores both records, keeping what was added to either since', params: idParams, body: registryBodies.unmerge, response: { 200: unmergeResponseSchema } },
  }, async (request) => unmergePeople(request.params.id, request.body, viewerOf(request), deps));

  app.get('/api/people/:id/merges', {
    config: { permission: 'person.read' },
    schema: { tags, summary: 'Merges this person took part in, newest first', params: idParams, response: { 200: mergeListSchema } },
  }, async (request) => listPersonMerges(request.params.id, viewerOf(request), deps));

  app.get('/api/registry/pairs', {
    config: { permission: 'person.write' },
    schema: { tags, summary: 'The duplicate review queue: likely pairs, most probable first, with the field explanation', querystring: pairQueueQuerystring, response: { 200: pairQueueSchema } },
  }, async (request) => listMatchPairs(request.query, viewerOf(request), deps));

  app.post('/api/registry/pairs/:id/decision', {
    config: { permission: 'person.write' },
    schema: { tags, summary: 'Decide a pair: same person (then merge) or not the same (remembered, with a reason)', params: pairIdParams, body: registryBodies.decision, response: { 200: pairSchema } },
  }, async (request) => decideMatchPair(request.params.id, request.body, viewerOf(request), deps));

  app.post('/api/registry/duplicate-runs', {
    config: { permission: 'jobs.run' },
    schema: { tags, summary: 'Start duplicate detection over the whole registry (progress at /api/jobs)', body: registryBodies.dedupe, response: { 202: dedupeRunResponseSchema } },
  }, async (request, reply) => {
    const v = parseInput(dedupeJobInput, request.body ?? {});
    const runId = await deps.jobs.enqueue(DEDUPE_JOB, v, (request.principal as Principal).userId);
    return reply.status(202).send({ runId });
  });
}
