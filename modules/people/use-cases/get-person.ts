import { inTransaction, logAccess } from '@hearth/platform';
import { loadPersonDetail } from '../adapters/people.repo.js';
import { uuidSchema, parseInput } from '../domain/inputs.js';
import type { PersonDetail } from '../domain/person.js';
import { redactForViewer } from '../domain/redact.js';
import type { PeopleDeps } from './ports.js';
import { actorOf, authorizePerson, requirePerson, type Viewer } from './shared.js';

/**
 * Opens a person record (a merged-away record comes back as it was left, with mergedInto pointing at the survivor): decides access (BREAK_GLASS_REQUIRED when needed), logs the read, and suppresses
 * address and employer under a family-violence flag for viewers outside the caseload.
 */
export async function getPerson(personId: string, viewer: Viewer, deps: Pick<PeopleDeps, 'database' | 'clock' | 'scope'>): Promise<PersonDetail> {
  const id = parseInput(uuidSchema, personId);
  const actor = actorOf(viewer);
  return inTransaction(deps.database, actor, async ({ tx }) => {
    const row = await requirePerson(tx, id, { allowMerged: true });
    const access = await authorizePerson(tx, viewer, row, deps);
    await logAccess(tx, actor, { action: 'read', entityType: 'person', entityId: id, personId: id, restricted: Boolean(row.restricted), reason: access.grantReason });
    return redactForViewer(await loadPersonDetail(tx, row), access.maySeeProtected);
  });
}
