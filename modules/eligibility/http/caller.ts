import type { FastifyRequest } from 'fastify';
import { DomainError } from '@hearth/kernel';
import type { Principal } from '@hearth/identity';
import type { Caller } from '../use-cases/support/common.js';

/** The signed-in principal of a request (routes run after the permission check, so it is present). */
export function callerOf(request: FastifyRequest): Caller {
  if (!request.principal) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue');
  return { principal: request.principal as Principal, ip: request.ip };
}
