import { and, eq, isNull, lt } from 'drizzle-orm';
import { addDays } from '@hearth/kernel';
import { inTransaction } from '@hearth/platform';
import { personAddress } from '../db/schema.js';
import { loadPersonDetail, toAddress } from '../adapters/people.repo.js';
import { addressInput, parseInput } from '../domain/inputs.js';
import type { PersonDetail } from '../domain/person.js';
import { redactForViewer } from '../domain/redact.js';
import type { PeopleDeps } from './ports.js';
import { actorOf, authorizePerson, requirePerson, type Viewer } from './shared.js';

/**
 * Adds an address to the person's history. A new open-ended address ends the current one of the same kind
 * the day before it starts, so the history has one current residential and one current mailing address.
 */
export async function addAddress(personId: string, input: unknown, viewer: Viewer, deps: Pick<PeopleDeps, 'database' | 'clock' | 'scope'>): Promise<PersonDetail> {
  const v = parseInput(addressInput, input);
  return inTransaction(deps.database, actorOf(viewer), async ({ tx, audit }) => {
    const row = await requirePerson(tx, personId, { forUpdate: true });
    const access = await authorizePerson(tx, viewer, row, deps);
    if (v.toDate === null) {
      const ended = await tx
        .update(personAddress)
        .set({ toDate: addDays(v.fromDate, -1) })
        .where(and(eq(personAddress.personId, personId), eq(personAddress.kind, v.kind), isNull(personAddress.toDate), lt(personAddress.fromDate, v.fromDate)))
        .returning();
      for (const e of ended) {
        audit({ action: 'person.address_ended', entityType: 'person_address', entityId: e.id, personId, before: { toDate: null }, after: { toDate: e.toDate } });
      }
    }
    const [created] = await tx.insert(personAddress).values({ personId, ...v, createdBy: viewer.principal.userId }).returning();
    audit({ action: 'person.address_added', entityType: 'person_address', entityId: created!.id, personId, before: null, after: toAddress(created!) });
    return redactForViewer(await loadPersonDetail(tx, row), access.maySeeProtected);
  });
}
