import { eq, sql } from 'drizzle-orm';
import { inTransaction } from '@hearth/platform';
import { person } from '../db/schema.js';
import { toSummary } from '../adapters/people.repo.js';
import { normalizeFlags } from '../domain/flags.js';
import { parseInput, setFlagsInput } from '../domain/inputs.js';
import type { PersonSummary } from '../domain/person.js';
import type { PeopleDeps } from './ports.js';
import { actorOf, authorizePerson, requirePerson, type Viewer } from './shared.js';

/**
 * Replaces a person's confidentiality flags, with a stated reason kept in the audit log.
 * Returns the summary only: setting a flag may take the record out of the worker's own sight.
 */
export async function setPersonFlags(personId: string, input: unknown, viewer: Viewer, deps: Pick<PeopleDeps, 'database' | 'clock' | 'scope'>): Promise<PersonSummary> {
  const v = parseInput(setFlagsInput, input);
  const flags = normalizeFlags(v.flags);
  return inTransaction(deps.database, actorOf(viewer), async ({ tx, audit }) => {
    const before = await requirePerson(tx, personId, { forUpdate: true });
    await authorizePerson(tx, viewer, before, deps);
    const [after] = await tx
      .update(person)
      .set({ flags, version: sql`${person.version} + 1`, updatedAt: deps.clock.now() })
      .where(eq(person.id, personId))
      .returning();
    audit({ action: 'person.flags_set', entityType: 'person', entityId: personId, personId, reason: v.reason, before: { flags: before.flags }, after: { flags } });
    return toSummary(after!);
  });
}
