import { eq, sql } from 'drizzle-orm';
import { DomainError } from '@hearth/kernel';
import { inTransaction } from '@hearth/platform';
import { person, personMerge, personName } from '../db/schema.js';
import { loadPersonDetail, type PersonRow } from '../adapters/people.repo.js';
import { movePeopleReferences, type PeopleUndo } from '../adapters/merge.repo.js';
import { markPairDecided } from '../adapters/match-candidates.repo.js';
import { mergeInput, parseInput } from '../domain/inputs.js';
import { mergedValues, resolveChoice, sameName, withoutSsn, type CoreValues, type MergeChoice } from '../domain/merge.js';
import { searchColumns } from '../domain/names.js';
import type { PersonDetail } from '../domain/person.js';
import type { PersonFlag } from '../domain/flags.js';
import { redactForViewer } from '../domain/redact.js';
import type { PeopleDeps } from './ports.js';
import { actorOf, authorizePerson, personSnapshot, requirePerson, type Viewer } from './shared.js';

export interface MergeUndo {
  people: PeopleUndo;
  /** Names the merge added to the survivor (the other record's name, the survivor's replaced name). */
  createdNames: string[];
  /** Each other module's undo record, by participant name. */
  participants: Record<string, unknown>;
}

export interface MergeSummary {
  id: string;
  survivorId: string;
  mergedId: string;
  reason: string;
  chosen: MergeChoice;
  status: 'active' | 'undone';
  mergedAt: string;
  unmergedAt: string | null;
  moved: Record<string, number>;
}

export function coreValues(row: PersonRow): CoreValues {
  return {
    firstName: row.firstName,
    middleName: row.middleName,
    lastName: row.lastName,
    suffix: row.suffix,
    dob: row.dob,
    ssnEncrypted: row.ssnEncrypted,
    ssnLast4: row.ssnLast4,
    sex: row.sex as CoreValues['sex'],
    preferredLanguage: row.preferredLanguage,
    flags: row.flags as PersonFlag[],
  };
}

export function movedCounts(undo: MergeUndo): Record<string, number> {
  const p = undo.people;
  const counts: Record<string, number> = {
    names: p.names.length,
    contacts: p.contacts.length,
    addresses: p.addresses.length,
    relationships: p.relationships.length,
    householdMembers: p.householdMembers.length,
    setAside: p.setAside.relationship.length + p.setAside.household_member.length,
  };
  for (const [name, u] of Object.entries(undo.participants)) {
    const c = (u as { counts?: Record<string, number> } | null)?.counts;
    if (c) for (const [k, v] of Object.entries(c)) counts[`${name}.${k}`] = v;
  }
  return counts;
}

export function toMergeSummary(r: typeof personMerge.$inferSelect): MergeSummary {
  return {
    id: r.id,
    survivorId: r.survivorId,
    mergedId: r.mergedId,
    reason: r.reason,
    chosen: r.chosen as MergeChoice,
    status: r.status as MergeSummary['status'],
    mergedAt: new Date(r.mergedAt).toISOString(),
    unmergedAt: r.unmergedAt ? new Date(r.unmergedAt).toISOString() : null,
    moved: movedCounts(r.undo as MergeUndo),
  };
}

/**
 * Merges two records of the same person. The survivor keeps its id and takes the chosen values; every
 * name, contact, address, relationship and household membership of the other record moves to it, and so do
 * other modules' references (cases, participants, notes) through the merge participants. The other record
 * stays, pointing at the survivor, so old links resolve. Everything needed to undo it is kept in person_merge.
 */
export async function mergePeople(
  input: unknown,
  viewer: Viewer,
  deps: Pick<PeopleDeps, 'database' | 'clock' | 'scope' | 'mergeParticipants'>,
): Promise<{ merge: MergeSummary; survivor: PersonDetail }> {
  const v = parseInput(mergeInput, input);
  return inTransaction(deps.database, actorOf(viewer), async ({ tx, audit }) => {
    // Lock both in id order, so two merges of the same pair cannot deadlock.
    const [first, second] = [v.survivorId, v.mergedId].sort();
    const rows = new Map<string, PersonRow>();
    for (const id of [first!, second!]) rows.set(id, await requirePerson(tx, id, { forUpdate: true }));
    const survivor = rows.get(v.survivorId)!;
    const merged = rows.get(v.mergedId)!;
    const access = await authorizePerson(tx, viewer, survivor, deps);
    await authorizePerson(tx, viewer, merged, deps);

    const before = coreValues(survivor);
    const other = coreValues(merged);
    const chosen = resolveChoice(before, other, v.values);
    const after = mergedValues(before, other, chosen);

    const people = await movePeopleReferences(tx, merged.id, survivor.id);
    const participants: Record<string, unknown> = {};
    for (const p of deps.mergeParticipants) participants[p.name] = await p.moveReferences(merged.id, survivor.id, tx);

    // Names that no longer are the primary name stay findable as aliases of the survivor.
    const createdNames: string[] = [];
    for (const n of [other, before]) {
      if (sameName(n, after)) continue;
      const [row] = await tx
        .insert(personName)
        .values({ personId: survivor.id, kind: 'alias', firstName: n.firstName, middleName: n.middleName, lastName: n.lastName, suffix: n.suffix, searchName: searchColumns(n).searchName, createdBy: viewer.principal.userId })
        .returning({ id: personName.id });
      createdNames.push(row!.id);
    }

    const now = deps.clock.now();
    const [updated] = await tx
      .update(person)
      .set({ ...after, ...searchColumns(after), version: sql`${person.version} + 1`, updatedAt: now })
      .where(eq(person.id, survivor.id))
      .returning();
    await tx.update(person).set({ mergedInto: survivor.id, mergedAt: now, updatedAt: now, version: sql`${person.version} + 1` }).where(eq(person.id, merged.id));

    const undo: MergeUndo = { people, createdNames, participants };
    const [row] = await tx
      .insert(personMerge)
      .values({
        survivorId: survivor.id,
        mergedId: merged.id,
        reason: v.reason,
        chosen,
        survivorBefore: withoutSsn(before),
        survivorAfter: withoutSsn(after),
        survivorSsnBefore: before.ssnEncrypted,
        survivorSsnAfter: after.ssnEncrypted,
        undo,
        mergedBy: viewer.principal.userId,
        mergedAt: now,
      })
      .returning();
    const merge = toMergeSummary(row!);
    await markPairDecided(tx, survivor.id, merged.id, { status: 'merged', reason: v.reason, decidedBy: viewer.principal.userId, at: now, source: 'review' });

    audit({
      action: 'person.merged_into',
      entityType: 'person',
      entityId: merged.id,
      personId: merged.id,
      reason: v.reason,
      before: { ...personSnapshot(merged), mergedInto: null },
      after: { ...personSnapshot(merged), mergedInto: survivor.id, mergeId: merge.id },
    });
    audit({
      action: 'person.merge_survived',
      entityType: 'person',
      entityId: survivor.id,
      personId: survivor.id,
      reason: v.reason,
      before: { ...personSnapshot(survivor), version: survivor.version },
      after: { ...personSnapshot(updated!), version: updated!.version, mergeId: merge.id, mergedId: merged.id, chosen, moved: merge.moved },
    });
    return { merge, survivor: redactForViewer(await loadPersonDetail(tx, updated!), access.maySeeProtected) };
  });
}
