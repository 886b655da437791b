import { eq } from 'drizzle-orm';
import { DomainError } from '@hearth/kernel';
import { inTransaction } from '@hearth/platform';
import { householdMember } from '../db/schema.js';
import { activeMembership } from '../adapters/people.repo.js';
import { loadHouseholdDetail } from '../adapters/households.repo.js';
import { endMembershipInput, invalid, parseInput } from '../domain/inputs.js';
import type { HouseholdDetail } from '../domain/person.js';
import type { PeopleDeps } from './ports.js';
import { actorOf, type Viewer } from './shared.js';

/** Ends a person's current membership in a household on a date (the last day they were a member). */
export async function endHouseholdMembership(
  householdId: string,
  personId: string,
  input: unknown,
  viewer: Viewer,
  deps: Pick<PeopleDeps, 'database'>,
): Promise<HouseholdDetail> {
  const v = parseInput(endMembershipInput, input);
  return inTransaction(deps.database, actorOf(viewer), async ({ tx, audit }) => {
    const current = await activeMembership(tx, householdId, personId);
    if (!current) throw new DomainError('NOT_FOUND', 'This person is not a current member of the household');
    if (v.toDate < current.fromDate) throw invalid('toDate', `must not be before the membership began (${current.fromDate})`);
    await tx.update(householdMember).set({ toDate: v.toDate, endReason: v.reason }).where(eq(householdMember.id, current.id));
    audit({
      action: 'household.member_ended',
      entityType: 'household',
      entityId: householdId,
      personId,
      reason: v.reason,
      before: { role: current.role, fromDate: current.fromDate, toDate: null },
      after: { role: current.role, fromDate: current.fromDate, toDate: v.toDate },
    });
    return (await loadHouseholdDetail(tx, householdId))!;
  });
}
