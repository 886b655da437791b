import { z } from 'zod';
import type { HttpApp } from '@hearth/platform';
import type { EligibilityDeps } from '../ports.js';
import { callerOf } from './caller.js';
import { idParams } from './applications.routes.js';
import { sweepRenewals } from '../use-cases/sweep-renewals.js';
import { assessLtc, ltcInput } from '../use-cases/assess-ltc.js';
import { packetData, packetInput, packetPdf } from '../use-cases/hearing-packet.js';
import { caseloadQuery, caseloadReport, pendingReport, timelinessQuery, timelinessReport } from '../use-cases/reports.js';
import { dateString } from '../use-cases/support/common.js';

const tags = ['eligibility'];
const caseParams = z.object({ caseId: z.uuid() });

/** Renewals sweep, long-term-care assessment, hearing packet, reports. */
export function registerMoreRoutes(app: HttpApp, deps: EligibilityDeps) {
  app.post('/api/eligibility/sweeps/renewals', {
    config: { permission: 'jobs.run' },
    schema: { tags, summary: 'Raise renewals (notice, task, clock) for certifications reaching their window; lapse those that ended unrenewed (closure notice)', body: z.strictObject({ asOf: dateString.optional() }) },
  }, async (req) => sweepRenewals(deps, { today: req.body.asOf ?? deps.clock.today() }));

  app.post('/api/eligibility/applications/:id/ltc-assessment', {
    config: { permission: 'case.read' },
    schema: { tags, summary: 'Medicaid long-term care: countable legal resources, 60-month look-back and transfer penalty', params: idParams, body: ltcInput },
  }, async (req) => assessLtc(callerOf(req), req.params.id, req.body, deps));

  app.post('/api/eligibility/cases/:caseId/packet-data', {
    config: { permission: 'case.read' },
    schema: { tags, summary: 'Hearing/inquiry packet data for a case and date (JSON, the input of the notices module\'s bundler)', params: caseParams, body: packetInput },
  }, async (req) => packetData(callerOf(req), req.params.caseId, req.body, deps));

  app.post('/api/eligibility/cases/:caseId/packet', {
    config: { permission: 'case.read' },
    schema: { tags, summary: 'Hearing/inquiry packet as one tagged PDF', params: caseParams, body: packetInput },
  }, async (req, reply) => reply.header('content-type', 'application/pdf').send(await packetPdf(callerOf(req), req.params.caseId, req.body, deps)));

  app.get('/api/eligibility/reports/timeliness', {
    config: { permission: 'workload.balance' },
    schema: { tags, summary: 'Application processing timeliness: share decided within 30 days (7 expedited)', querystring: timelinessQuery },
  }, async (req) => timelinessReport(callerOf(req), req.query, deps));

  app.get('/api/eligibility/reports/pending', {
    config: { permission: 'workload.balance' },
    schema: { tags, summary: 'Pending applications by program and age' },
  }, async (req) => pendingReport(callerOf(req), deps));

  app.get('/api/eligibility/reports/caseload', {
    config: { permission: 'workload.balance' },
    schema: { tags, summary: 'Caseload and benefits by program and month', querystring: caseloadQuery },
  }, async (req) => caseloadReport(callerOf(req), req.query, deps));
}
