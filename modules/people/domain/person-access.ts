import { decideAccess, maySeeProtectedContact, type Principal, type ScopedRecord } from '@hearth/identity';

/**
 * Who may open a person record. People know nothing of cases: the caller supplies the person's scoped
 * records (their cases, through PersonScopePort) and whether the viewer holds a live break-the-glass grant.
 *
 * - No records: anyone with person.read sees an unrestricted person (the registry is shared);
 *   a restricted one opens only for a viewer who sees everything (auditor) or by breaking the glass.
 * - With records: allowed if the identity access policy allows any one of them. The person's own flags
 *   count as restrictions on each record, so a family-violence flag is not lost on an unflagged case.
 * - Protected contact (address, employer under a family-violence flag) only for a viewer whose caseload
 *   holds one of the records.
 */
export type PersonAccess =
  | { allowed: true; basis: 'registry' | 'assigned' | 'unit' | 'lead' | 'program' | 'everything' | 'break_glass'; maySeeProtected: boolean }
  | { allowed: false; reason: 'restricted' | 'outside_scope' };

export function decidePersonAccess(viewer: Principal, person: { restricted: boolean }, records: ScopedRecord[], hasGrant: boolean): PersonAccess {
  if (records.length === 0) {
    if (viewer.seesEverything) return { allowed: true, basis: 'everything', maySeeProtected: false };
    if (!person.restricted) return { allowed: true, basis: 'registry', maySeeProtected: false };
    if (hasGrant) return { allowed: true, basis: 'break_glass', maySeeProtected: false };
    return { allowed: false, reason: 'restricted' };
  }
  const decisions = records.map((r) => decideAccess(viewer, { ...r, restricted: r.restricted || person.restricted }, hasGrant));
  const allowed = decisions.filter((d) => d.kind === 'allow');
  if (allowed.length === 0) {
    const restricted = decisions.some((d) => d.kind === 'break_glass_required' && d.reason === 'restricted');
    return { allowed: false, reason: restricted ? 'restricted' : 'outside_scope' };
  }
  const rank = ['assigned', 'lead', 'program', 'unit', 'everything', 'break_glass'] as const;
  const best = rank.find((b) => allowed.some((d) => d.kind === 'allow' && d.basis === b)) ?? 'unit';
  return { allowed: true, basis: best, maySeeProtected: allowed.some((d) => maySeeProtectedContact(d)) };
}
