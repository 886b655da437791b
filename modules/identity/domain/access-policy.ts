import type { Principal } from './principal.js';

/** What the access policy needs to know about a case (or a person, through their cases). */
export interface ScopedRecord {
  assignedWorkerId: string | null;
  unitId: string | null;
  programCode: string;
  /** Any confidentiality flag: family violence, sealed, employee/VIP, federal tax information. */
  restricted: boolean;
}

export type AccessDecision =
  | { kind: 'allow'; basis: 'assigned' | 'unit' | 'lead' | 'program' | 'everything' | 'break_glass' }
  | { kind: 'break_glass_required'; reason: 'restricted' | 'outside_scope' };

/**
 * Scope: a worker sees cases assigned to them or their unit; a lead and a supervisor their units;
 * a program manager their programs; an auditor everything (read-only, by permissions).
 * A restricted record outside one's own caseload opens only by breaking the glass with a reason.
 * "Caseload" = assigned to me, or in a unit I lead or supervise, or in a program I manage.
 */
export function decideAccess(p: Principal, r: ScopedRecord, hasBreakGlassGrant: boolean): AccessDecision {
  if (p.seesEverything) return { kind: 'allow', basis: 'everything' };
  if (r.assignedWorkerId && r.assignedWorkerId === p.userId) return { kind: 'allow', basis: 'assigned' };
  if (r.unitId && (p.leadUnitIds.includes(r.unitId) || p.supervisorUnitIds.includes(r.unitId))) return { kind: 'allow', basis: 'lead' };
  if (p.programCodes.includes(r.programCode)) return { kind: 'allow', basis: 'program' };
  const inUnit = r.unitId !== null && p.unitIds.includes(r.unitId);
  if (inUnit && !r.restricted) return { kind: 'allow', basis: 'unit' };
  if (hasBreakGlassGrant) return { kind: 'allow', basis: 'break_glass' };
  return { kind: 'break_glass_required', reason: r.restricted ? 'restricted' : 'outside_scope' };
}

/** Who may see a family-violence–protected address or employer: only those whose caseload holds the record. */
export function maySeeProtectedContact(decision: AccessDecision): boolean {
  return decision.kind === 'allow' && decision.basis !== 'break_glass' && decision.basis !== 'unit' && decision.basis !== 'everything';
}
