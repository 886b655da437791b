import { notFound } from '@hearth/kernel';
import { inTransaction } from '@hearth/platform';
import { householdMember } from '../db/schema.js';
import { findPerson } from '../adapters/people.repo.js';
import { findHousehold, loadHouseholdDetail } from '../adapters/households.repo.js';
import { householdMemberInput, invalid, parseInput } from '../domain/inputs.js';
import type { HouseholdDetail } from '../domain/person.js';
import type { PeopleDeps } from './ports.js';
import { HOUSEHOLD_CONFLICTS } from './household-shared.js';
import { actorOf, conflictFrom, type Viewer } from './shared.js';

/** Adds a person to a household from a date (membership is kept over time, never overwritten). */
export async function addHouseholdMember(householdId: string, input: unknown, viewer: Viewer, deps: Pick<PeopleDeps, 'database'>): Promise<HouseholdDetail> {
  const v = parseInput(householdMemberInput, input);
  return inTransaction(deps.database, actorOf(viewer), async ({ tx, audit }) => {
    if (!(await findHousehold(tx, householdId))) throw notFound('Household', householdId);
    const member = await findPerson(tx, v.personId);
    if (!member) throw invalid('personId', 'no such person');
    if (member.mergedInto) throw invalid('personId', `this record was merged into ${member.mergedInto}`);
    try {
      await tx.insert(householdMember).values({ householdId, ...v, createdBy: viewer.principal.userId });
    } catch (err) {
      conflictFrom(err, HOUSEHOLD_CONFLICTS);
    }
    audit({ action: 'household.member_added', entityType: 'household', entityId: householdId, personId: v.personId, before: null, after: v });
    return (await loadHouseholdDetail(tx, householdId))!;
  });
}
