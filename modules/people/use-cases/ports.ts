import type { Clock, Database, FieldCipher, Sql } from '@hearth/platform';
import type { ScopedRecord } from '@hearth/identity';
import type { PersonSummary } from '../domain/person.js';
import type { MatchExplanation, MatchReason } from '../domain/search-scoring.js';

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
  /** Year of birth when the full date is not known. */
  birthYear?: number | null;
  limit: number;
}

export interface PersonSearchResult {
  person: PersonSummary;
  /** 0…1: the match probability when the linkage scorer ranked it (else the share of the evidence that agrees). */
  score: number;
  reasons: MatchReason[];
  /** The linkage scorer's explanation: which fields agreed and how strongly (absent from engines without it). */
  match?: MatchExplanation;
}

/** The one search interface. The SQL trigram engine today; a Fellegi–Sunter engine may replace it. */
export interface PersonSearch {
  search(q: PersonSearchQuery, tx: Sql): Promise<PersonSearchResult[]>;
}

/**
 * Another module's references to people (case participants, a case's primary person, …), moved when two
 * records are merged and put back on unmerge. moveReferences returns a JSON-serializable undo record, kept in
 * person_merge.undo; restore receives it back. Both run inside the merge's transaction.
 */
export interface PersonMergeParticipant {
  /** Stable name: the key of this participant's undo record. */
  name: string;
  moveReferences(fromPersonId: string, toPersonId: string, tx: Sql): Promise<unknown>;
  /** Puts back what moveReferences moved, except what was changed or added afterwards. */
  restore(undo: unknown, tx: Sql): Promise<void>;
}

/** Everything the people use cases may ask for; each takes only the part it needs (Pick<PeopleDeps, …>). */
export interface PeopleDeps {
  database: Database;
  clock: Pick<Clock, 'now' | 'today'>;
  cipher: FieldCipher;
  scope: PersonScopePort;
  search: PersonSearch;
  /** Other modules' references to people, moved on merge (supplied by the composition root). */
  mergeParticipants: PersonMergeParticipant[];
}

/** A person with no cases anywhere: the default scope port until the cases module supplies one. */
export const NO_SCOPED_RECORDS: PersonScopePort = { scopedRecordsFor: async () => [] };
