import { inTransaction } from '@hearth/platform';
import { personName } from '../db/schema.js';
import { loadPersonDetail } from '../adapters/people.repo.js';
import { aliasInput, parseInput } from '../domain/inputs.js';
import { searchColumns } from '../domain/names.js';
import type { PersonDetail } from '../domain/person.js';
import { redactForViewer } from '../domain/redact.js';
import type { PeopleDeps } from './ports.js';
import { actorOf, authorizePerson, requirePerson, type Viewer } from './shared.js';

/** Records another name a person is known by (alias, former, maiden, nickname); search finds them by it. */
export async function addAlias(personId: string, input: unknown, viewer: Viewer, deps: Pick<PeopleDeps, 'database' | 'clock' | 'scope'>): Promise<PersonDetail> {
  const v = parseInput(aliasInput, input);
  return inTransaction(deps.database, actorOf(viewer), async ({ tx, audit }) => {
    const row = await requirePerson(tx, personId, { forUpdate: true });
    const access = await authorizePerson(tx, viewer, row, deps);
    const [created] = await tx
      .insert(personName)
      .values({ personId, ...v, searchName: searchColumns(v).searchName, createdBy: viewer.principal.userId })
      .returning();
    audit({ action: 'person.alias_added', entityType: 'person_name', entityId: created!.id, personId, before: null, after: v });
    return redactForViewer(await loadPersonDetail(tx, row), access.maySeeProtected);
  });
}
