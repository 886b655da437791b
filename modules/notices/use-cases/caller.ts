import type { Principal } from '@hearth/identity';
import type { Actor } from '@hearth/platform';

/** Who is calling: a signed-in principal (HTTP) or a trusted caller (another module's use case, a job). */
export interface Caller {
  principal: Principal;
  ip?: string;
}

export function actorFor(caller: Caller): Actor {
  return caller.ip ? { userId: caller.principal.userId, ip: caller.ip } : { userId: caller.principal.userId };
}
