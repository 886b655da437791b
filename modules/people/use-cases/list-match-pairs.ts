import { inTransaction, logAccess, type Sql } from '@hearth/platform';
import { createScorer, DEFAULT_MODEL, type FieldComparison, type Scorer } from '@hearth/linkage';
import { findPeopleSummaries } from '../adapters/people.repo.js';
import { listPairs, type PairRow } from '../adapters/match-candidates.repo.js';
import { linkRecordsByIds } from '../adapters/link-records.repo.js';
import { loadTermFrequencies } from '../adapters/term-frequencies.repo.js';
import { pairQueueInput, parseInput } from '../domain/inputs.js';
import type { PersonSummary } from '../domain/person.js';
import type { PeopleDeps } from './ports.js';
import { actorOf, type Viewer } from './shared.js';

export interface MatchPairView extends PairRow {
  a: PersonSummary;
  b: PersonSummary;
  /** The scorer's field-by-field explanation on today's data (fields missing on either side left out). */
  explanation: FieldComparison[];
}

let cached: { version: string | null; scorer: Scorer } = { version: null, scorer: createScorer(DEFAULT_MODEL) };

async function scorerFor(tx: Sql): Promise<Scorer> {
  const loaded = await loadTermFrequencies(tx, cached.version);
  if (loaded) cached = { version: loaded.version, scorer: createScorer(DEFAULT_MODEL, loaded.tf) };
  return cached.scorer;
}

/**
 * The duplicate review queue: pending pairs, most probable first, each with both people side by side (summaries:
 * no contact details) and the scorer's field-by-field explanation. Restricted people shown are access-logged.
 */
export async function listMatchPairs(query: unknown, viewer: Viewer, deps: Pick<PeopleDeps, 'database' | 'cipher'>): Promise<{ items: MatchPairView[]; total: number }> {
  const q = parseInput(pairQueueInput, query);
  const actor = actorOf(viewer);
  return inTransaction(deps.database, actor, async ({ tx }) => {
    const { items, total } = await listPairs(tx, q);
    const ids = items.flatMap((p) => [p.personAId, p.personBId]);
    const people = new Map((await findPeopleSummaries(tx, ids)).map((p) => [p.id, p]));
    const records = await linkRecordsByIds(tx, ids, deps.cipher);
    const scorer = await scorerFor(tx);
    for (const p of people.values()) {
      if (p.restricted) await logAccess(tx, actor, { action: 'search', entityType: 'person', entityId: p.id, personId: p.id, restricted: true });
    }
    return {
      items: items.map((p) => {
        const ra = records.get(p.personAId);
        const rb = records.get(p.personBId);
        const explanation = ra && rb ? scorer.score(ra, rb).comparisons.filter((c) => c.level !== 'null') : p.comparisons;
        return { ...p, a: people.get(p.personAId)!, b: people.get(p.personBId)!, explanation };
      }),
      total,
    };
  });
}
