import path from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import { z } from 'zod';
import {
  createHttpApp, createJobQueue, createDocumentStorage, systemClock, withClock,
  type Clock, type Database, type DocumentStorage, type HearthConfig, type HttpApp, type JobQueue, type PlatformContext,
} from '@hearth/platform';
import { createAuthenticator, createStaffDirectory, identityModule } from '@hearth/identity';
import { peopleModule, getPersonSummaries, displayName } from '@hearth/people';
import { casesModule, scopedRecordsFor, casePersonMergeParticipant } from '@hearth/cases';
import { eligibilityModule } from '@hearth/eligibility';
import { noticesModule, sqlCaseAccess } from '@hearth/notices';
import { createFieldCipher } from '@hearth/platform';
import { VERSION } from './version.js';
import { registerScreenRoutes } from './routes/screen.routes.js';

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export interface BuildOptions {
  config: HearthConfig;
  database: Database;
  clock?: Clock;
  storage?: DocumentStorage;
  jobs?: JobQueue;
  logger?: boolean;
  serveWeb?: boolean;
}

export interface HearthServer {
  app: HttpApp;
  ctx: PlatformContext;
}

/** The composition root: wires platform services and every module into one HTTP app. */
export async function buildServer(opts: BuildOptions): Promise<HearthServer> {
  const clock = opts.clock ?? systemClock(opts.config.timeZone);
  // Audit and access-log timestamps come from the same clock as everything else.
  const database = withClock(opts.database, clock);
  const storage = opts.storage ?? createDocumentStorage(opts.config.storage);
  const jobs = opts.jobs ?? createJobQueue(database);
  const ctx: PlatformContext = { database, config: opts.config, clock, jobs, storage };
  const app = await createHttpApp({
    logger: opts.logger ? { level: opts.config.logLevel } : false,
    bodyLimit: 1024 * 1024,
    authenticate: createAuthenticator({ database, clock, idleMinutes: opts.config.session.idleMinutes }),
    version: VERSION,
    pageFallback: opts.serveWeb !== false && existsSync(webDist) ? (_request, reply) => reply.sendFile('index.html') : undefined,
  });

  app.get('/api/health', {
    config: { permission: 'public' },
    schema: { tags: ['system'], summary: 'Readiness', response: { 200: z.object({ status: z.literal('ok'), database: z.string(), version: z.string() }) } },
  }, async () => {
    await opts.database.pool.query('SELECT 1');
    return { status: 'ok' as const, database: opts.database.kind, version: VERSION };
  });

  app.get('/api/jobs', { config: { permission: 'jobs.read' }, schema: { tags: ['jobs'], summary: 'Recent background jobs with progress' } }, async () => ({ items: await jobs.list(50) }));
  app.get('/api/jobs/:id', { config: { permission: 'jobs.read' }, schema: { tags: ['jobs'], params: z.object({ id: z.uuid() }) } }, async (request) => {
    const run = await jobs.get(request.params.id);
    if (!run) throw Object.assign(new Error('No such job'), { statusCode: 404 });
    return run;
  });

  await registerScreenRoutes(app, { perMinute: Math.max(60, opts.config.loginAttemptsPerMinute) });

  for (const module of composeModules(opts.config)) {
    await module.registerRoutes(app, ctx, undefined);
  }

  if (opts.serveWeb !== false && existsSync(webDist)) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false });
  }
  return { app, ctx };
}

/** Wires the modules' ports to each other: people ← cases (scope), cases ← identity (staff) and people (names). */
function composeModules(config: HearthConfig) {
  if (!config.secretKey) throw new Error('No encryption key: set HEARTH_SECRET_KEY (demo mode generates one)');
  const cipher = createFieldCipher(config.secretKey);
  const staff = createStaffDirectory();
  const cases = casesModule({
      staff,
      people: {
        async exists(personId, tx) {
          return (await getPersonSummaries(tx, [personId])).length === 1;
        },
        async names(ids, tx) {
          return new Map((await getPersonSummaries(tx, ids)).map((p) => [p.id, displayName(p)]));
        },
      },
  });
  return [
    identityModule,
    peopleModule({ cipher, scope: { scopedRecordsFor }, mergeParticipants: [casePersonMergeParticipant] }),
    cases,
    noticesModule({ cases: sqlCaseAccess }),
    eligibilityModule({ cases: (ctx) => cases.deps(ctx) }),
  ];
}
