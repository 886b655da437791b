import { and, eq, inArray, sql } from 'drizzle-orm';
import { DomainError, notFound } from '@hearth/kernel';
import { inTransaction } from '@hearth/platform';
import { person, personMerge, personName } from '../db/schema.js';
import { findPerson, loadPersonDetail, toSummary } from '../adapters/people.repo.js';
import { restorePeopleReferences } from '../adapters/merge.repo.js';
import { markPairDecided } from '../adapters/match-candidates.repo.js';
import { parseInput, unmergeInput, uuidSchema } from '../domain/inputs.js';
import { valuesToRestore, type CoreValues } from '../domain/merge.js';
import { searchColumns } from '../domain/names.js';
import type { PersonDetail, PersonSummary } from '../domain/person.js';
import { redactForViewer } from '../domain/redact.js';
import type { PeopleDeps } from './ports.js';
import { actorOf, authorizePerson, personSnapshot, requirePerson, type Viewer } from './shared.js';
import { coreValues, toMergeSummary, type MergeSummary, type MergeUndo } from './merge-people.js';

/**
 * Undoes a merge: the merged-away record comes back with every row that was moved from it (with whatever
 * changed in those rows since), rows set aside are re-inserted, other modules put back their references, and
 * the survivor's fields the merge changed return to their old values unless someone changed them afterwards.
 * What was added to the survivor after the merge stays with the survivor. The pair is then remembered as
 * "not the same person".
 */
export async function unmergePeople(
  mergeId: string,
  input: unknown,
  viewer: Viewer,
  deps: Pick<PeopleDeps, 'database' | 'clock' | 'scope' | 'mergeParticipants'>,
): Promise<{ merge: MergeSummary; survivor: PersonDetail; restored: PersonSummary }> {
  const id = parseInput(uuidSchema, mergeId);
  const v = parseInput(unmergeInput, input);
  return inTransaction(deps.database, actorOf(viewer), async ({ tx, audit }) => {
    const [m] = await tx.select().from(personMerge).where(eq(personMerge.id, id)).for('update');
    if (!m) throw notFound('Merge', id);
    if (m.status !== 'active') throw new DomainError('INVALID_STATE', 'This merge was already undone', [], { mergeId: id });
    const [first, second] = [m.survivorId, m.mergedId].sort();
    for (const pid of [first!, second!]) await findPerson(tx, pid, { forUpdate: true });
    const survivor = await requirePerson(tx, m.survivorId, { allowMerged: true });
    if (survivor.mergedInto) {
      throw new DomainError('INVALID_STATE', 'The surviving record was itself merged into another person since. Undo that merge first.', [], { mergedInto: survivor.mergedInto });
    }
    const merged = (await findPerson(tx, m.mergedId))!;
    const access = await authorizePerson(tx, viewer, survivor, deps);

    const undo = m.undo as MergeUndo;
    await restorePeopleReferences(tx, undo.people, m.mergedId, m.survivorId);
    // Other modules in reverse order of the merge.
    for (const p of [...deps.mergeParticipants].reverse()) {
      if (p.name in undo.participants) await p.restore(undo.participants[p.name], tx);
    }
    if (undo.createdNames.length > 0) {
      await tx.delete(personName).where(and(inArray(personName.id, undo.createdNames), eq(personName.personId, m.survivorId)));
    }

    const before = { ...(m.survivorBefore as Omit<CoreValues, 'ssnEncrypted'>), ssnEncrypted: m.survivorSsnBefore } as CoreValues;
    const after = { ...(m.survivorAfter as Omit<CoreValues, 'ssnEncrypted'>), ssnEncrypted: m.survivorSsnAfter } as CoreValues;
    const restore = valuesToRestore(before, after, coreValues(survivor));
    const now = deps.clock.now();
    const nameAfter = { ...coreValues(survivor), ...restore };
    const [updatedSurvivor] = await tx
      .update(person)
      .set({ ...restore, ...searchColumns(nameAfter), version: sql`${person.version} + 1`, updatedAt: now })
      .where(eq(person.id, m.survivorId))
      .returning();
    const [restoredRow] = await tx
      .update(person)
      .set({ mergedInto: null, mergedAt: null, updatedAt: now, version: sql`${person.version} + 1` })
      .where(eq(person.id, m.mergedId))
      .returning();
    const [done] = await tx
      .update(personMerge)
      .set({ status: 'undone', unmergedAt: now, unmergedBy: viewer.principal.userId, unmergeReason: v.reason })
      .where(eq(personMerge.id, id))
      .returning();
    await markPairDecided(tx, m.survivorId, m.mergedId, { status: 'not_same', reason: `unmerged: ${v.reason}`, decidedBy: viewer.principal.userId, at: now, source: 'review' });

    audit({
      action: 'person.unmerged',
      entityType: 'person',
      entityId: m.mergedId,
      personId: m.mergedId,
      reason: v.reason,
      before: { ...personSnapshot(merged), mergedInto: m.survivorId, mergeId: id },
      after: { ...personSnapshot(restoredRow!), mergedInto: null, mergeId: id },
    });
    audit({
      action: 'person.unmerge_survivor_restored',
      entityType: 'person',
      entityId: m.survivorId,
      personId: m.survivorId,
      reason: v.reason,
      before: { ...personSnapshot(survivor), version: survivor.version },
      after: { ...personSnapshot(updatedSurvivor!), version: updatedSurvivor!.version, mergeId: id, restoredFields: Object.keys(restore) },
    });
    return {
      merge: toMergeSummary(done!),
      survivor: redactForViewer(await loadPersonDetail(tx, updatedSurvivor!), access.maySeeProtected),
      // A summary only: opening the restored record goes through its own access decision.
      restored: toSummary(restoredRow!),
    };
  });
}
