import { z } from 'zod';
import type { HttpApp } from '@hearth/platform';
import type { EligibilityDeps } from '../ports.js';
import { callerOf } from './caller.js';
import { idParams } from './applications.routes.js';
import { listEvidence, listEvidenceQuery, recordEvidence, recordEvidenceInput, reviseEvidence, reviseEvidenceInput } from '../use-cases/record-evidence.js';
import { listVerifications, receiveVerification, receiveVerificationInput, requestVerification, requestVerificationInput } from '../use-cases/request-verification.js';
import { sweepVerifications } from '../use-cases/sweep-verifications.js';
import { dateString } from '../use-cases/support/common.js';

const tags = ['eligibility'];
const keyParams = z.object({ key: z.uuid() });

/** Interview and evidence: effective-dated items with versions, verification requests and the missed-deadline sweep. */
export function registerEvidenceRoutes(app: HttpApp, deps: EligibilityDeps) {
  app.post('/api/eligibility/applications/:id/evidence', {
    config: { permission: 'case.write' },
    schema: { tags, summary: 'Record evidence (member, income, expense, resource, address, trust, annuity, life insurance, property, transfer)', params: idParams, body: recordEvidenceInput },
  }, async (req, reply) => reply.status(201).send(await recordEvidence(callerOf(req), req.params.id, req.body, deps)));

  app.get('/api/eligibility/applications/:id/evidence', {
    config: { permission: 'case.read' },
    schema: { tags, summary: 'Evidence: current items, or every version; as known on a date; in force in a month', params: idParams, querystring: listEvidenceQuery },
  }, async (req) => listEvidence(callerOf(req), req.params.id, req.query, deps));

  app.post('/api/eligibility/evidence/:key/versions', {
    config: { permission: 'case.write' },
    schema: { tags, summary: 'A new version of an evidence item (correction, verification, end date, retraction); never an overwrite', params: keyParams, body: reviseEvidenceInput },
  }, async (req, reply) => reply.status(201).send(await reviseEvidence(callerOf(req), req.params.key, req.body, deps)));

  app.post('/api/eligibility/applications/:id/verification-requests', {
    config: { permission: 'case.write' },
    schema: { tags, summary: 'Ask for proof by a due date (≥ 10 days); queues the verification-request notice', params: idParams, body: requestVerificationInput },
  }, async (req, reply) => reply.status(201).send(await requestVerification(callerOf(req), req.params.id, req.body, deps)));

  app.get('/api/eligibility/applications/:id/verification-requests', {
    config: { permission: 'case.read' },
    schema: { tags, summary: 'Verification requests of an application', params: idParams },
  }, async (req) => listVerifications(callerOf(req), req.params.id, deps));

  app.post('/api/eligibility/verification-requests/:id/receive', {
    config: { permission: 'case.write' },
    schema: { tags, summary: 'Proof received: closes the request and verifies its evidence item', params: idParams, body: receiveVerificationInput },
  }, async (req) => receiveVerification(callerOf(req), req.params.id, req.body, deps));

  app.post('/api/eligibility/sweeps/verifications', {
    config: { permission: 'jobs.run' },
    schema: { tags, summary: 'Run the missed-verification sweep now (it also runs as the daily job eligibility.verification-sweep)', body: z.strictObject({ asOf: dateString.optional() }) },
  }, async (req) => sweepVerifications(deps, { today: req.body.asOf ?? deps.clock.today() }));
}
