import type { FastifyRequest } from 'fastify';
import { DomainError } from '@hearth/kernel';
import type { Database, Clock } from '@hearth/platform';
import { findSession, touchSession } from '../adapters/session.repo.js';
import { loadPrincipal } from '../adapters/staff.repo.js';
import { sessionState } from '../domain/login-policy.js';
import type { Principal } from '../domain/principal.js';

export const SESSION_COOKIE = 'hearth_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Finds the signed-in user from the session cookie. Unsafe methods must echo the session's CSRF token
 * in the x-csrf-token header (synchronizer token), on top of SameSite=Lax cookies.
 */
export function createAuthenticator(deps: { database: Database; clock: Clock; idleMinutes: number }) {
  return async function authenticate(request: FastifyRequest): Promise<Principal | null> {
    const id = request.cookies?.[SESSION_COOKIE];
    if (!id) return null;
    const session = await findSession(deps.database.db, id);
    if (!session) return null;
    const now = deps.clock.now();
    if (sessionState(session, now, deps.idleMinutes) !== 'active') return null;
    if (!SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== session.csrfToken) {
      throw new DomainError('CSRF', 'The request is missing its security token. Reload the page and try again.');
    }
    if (now.getTime() - session.lastSeenAt.getTime() > 60_000) await touchSession(deps.database.db, session.idHash, now);
    const principal = await loadPrincipal(deps.database.db, session.userId, session.idHash);
    if (principal) (request as any).csrfToken = session.csrfToken;
    return principal;
  };
}
