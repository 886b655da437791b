import { inTransaction, logAccess } from '@hearth/platform';
import { personAccessGrant } from '../db/schema.js';
import { breakGlassInput, parseInput } from '../domain/inputs.js';
import type { PeopleDeps } from './ports.js';
import { actorOf, requirePerson, type Viewer } from './shared.js';

/** How long a break-the-glass grant lasts. */
export const BREAK_GLASS_HOURS = 8;

/**
 * Opens a restricted person (or one outside the caseload) to this user for BREAK_GLASS_HOURS, with a stated
 * reason. Logged in the access log (action 'break_glass') for supervisors to review, and in the audit chain.
 */
export async function breakGlass(
  personId: string,
  input: unknown,
  viewer: Viewer,
  deps: Pick<PeopleDeps, 'database' | 'clock'>,
): Promise<{ personId: string; expiresAt: string }> {
  const v = parseInput(breakGlassInput, input);
  const actor = actorOf(viewer);
  return inTransaction(deps.database, actor, async ({ tx, audit }) => {
    const row = await requirePerson(tx, personId, { allowMerged: true });
    const now = deps.clock.now();
    const expiresAt = new Date(now.getTime() + BREAK_GLASS_HOURS * 3_600_000);
    const [grant] = await tx
      .insert(personAccessGrant)
      .values({ userId: viewer.principal.userId, personId, reason: v.reason, grantedAt: now, expiresAt })
      .returning({ id: personAccessGrant.id });
    await logAccess(tx, actor, { action: 'break_glass', entityType: 'person', entityId: personId, personId, reason: v.reason, restricted: Boolean(row.restricted) });
    audit({
      action: 'person.break_glass',
      entityType: 'person_access_grant',
      entityId: grant!.id,
      personId,
      reason: v.reason,
      after: { userId: viewer.principal.userId, expiresAt: expiresAt.toISOString() },
    });
    return { personId, expiresAt: expiresAt.toISOString() };
  });
}
