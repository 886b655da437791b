import { z } from 'zod';
import rateLimit from '@fastify/rate-limit';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { HttpApp } from '@hearth/platform';
import type { EligibilityDeps } from '../ports.js';
import { callerOf } from './caller.js';
import { takeApplication, takeApplicationInput } from '../use-cases/take-application.js';
import { onlineApplicationInput, submitOnlineApplication } from '../use-cases/submit-online-application.js';
import { registerApplication, registerApplicationInput } from '../use-cases/register-application.js';
import { getApplication, listReceivedApplications } from '../use-cases/get-application.js';

const tags = ['eligibility'];
export const idParams = z.object({ id: z.uuid() });

/** Applications: taken by a worker, submitted online (public, rate limited), registered, read. */
export async function registerApplicationRoutes(app: HttpApp, deps: EligibilityDeps, opts: { publicPerMinute: number }) {
  app.post('/api/eligibility/applications', {
    config: { permission: 'case.write' },
    schema: { tags, summary: 'Take an application (SNAP, TANF, Medicaid together): opens one case per program and starts the processing clocks', body: takeApplicationInput },
  }, async (req, reply) => reply.status(201).send(await takeApplication(callerOf(req), req.body, deps)));

  app.get('/api/eligibility/applications', {
    config: { permission: 'case.write' },
    schema: { tags, summary: 'Online applications waiting to be registered (intake queue)' },
  }, async (req) => listReceivedApplications(callerOf(req), deps));

  app.get('/api/eligibility/applications/:id', {
    config: { permission: 'case.read' },
    schema: { tags, summary: 'An application with its programs, cases and household (logged read)', params: idParams },
  }, async (req) => getApplication(callerOf(req), req.params.id, deps));

  app.post('/api/eligibility/applications/:id/register', {
    config: { permission: 'case.write' },
    schema: { tags, summary: 'Register an online application: link members to people, open the cases, start clocks from the filing date', params: idParams, body: registerApplicationInput },
  }, async (req) => registerApplication(callerOf(req), req.params.id, req.body, deps));

  await app.register(async (plain) => {
    const scoped = plain.withTypeProvider<ZodTypeProvider>();
    await scoped.register(rateLimit, { max: opts.publicPerMinute, timeWindow: '1 minute' });
    scoped.post('/api/eligibility/public/applications', {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: 'Apply online (no sign-in; rate limited per address). Errors are in plain language.',
        body: onlineApplicationInput,
      },
    }, async (req, reply) => reply.status(201).send(await submitOnlineApplication(req.body, deps, { ip: req.ip })));
  });
}
