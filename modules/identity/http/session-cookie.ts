import type { FastifyReply } from 'fastify';
import type { HearthConfig } from '@hearth/platform';
import { SESSION_COOKIE } from '../use-cases/authenticate.js';

/** The session cookie, the same for password and single sign-on: HttpOnly, SameSite=Lax, Secure by config. */
export function setSessionCookie(reply: FastifyReply, sessionId: string, config: HearthConfig) {
  reply.setCookie(SESSION_COOKIE, sessionId, {
    path: '/',
    httpOnly: true,
    secure: config.session.cookieSecure,
    sameSite: 'lax',
    maxAge: config.session.maxHours * 3600,
  });
}
