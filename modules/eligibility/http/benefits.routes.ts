import { z } from 'zod';
import type { HttpApp } from '@hearth/platform';
import type { EligibilityDeps } from '../ports.js';
import { callerOf } from './caller.js';
import { idParams } from './applications.routes.js';
import { exportIssuance, exportIssuanceInput, getLedger, recordRepayment, repaymentInput, runIssuance, runIssuanceInput } from '../use-cases/benefits.js';
import { reportChange, reportChangeInput } from '../use-cases/report-change.js';

const tags = ['eligibility'];
const caseParams = z.object({ caseId: z.uuid() });

/** Benefits ledger, monthly issuance, EBT export, claims, and reported changes. */
export function registerBenefitRoutes(app: HttpApp, deps: EligibilityDeps) {
  app.get('/api/eligibility/cases/:caseId/ledger', {
    config: { permission: 'case.read' },
    schema: { tags, summary: 'Benefit ledger month by month (issuances, supplements, reductions), certification and claims', params: caseParams },
  }, async (req) => getLedger(callerOf(req), req.params.caseId, deps));

  app.post('/api/eligibility/issuance/run', {
    config: { permission: 'jobs.run' },
    schema: { tags, summary: 'Issue a benefit month for every active certification (idempotent; claims recouped by allotment reduction)', body: runIssuanceInput },
  }, async (req) => runIssuance(callerOf(req), req.body, deps));

  app.post('/api/eligibility/issuance/export', {
    config: { permission: 'jobs.run' },
    schema: { tags, summary: 'The EBT issuance file (CSV, columns in the README) of entries issued in a month and not exported before', body: exportIssuanceInput },
  }, async (req, reply) => {
    const out = await exportIssuance(callerOf(req), req.body, deps);
    return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="issuance-${req.body.month}.csv"`)
      .header('x-export-id', out.exportId).header('x-export-sha256', out.sha256).send(out.csv);
  });

  app.post('/api/eligibility/claims/:id/repayments', {
    config: { permission: 'case.write' },
    schema: { tags, summary: 'Record a repayment on an over-issuance claim', params: idParams, body: repaymentInput },
  }, async (req, reply) => reply.status(201).send(await recordRepayment(callerOf(req), req.params.id, req.body, deps)));

  app.post('/api/eligibility/cases/:caseId/changes', {
    config: { permission: 'case.finalize' },
    schema: { tags, summary: 'Report a change: versions the evidence, recomputes every affected month, compares old and new, routes the decision', params: caseParams, body: reportChangeInput },
  }, async (req, reply) => reply.status(201).send(await reportChange(callerOf(req), req.params.caseId, req.body, deps)));
}
