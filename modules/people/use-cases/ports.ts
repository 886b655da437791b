import type { Clock, Database, FieldCipher, Sql } from '@hearth/platform';
import type { ScopedRecord } from '@hearth/identity';
import type { PersonSummary } from '../domain/person.js';
import type { MatchReason } from '../domain/search-scoring.js';

/**
 * What people needs from the outside, as narrow ports.
 * People know nothing of cases: the cases module answers "which scoped records hold this person?".
 */
export interface PersonScopePort {
  scopedRecordsFor(personId: string, tx: Sql): Promise<ScopedRecord[]>;
}

export interface PersonSearchQuery {
  /** Free-text name: any order, accents and punctuation ignored. */
  q?: string | null;
  dob?: string | null;
  ssnLast4?: string | null;
  limit: number;
}

export interface PersonSearchResult {
  person: PersonSummary;
  /** 0…1: the share of the evidence given that agrees. */
  score: number;
  reasons: MatchReason[];
}

/** The one search interface. The SQL trigram engine today; a Fellegi–Sunter engine may replace it. */
export interface PersonSearch {
  search(q: PersonSearchQuery, tx: Sql): Promise<PersonSearchResult[]>;
}

/** Everything the people use cases may ask for; each takes only the part it needs (Pick<PeopleDeps, …>). */
export interface PeopleDeps {
  database: Database;
  clock: Pick<Clock, 'now' | 'today'>;
  cipher: FieldCipher;
  scope: PersonScopePort;
  search: PersonSearch;
}

/** A person with no cases anywhere: the default scope port until the cases module supplies one. */
export const NO_SCOPED_RECORDS: PersonScopePort = { scopedRecordsFor: async () => [] };
