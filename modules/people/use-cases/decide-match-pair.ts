import { DomainError, notFound } from '@hearth/kernel';
import { inTransaction } from '@hearth/platform';
import { findPair, updatePairDecision, type PairRow } from '../adapters/match-candidates.repo.js';
import { pairDecisionInput, parseInput, uuidSchema } from '../domain/inputs.js';
import type { PeopleDeps } from './ports.js';
import { actorOf, authorizePerson, requirePerson, type Viewer } from './shared.js';

/**
 * A reviewer's decision on a proposed pair: "not the same person" (with a reason) is remembered, so the
 * duplicate job never proposes the pair again; "same" marks it for merging (the merge itself chooses values).
 */
export async function decideMatchPair(pairId: string, input: unknown, viewer: Viewer, deps: Pick<PeopleDeps, 'database' | 'clock' | 'scope'>): Promise<PairRow> {
  const id = parseInput(uuidSchema, pairId);
  const v = parseInput(pairDecisionInput, input);
  return inTransaction(deps.database, actorOf(viewer), async ({ tx, audit }) => {
    const pair = await findPair(tx, id, { forUpdate: true });
    if (!pair) throw notFound('Pair', id);
    if (pair.status === 'merged') throw new DomainError('INVALID_STATE', 'These records were merged; undo the merge instead', [], { status: pair.status });
    for (const pid of [pair.personAId, pair.personBId]) await authorizePerson(tx, viewer, await requirePerson(tx, pid), deps);
    const at = deps.clock.now();
    await updatePairDecision(tx, id, { status: v.decision, reason: v.reason, decidedBy: viewer.principal.userId, at });
    audit({
      action: v.decision === 'same' ? 'person.pair_same' : 'person.pair_not_same',
      entityType: 'person_match_candidate',
      entityId: id,
      personId: pair.personAId,
      reason: v.reason,
      before: { status: pair.status, personAId: pair.personAId, personBId: pair.personBId, probability: pair.probability },
      after: { status: v.decision, personAId: pair.personAId, personBId: pair.personBId, probability: pair.probability },
    });
    return (await findPair(tx, id))!;
  });
}
