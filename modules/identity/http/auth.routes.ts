import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import rateLimit from '@fastify/rate-limit';
import type { HttpApp, PlatformContext } from '@hearth/platform';
import { login } from '../use-cases/login.js';
import { logout } from '../use-cases/logout.js';
import { SESSION_COOKIE } from '../use-cases/authenticate.js';
import { loadPrincipal } from '../adapters/staff.repo.js';
import type { Principal } from '../domain/principal.js';
import { setSessionCookie } from './session-cookie.js';
import { registerAuthMethodsRoute, registerOidcRoutes } from './oidc.routes.js';

export const userViewSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roleCode: z.string(),
  roleName: z.string(),
  level: z.number().nullable(),
  decisionsReviewed: z.boolean(),
  permissions: z.array(z.string()),
  unitIds: z.array(z.string()),
  leadUnitIds: z.array(z.string()),
  supervisorUnitIds: z.array(z.string()),
  programCodes: z.array(z.string()),
  preferredLanguage: z.enum(['en', 'es']),
});

export function toUserView(p: Principal): z.infer<typeof userViewSchema> {
  return {
    id: p.userId,
    username: p.username,
    displayName: p.displayName,
    roleCode: p.roleCode,
    roleName: p.roleName,
    level: p.level,
    decisionsReviewed: p.decisionsReviewed,
    permissions: [...p.permissions].sort(),
    unitIds: p.unitIds,
    leadUnitIds: p.leadUnitIds,
    supervisorUnitIds: p.supervisorUnitIds,
    programCodes: p.programCodes,
    preferredLanguage: p.preferredLanguage,
  };
}

/** What sign-in and GET /api/auth/session return. `today` is the agency's date (its time zone, the injected clock). */
export const sessionBody = z.object({ user: userViewSchema, csrfToken: z.string(), today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) });

export async function registerAuthRoutes(app: HttpApp, ctx: PlatformContext) {
  const { database, clock, config } = ctx;
  await app.register(async (plain) => {
    const scoped = plain.withTypeProvider<ZodTypeProvider>();
    // Throttling by address on top of per-account lockout.
    await scoped.register(rateLimit, { max: config.loginAttemptsPerMinute, timeWindow: '1 minute' });
    scoped.post('/api/auth/login', {
      config: { permission: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with a username and password',
        body: z.strictObject({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) }),
        response: { 200: sessionBody },
      },
    }, async (request, reply) => {
      const result = await login({ ...request.body, ip: request.ip, userAgent: request.headers['user-agent'] }, { database, clock, sessionHours: config.session.maxHours });
      const principal = (await loadPrincipal(database.db, result.userId, null))!;
      setSessionCookie(reply, result.sessionId, config);
      return { user: toUserView(principal), csrfToken: result.csrfToken, today: clock.today() };
    });
    registerOidcRoutes(scoped, ctx);
  });
  registerAuthMethodsRoute(app, ctx);

  app.post('/api/auth/logout', { config: { permission: 'authenticated' }, schema: { tags: ['auth'], summary: 'Sign out' } }, async (request, reply) => {
    const p = request.principal as Principal;
    if (p.sessionId) await logout(request.cookies[SESSION_COOKIE]!, p.userId, { database, clock });
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send();
  });

  app.get('/api/auth/session', { config: { permission: 'authenticated' }, schema: { tags: ['auth'], summary: 'The signed-in user and their CSRF token', response: { 200: sessionBody } } }, async (request) => {
    return { user: toUserView(request.principal as Principal), csrfToken: (request as any).csrfToken as string, today: clock.today() };
  });
}
