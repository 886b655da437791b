import type { Sql } from '@hearth/platform';
import { findPeopleSummaries } from '../adapters/people.repo.js';
import type { PersonSummary } from '../domain/person.js';

/**
 * Summaries by id, for other modules (a case's participants, a worklist). Order follows `ids`; unknown ids
 * are left out. Summaries hold no contact details, so no family-violence suppression applies.
 */
export async function getPersonSummaries(tx: Sql, ids: readonly string[]): Promise<PersonSummary[]> {
  const found = new Map((await findPeopleSummaries(tx, ids)).map((p) => [p.id, p]));
  return ids.flatMap((id) => {
    const p = found.get(id);
    return p ? [p] : [];
  });
}
