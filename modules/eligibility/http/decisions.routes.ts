import { z } from 'zod';
import type { HttpApp } from '@hearth/platform';
import type { EligibilityDeps } from '../ports.js';
import { callerOf } from './caller.js';
import { idParams } from './applications.routes.js';
import { determineEligibility, determineInput } from '../use-cases/determine-eligibility.js';
import { approveDecision, approveDecisionInput, getDecision, listDecisions, returnDecision, returnDecisionInput, submitProposedDecision } from '../use-cases/decide-decision.js';
import { getDetermination, replayDetermination } from '../use-cases/replay-determination.js';

const tags = ['eligibility'];
const caseParams = z.object({ caseId: z.uuid() });

/** Determinations and decisions: evaluate months, review routing, approval, return, replay. */
export function registerDecisionRoutes(app: HttpApp, deps: EligibilityDeps) {
  app.post('/api/eligibility/cases/:caseId/determinations', {
    config: { permission: 'case.finalize' },
    schema: { tags, summary: 'Determine eligibility month by month from the evidence in force; a Case Manager I\'s decision goes to review', params: caseParams, body: determineInput },
  }, async (req, reply) => reply.status(201).send(await determineEligibility(callerOf(req), req.params.caseId, req.body, deps)));

  app.get('/api/eligibility/cases/:caseId/decisions', {
    config: { permission: 'case.read' },
    schema: { tags, summary: 'Decisions on a case with their determinations (numbers beside explanations)', params: caseParams },
  }, async (req) => listDecisions(callerOf(req), req.params.caseId, deps));

  app.get('/api/eligibility/decisions/:id', { config: { permission: 'case.read' }, schema: { tags, summary: 'A decision with its determinations', params: idParams } },
    async (req) => getDecision(callerOf(req), req.params.id, deps));

  app.post('/api/eligibility/decisions/:id/approve', {
    config: { permission: 'review.decide' },
    schema: { tags, summary: 'Approve a decision waiting for review (lead or supervisor of the unit): it takes effect now', params: idParams, body: approveDecisionInput },
  }, async (req) => approveDecision(callerOf(req), req.params.id, req.body, deps));

  app.post('/api/eligibility/decisions/:id/return', {
    config: { permission: 'review.decide' },
    schema: { tags, summary: 'Return a decision to its worker with comments', params: idParams, body: returnDecisionInput },
  }, async (req) => returnDecision(callerOf(req), req.params.id, req.body, deps));

  app.post('/api/eligibility/decisions/:id/submit', {
    config: { permission: 'case.finalize' },
    schema: { tags, summary: 'Send a proposed decision (e.g. a procedural denial raised by the sweep)', params: idParams, body: z.strictObject({}) },
  }, async (req) => submitProposedDecision(callerOf(req), req.params.id, deps));

  app.get('/api/eligibility/determinations/:id', { config: { permission: 'case.read' }, schema: { tags, summary: 'A stored determination with facts, result, trace and explanation', params: idParams } },
    async (req) => getDetermination(callerOf(req), req.params.id, deps));

  app.post('/api/eligibility/determinations/:id/replay', {
    config: { permission: 'case.read' },
    schema: { tags, summary: 'Re-evaluate a stored determination with its stored facts and as-of date and show whether it matches', params: idParams, body: z.strictObject({}).optional() },
  }, async (req) => replayDetermination(callerOf(req), req.params.id, deps));
}
