import { z } from 'zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '@hearth/kernel';
import { HTTP_STATUS_BY_CODE, type HttpApp, type PlatformContext } from '@hearth/platform';
import { createOidcProvider } from '../adapters/oidc-client.js';
import { startOidcLogin, OIDC_LOGIN_MINUTES } from '../use-cases/start-oidc-login.js';
import { finishOidcLogin } from '../use-cases/finish-oidc-login.js';
import { setSessionCookie } from './session-cookie.js';

export const OIDC_COOKIE = 'hearth_oidc';
const OIDC_PATH = '/api/auth/oidc';

/** What GET /api/auth/methods answers: the web app shows the SSO button when `oidc` is not null. */
export const authMethodsSchema = z.object({
  password: z.literal(true),
  oidc: z.object({ label: z.string(), loginUrl: z.string() }).nullable(),
});

export function registerAuthMethodsRoute(app: HttpApp, ctx: PlatformContext) {
  const settings = ctx.config.oidc;
  app.get('/api/auth/methods', {
    config: { permission: 'public' },
    schema: { tags: ['auth'], summary: 'Which sign-in methods this Hearth offers', response: { 200: authMethodsSchema } },
  }, async () => ({ password: true as const, oidc: settings ? { label: settings.label, loginUrl: `${OIDC_PATH}/login` } : null }));
}

/**
 * Single sign-on routes, registered in the rate-limited scope of the password sign-in (same per-address throttle).
 * The callback is a browser navigation: errors are an HTML page for browsers, the usual JSON error otherwise.
 */
export function registerOidcRoutes(scoped: HttpApp, ctx: PlatformContext) {
  const { database, clock, config } = ctx;
  const settings = config.oidc;
  const provider = settings ? createOidcProvider(settings) : null;

  const notConfigured = () => new DomainError('NOT_FOUND', 'Single sign-on is not configured on this Hearth (HEARTH_OIDC_ISSUER).');

  scoped.get(`${OIDC_PATH}/login`, {
    config: { permission: 'public' },
    schema: {
      tags: ['auth'],
      summary: 'Start single sign-on: redirects to the identity provider (authorization code + PKCE)',
      querystring: z.strictObject({ returnTo: z.string().max(500).optional() }),
    },
  }, async (request, reply) => {
    if (!provider) throw notConfigured();
    try {
      const started = await startOidcLogin({ returnTo: request.query.returnTo }, { database, clock, provider });
      reply.setCookie(OIDC_COOKIE, started.loginId, {
        path: OIDC_PATH,
        httpOnly: true,
        secure: config.session.cookieSecure,
        sameSite: 'lax', // sent on the provider's top-level redirect back to the callback
        maxAge: OIDC_LOGIN_MINUTES * 60,
      });
      return reply.redirect(started.redirectTo, 302);
    } catch (err) {
      return sendSsoError(request, reply, err);
    }
  });

  scoped.get(`${OIDC_PATH}/callback`, {
    config: { permission: 'public' },
    schema: {
      tags: ['auth'],
      summary: 'Where the identity provider returns: checks state, PKCE and nonce, matches the user, starts a session',
      // Providers add their own parameters (iss, session_state…): unknown ones are allowed here.
      querystring: z.looseObject({
        code: z.string().max(2000).optional(),
        state: z.string().max(500).optional(),
        error: z.string().max(200).optional(),
        error_description: z.string().max(2000).optional(),
      }),
    },
  }, async (request, reply) => {
    if (!provider || !settings) throw notConfigured();
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
    const callbackUrl = new URL(`${settings.redirectUri.split('?')[0]}${query}`);
    reply.clearCookie(OIDC_COOKIE, { path: OIDC_PATH });
    try {
      const done = await finishOidcLogin(
        { loginId: request.cookies[OIDC_COOKIE], callbackUrl, ip: request.ip, userAgent: request.headers['user-agent'] },
        { database, clock, provider, sessionHours: config.session.maxHours },
      );
      setSessionCookie(reply, done.sessionId, config);
      return reply.redirect(done.returnTo, 302);
    } catch (err) {
      return sendSsoError(request, reply, err);
    }
  });
}

function sendSsoError(request: FastifyRequest, reply: FastifyReply, err: unknown) {
  let status: number;
  let body: { code: string; message: string; details: Array<{ path: string; message: string }>; reason?: unknown };
  if (err instanceof DomainError) {
    status = HTTP_STATUS_BY_CODE[err.code];
    body = { code: err.code, message: err.message, details: err.details, reason: err.data?.reason };
    if (err.data?.detail) request.log.warn({ reason: err.data.reason, detail: err.data.detail }, 'single sign-on refused');
  } else {
    // The provider could not be reached or answered nonsense (discovery, token endpoint): not the user's doing.
    request.log.error({ err }, 'single sign-on provider unavailable');
    status = 502;
    body = { code: 'SSO_UNAVAILABLE', message: 'The identity provider could not be reached. Try again, or sign in with your Hearth password.', details: [] };
  }
  if (!String(request.headers.accept ?? '').includes('text/html')) return reply.status(status).send(body);
  return reply.status(status).type('text/html; charset=utf-8').send(ssoErrorPage(body.message));
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A plain, accessible page for a browser that came back from the provider and could not be signed in. */
export function ssoErrorPage(message: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign-in refused — Hearth</title>
<style>body{font-family:"Public Sans",system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}
.alert{border-left:.5rem solid #b50909;background:#f4e3db;padding:1rem 1.25rem}a{color:#005ea2}</style></head>
<body><main><h1>You are not signed in</h1><div class="alert" role="alert"><p>${escapeHtml(message)}</p></div>
<p><a href="/">Back to the sign-in page</a></p></main></body></html>`;
}
