import { inTransaction } from '@hearth/platform';
import { household, householdMember } from '../db/schema.js';
import { existingPersonIds } from '../adapters/people.repo.js';
import { loadHouseholdDetail } from '../adapters/households.repo.js';
import { createHouseholdInput, invalid, parseInput } from '../domain/inputs.js';
import type { HouseholdDetail } from '../domain/person.js';
import type { PeopleDeps } from './ports.js';
import { HOUSEHOLD_CONFLICTS } from './household-shared.js';
import { actorOf, conflictFrom, type Viewer } from './shared.js';

/** Creates a household, optionally with its first members. */
export async function createHousehold(input: unknown, viewer: Viewer, deps: Pick<PeopleDeps, 'database'>): Promise<HouseholdDetail> {
  const v = parseInput(createHouseholdInput, input);
  return inTransaction(deps.database, actorOf(viewer), async ({ tx, audit }) => {
    const known = await existingPersonIds(tx, v.members.map((m) => m.personId));
    v.members.forEach((m, i) => {
      if (!known.has(m.personId)) throw invalid(`members.${i}.personId`, 'no such person');
    });
    const [h] = await tx.insert(household).values({ name: v.name, createdBy: viewer.principal.userId }).returning();
    const id = h!.id;
    if (v.members.length > 0) {
      try {
        await tx.insert(householdMember).values(v.members.map((m) => ({ householdId: id, ...m, createdBy: viewer.principal.userId })));
      } catch (err) {
        conflictFrom(err, HOUSEHOLD_CONFLICTS);
      }
    }
    audit({ action: 'household.created', entityType: 'household', entityId: id, before: null, after: { name: v.name, members: v.members } });
    for (const m of v.members) {
      audit({ action: 'household.member_added', entityType: 'household', entityId: id, personId: m.personId, before: null, after: m });
    }
    return (await loadHouseholdDetail(tx, id))!;
  });
}
