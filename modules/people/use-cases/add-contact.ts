import { and, eq } from 'drizzle-orm';
import { inTransaction } from '@hearth/platform';
import { personContact } from '../db/schema.js';
import { loadPersonDetail } from '../adapters/people.repo.js';
import { contactInput, parseInput } from '../domain/inputs.js';
import type { PersonDetail } from '../domain/person.js';
import { redactForViewer } from '../domain/redact.js';
import type { PeopleDeps } from './ports.js';
import { actorOf, authorizePerson, requirePerson, type Viewer } from './shared.js';

/** Adds a phone, e-mail address or employer. A new primary contact demotes the previous primary of its kind. */
export async function addContact(personId: string, input: unknown, viewer: Viewer, deps: Pick<PeopleDeps, 'database' | 'clock' | 'scope'>): Promise<PersonDetail> {
  const v = parseInput(contactInput, input);
  return inTransaction(deps.database, actorOf(viewer), async ({ tx, audit }) => {
    const row = await requirePerson(tx, personId, { forUpdate: true });
    const access = await authorizePerson(tx, viewer, row, deps);
    if (v.isPrimary) {
      await tx
        .update(personContact)
        .set({ isPrimary: false })
        .where(and(eq(personContact.personId, personId), eq(personContact.kind, v.kind), eq(personContact.isPrimary, true)));
    }
    const [created] = await tx.insert(personContact).values({ personId, ...v, createdBy: viewer.principal.userId }).returning();
    audit({ action: 'person.contact_added', entityType: 'person_contact', entityId: created!.id, personId, before: null, after: v });
    return redactForViewer(await loadPersonDetail(tx, row), access.maySeeProtected);
  });
}
