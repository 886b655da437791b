import { desc, eq, or } from 'drizzle-orm';
import { inTransaction } from '@hearth/platform';
import { personMerge } from '../db/schema.js';
import { parseInput, uuidSchema } from '../domain/inputs.js';
import type { PeopleDeps } from './ports.js';
import { actorOf, authorizePerson, requirePerson, type Viewer } from './shared.js';
import { toMergeSummary, type MergeSummary } from './merge-people.js';

/** The merges a person took part in (as survivor or as the merged-away record), newest first: unmerge starts here. */
export async function listPersonMerges(personId: string, viewer: Viewer, deps: Pick<PeopleDeps, 'database' | 'clock' | 'scope'>): Promise<{ items: MergeSummary[] }> {
  const id = parseInput(uuidSchema, personId);
  return inTransaction(deps.database, actorOf(viewer), async ({ tx }) => {
    await authorizePerson(tx, viewer, await requirePerson(tx, id, { allowMerged: true }), deps);
    const rows = await tx.select().from(personMerge).where(or(eq(personMerge.survivorId, id), eq(personMerge.mergedId, id))).orderBy(desc(personMerge.mergedAt));
    return { items: rows.map(toMergeSummary) };
  });
}
