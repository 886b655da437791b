import { sql, type SQL } from 'drizzle-orm';
import type { Sql } from '@hearth/platform';
import type { PersonFlag } from '../domain/flags.js';
import type { Sex } from '../domain/person.js';
import { criteriaOf, scoreCandidate } from '../domain/search-scoring.js';
import type { PersonSearch, PersonSearchQuery, PersonSearchResult } from '../use-cases/ports.js';

export interface SqlPersonSearchOptions {
  /** Most candidates any one key may contribute before scoring. */
  candidatesPerKey?: number;
  /** pg_trgm word-similarity threshold for the name key (default 0.5; pg_trgm's own default is 0.6). */
  wordSimilarityThreshold?: number;
}

interface CandidateRow extends Record<string, unknown> {
  id: string;
  first_name: string;
  middle_name: string | null;
  last_name: string;
  suffix: string | null;
  dob: string | null;
  ssn_last4: string | null;
  sex: string;
  preferred_language: string;
  restricted: boolean;
  flags: string[];
  search_name: string;
  search_first: string;
  search_last: string;
  name_sim: number | null;
  alias_sim: number | null;
  alias_exact: boolean;
}

function swappedDob(dob: string): string | null {
  const [y, m, d] = dob.split('-');
  if (!y || !m || !d || m === d || Number(d) > 12) return null;
  return `${y}-${d}-${m}`;
}

/**
 * The simple engine: candidates from cheap, selective keys (name trigrams on primary and other names,
 * exact or day/month-swapped date of birth, SSN last four), each capped, then scored in TypeScript.
 */
export function createSqlPersonSearch(options: SqlPersonSearchOptions = {}): PersonSearch {
  const perKey = options.candidatesPerKey ?? 300;
  const threshold = options.wordSimilarityThreshold ?? 0.5;
  return {
    async search(query: PersonSearchQuery, tx: Sql): Promise<PersonSearchResult[]> {
      const criteria = criteriaOf(query);
      const keys: SQL[] = [];
      const n = criteria.name;
      if (n) {
        await tx.execute(sql`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(threshold)}, true)`);
        keys.push(sql`(SELECT id FROM person WHERE search_name % ${n} OR ${n} <% search_name
            ORDER BY greatest(similarity(search_name, ${n}), word_similarity(${n}, search_name)) DESC LIMIT ${perKey})`);
        keys.push(sql`(SELECT person_id FROM person_name WHERE search_name % ${n} OR ${n} <% search_name
            ORDER BY greatest(similarity(search_name, ${n}), word_similarity(${n}, search_name)) DESC LIMIT ${perKey})`);
      }
      if (criteria.dob) {
        const swapped = swappedDob(criteria.dob);
        keys.push(sql`(SELECT id FROM person WHERE dob = ${criteria.dob}::date LIMIT ${perKey})`);
        if (swapped) keys.push(sql`(SELECT id FROM person WHERE dob = ${swapped}::date LIMIT ${perKey})`);
      }
      if (criteria.ssnLast4) {
        const ssnKey = criteria.dob
          ? sql`(SELECT id FROM person WHERE ssn_last4 = ${criteria.ssnLast4} ORDER BY dob = ${criteria.dob}::date DESC LIMIT ${perKey})`
          : sql`(SELECT id FROM person WHERE ssn_last4 = ${criteria.ssnLast4} LIMIT ${perKey})`;
        keys.push(ssnKey);
      }
      if (keys.length === 0) return [];
      // The better of: whole-name similarity, the query as words inside the name, and first + last without the middle name.
      const nameSim = n
        ? sql`greatest(similarity(p.search_name, ${n}), word_similarity(${n}, p.search_name), similarity(p.search_first || ' ' || p.search_last, ${n}))`
        : sql`0`;
      const aliasSim = n
        ? sql`(SELECT max(greatest(similarity(x.search_name, ${n}), word_similarity(${n}, x.search_name))) FROM person_name x WHERE x.person_id = p.id)`
        : sql`NULL`;
      const aliasExact = n ? sql`EXISTS (SELECT 1 FROM person_name x WHERE x.person_id = p.id AND x.search_name = ${n})` : sql`false`;
      const result = await tx.execute<CandidateRow>(sql`
        WITH candidate AS (${sql.join(keys, sql` UNION `)})
        SELECT p.id, p.first_name, p.middle_name, p.last_name, p.suffix, p.dob, p.ssn_last4, p.sex, p.preferred_language,
               p.restricted, p.flags, p.search_name, p.search_first, p.search_last,
               ${nameSim}::float8 AS name_sim, ${aliasSim}::float8 AS alias_sim, ${aliasExact} AS alias_exact
        FROM person p WHERE p.id IN (SELECT id FROM candidate)`);
      const scored = result.rows.map((r) => {
        const { score, reasons } = scoreCandidate(criteria, {
          searchName: r.search_name,
          searchFirst: r.search_first,
          searchLast: r.search_last,
          dob: r.dob,
          ssnLast4: r.ssn_last4,
          nameSimilarity: Number(r.name_sim ?? 0),
          aliasSimilarity: r.alias_sim === null ? null : Number(r.alias_sim),
          aliasExact: r.alias_exact,
        });
        const person = {
          id: r.id,
          firstName: r.first_name,
          middleName: r.middle_name,
          lastName: r.last_name,
          suffix: r.suffix,
          dob: r.dob,
          ssnLast4: r.ssn_last4,
          sex: r.sex as Sex,
          preferredLanguage: r.preferred_language,
          restricted: r.restricted,
          flags: r.flags as PersonFlag[],
        };
        return { person, score, reasons };
      });
      return scored
        .filter((s) => s.score > 0)
        .sort((a, b) => b.score - a.score || a.person.lastName.localeCompare(b.person.lastName) || a.person.firstName.localeCompare(b.person.firstName) || a.person.id.localeCompare(b.person.id))
        .slice(0, query.limit);
    },
  };
}
