import { inTransaction, logAccess } from '@hearth/platform';
import { parseInput, searchQueryInput } from '../domain/inputs.js';
import type { PeopleDeps, PersonSearchResult } from './ports.js';
import { actorOf, type Viewer } from './shared.js';

/**
 * Search before create: name (any order, accents ignored), date of birth, SSN last four. Results are
 * summaries only (no contact details); a restricted person who comes up is logged as seen in a search.
 */
export async function searchPeople(query: unknown, viewer: Viewer, deps: Pick<PeopleDeps, 'database' | 'search'>): Promise<{ results: PersonSearchResult[] }> {
  const q = parseInput(searchQueryInput, query);
  const actor = actorOf(viewer);
  return inTransaction(deps.database, actor, async ({ tx }) => {
    const results = await deps.search.search({ q: q.q ?? null, dob: q.dob ?? null, ssnLast4: q.ssnLast4 ?? null, birthYear: q.birthYear ?? null, limit: q.limit }, tx);
    for (const r of results) {
      if (r.person.restricted) {
        await logAccess(tx, actor, { action: 'search', entityType: 'person', entityId: r.person.id, personId: r.person.id, restricted: true });
      }
    }
    return { results };
  });
}
