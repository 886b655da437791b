import { inTransaction } from '@hearth/platform';
import { relationship } from '../db/schema.js';
import { findPerson, loadPersonDetail } from '../adapters/people.repo.js';
import { invalid, parseInput, relationshipInput } from '../domain/inputs.js';
import type { PersonDetail } from '../domain/person.js';
import { redactForViewer } from '../domain/redact.js';
import { canonicalTie, requiresOlderA } from '../domain/relationship-types.js';
import type { PeopleDeps } from './ports.js';
import { actorOf, authorizePerson, conflictFrom, requirePerson, type Viewer } from './shared.js';

/**
 * Records a tie from this person's side: "relatedPerson is my <type>" (e.g. type 'parent' on a child's record).
 * It is stored once in canonical direction, so entering the same tie from the other side is a conflict.
 */
export async function addRelationship(
  personId: string,
  input: unknown,
  viewer: Viewer,
  deps: Pick<PeopleDeps, 'database' | 'clock' | 'scope'>,
): Promise<PersonDetail> {
  const v = parseInput(relationshipInput, input);
  if (v.relatedPersonId === personId) throw invalid('relatedPersonId', 'must be another person');
  return inTransaction(deps.database, actorOf(viewer), async ({ tx, audit }) => {
    const row = await requirePerson(tx, personId, { forUpdate: true });
    const access = await authorizePerson(tx, viewer, row, deps);
    const other = await findPerson(tx, v.relatedPersonId);
    if (!other) throw invalid('relatedPersonId', 'no such person');
    if (other.mergedInto) throw invalid('relatedPersonId', `this record was merged into ${other.mergedInto}`);
    const tie = canonicalTie({ personAId: v.relatedPersonId, personBId: personId, type: v.type });
    const a = tie.personAId === personId ? row : other;
    const b = tie.personAId === personId ? other : row;
    if (requiresOlderA(tie.type) && a.dob && b.dob && a.dob >= b.dob) {
      throw invalid('type', `a ${tie.type.replace('_', ' ')} must be born before the other person`);
    }
    let id: string;
    try {
      const [created] = await tx
        .insert(relationship)
        .values({ ...tie, fromDate: v.fromDate, toDate: v.toDate, createdBy: viewer.principal.userId })
        .returning({ id: relationship.id });
      id = created!.id;
    } catch (err) {
      conflictFrom(err, { relationship_current: 'This relationship is already recorded' });
    }
    audit({
      action: 'person.relationship_added',
      entityType: 'relationship',
      entityId: id,
      personId,
      before: null,
      after: { ...tie, fromDate: v.fromDate, toDate: v.toDate },
    });
    return redactForViewer(await loadPersonDetail(tx, row), access.maySeeProtected);
  });
}
