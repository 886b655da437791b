import type { HttpApp } from '@hearth/platform';
import type { CasesDeps } from '../ports.js';
import * as s from './cases.schema.js';
import { callerOf } from './caller.js';
import { listReviews } from '../use-cases/list-reviews.js';
import { approveReview, returnReview } from '../use-cases/decide-review.js';
import { getWorkload, suggestWorker } from '../use-cases/get-workload.js';
import { reassignCases } from '../use-cases/reassign-cases.js';

/** The review queue for level I actions, and workload balancing for leads. */
export function registerReviewAndWorkloadRoutes(app: HttpApp, deps: CasesDeps) {
  const tags = ['reviews'];
  app.get('/api/reviews', { config: { permission: 'case.read' }, schema: { tags, querystring: s.reviewsQuery } }, async (req) => listReviews(callerOf(req), req.query, deps));
  app.post('/api/reviews/:id/approve', { config: { permission: 'review.decide' }, schema: { tags, params: s.idParams, body: s.approveReviewInput.optional() } }, async (req) =>
    approveReview(callerOf(req), req.params.id, req.body ?? {}, deps),
  );
  app.post('/api/reviews/:id/return', { config: { permission: 'review.decide' }, schema: { tags, params: s.idParams, body: s.returnReviewInput } }, async (req) =>
    returnReview(callerOf(req), req.params.id, req.body, deps),
  );

  const wtags = ['workload'];
  app.get('/api/workload', { config: { permission: 'workload.balance' }, schema: { tags: wtags, querystring: s.workloadQuery } }, async (req) => getWorkload(callerOf(req), req.query, deps));
  app.get('/api/workload/suggest', { config: { permission: 'case.assign' }, schema: { tags: wtags, querystring: s.suggestQuery } }, async (req) => suggestWorker(callerOf(req), req.query, deps));
  app.post('/api/workload/reassign', { config: { permission: 'workload.balance' }, schema: { tags: wtags, body: s.reassignCasesInput } }, async (req) =>
    reassignCases(callerOf(req), req.body, deps),
  );
}
