import type { Principal } from '@hearth/identity';
import type { UnitOfWork } from '@hearth/platform';

/** Who is calling a use case: the signed-in principal and, from HTTP, their address. */
export interface Caller {
  principal: Principal;
  ip?: string;
}

export function actorFor(caller: Caller) {
  return caller.ip ? { userId: caller.principal.userId, ip: caller.ip } : { userId: caller.principal.userId };
}

/** Records a change with the entity's full row after it (the as-of view replays these). */
export function record(
  uow: UnitOfWork,
  e: { action: string; entityType: string; row: { id: string }; caseId: string; personId?: string | null; before?: unknown; reason?: string | null },
): void {
  uow.audit({
    action: e.action,
    entityType: e.entityType,
    entityId: e.row.id,
    caseId: e.caseId,
    personId: e.personId ?? null,
    reason: e.reason ?? null,
    before: e.before ?? null,
    after: e.row,
  });
}

/** Every unit the principal works in, leads or supervises. */
export function allUnits(p: Principal): string[] {
  return [...new Set([...p.unitIds, ...p.leadUnitIds, ...p.supervisorUnitIds])];
}
