import { notFound } from '@hearth/kernel';
import { inTransaction, logAccess } from '@hearth/platform';
import { loadHouseholdDetail } from '../adapters/households.repo.js';
import { parseInput, uuidSchema } from '../domain/inputs.js';
import type { HouseholdDetail } from '../domain/person.js';
import type { PeopleDeps } from './ports.js';
import { actorOf, type Viewer } from './shared.js';

/** A household and its members over time (summaries: no addresses, so no family-violence exposure). Logged. */
export async function getHousehold(householdId: string, viewer: Viewer, deps: Pick<PeopleDeps, 'database'>): Promise<HouseholdDetail> {
  const id = parseInput(uuidSchema, householdId);
  const actor = actorOf(viewer);
  return inTransaction(deps.database, actor, async ({ tx }) => {
    const detail = await loadHouseholdDetail(tx, id);
    if (!detail) throw notFound('Household', id);
    await logAccess(tx, actor, { action: 'read', entityType: 'household', entityId: id, restricted: detail.members.some((m) => m.person.restricted) });
    return detail;
  });
}
