import type { FieldCipher, HearthModule } from '@hearth/platform';
import { registerPeopleRoutes } from './http/people.routes.js';
import { registerRegistryRoutes } from './http/registry.routes.js';
import { createSqlPersonSearch } from './adapters/sql-person-search.js';
import { dedupeJob, DEDUPE_JOB } from './adapters/dedupe.job.js';
import type { PeopleDeps, PersonMergeParticipant, PersonScopePort, PersonSearch } from './use-cases/ports.js';

/**
 * @hearth/people — the person registry: people, names and aliases, contacts, address history,
 * relationships, households over time, search before create, confidentiality flags and break-the-glass.
 * This file is the only surface other modules may import.
 */

export interface PeoplePorts {
  /** Encrypts SSNs at rest (the composition root builds it from the configured key). */
  cipher: FieldCipher;
  /** Which scoped records (cases) hold a person; supplied by the cases module. */
  scope: PersonScopePort;
  /** The search engine; the SQL candidate keys + linkage scorer engine by default. */
  search?: PersonSearch;
  /** Other modules' references to people, moved on merge and put back on unmerge (cases: casePersonMergeParticipant). */
  mergeParticipants?: PersonMergeParticipant[];
}

export function peopleModule(ports: PeoplePorts): HearthModule {
  return {
    name: 'people',
    registerRoutes(app, ctx) {
      const deps: PeopleDeps = {
        database: ctx.database,
        clock: ctx.clock,
        cipher: ports.cipher,
        scope: ports.scope,
        search: ports.search ?? createSqlPersonSearch(),
        mergeParticipants: ports.mergeParticipants ?? [],
      };
      registerPeopleRoutes(app, deps);
      registerRegistryRoutes(app, { ...deps, jobs: ctx.jobs });
      if (!ctx.jobs.definitions().some((d) => d.name === DEDUPE_JOB)) ctx.jobs.register(dedupeJob(deps));
    },
  };
}

// Types
export type {
  PersonSummary,
  PersonDetail,
  PersonAlias,
  PersonContact,
  PersonAddress,
  PersonRelationship,
  PersonHousehold,
  HouseholdDetail,
  HouseholdMemberView,
  Sex,
  NameKind,
  ContactKind,
  AddressKind,
  HouseholdRole,
} from './domain/person.js';
export type { PersonScopePort, PersonSearch, PersonSearchQuery, PersonSearchResult, PeopleDeps, PersonMergeParticipant } from './use-cases/ports.js';
export { NO_SCOPED_RECORDS } from './use-cases/ports.js';
export type { Viewer } from './use-cases/shared.js';
export type { PersonAccess } from './domain/person-access.js';
export type { MatchReason, Agreement, MatchField, MatchExplanation } from './domain/search-scoring.js';
export { MERGE_FIELDS, type MergeField, type MergeSide } from './domain/merge.js';

// Pure domain
export { PERSON_FLAGS, PERSON_FLAG_LABELS, type PersonFlag, isRestricted, suppressesContact } from './domain/flags.js';
export { RELATIONSHIP_TYPES, RELATIONSHIP_PAIRS, type RelationshipType, inverseOf, isSymmetric } from './domain/relationship-types.js';
export { normalizeName, displayName } from './domain/names.js';
export { redactForViewer } from './domain/redact.js';
export { decidePersonAccess } from './domain/person-access.js';

// Engines and lookups for other modules
export { createSqlPersonSearch, type SqlPersonSearchOptions } from './adapters/sql-person-search.js';
export { getPersonSummaries } from './use-cases/get-person-summaries.js';

// Use cases (for the CLI, jobs and the demo agency)
export { registerPerson } from './use-cases/register-person.js';
export { updatePerson } from './use-cases/update-person.js';
export { addAlias } from './use-cases/add-alias.js';
export { addContact } from './use-cases/add-contact.js';
export { addAddress } from './use-cases/add-address.js';
export { addRelationship } from './use-cases/add-relationship.js';
export { setPersonFlags } from './use-cases/set-person-flags.js';
export { breakGlass, BREAK_GLASS_HOURS } from './use-cases/break-glass.js';
export { getPerson } from './use-cases/get-person.js';
export { searchPeople } from './use-cases/search-people.js';
export { createHousehold } from './use-cases/create-household.js';
export { addHouseholdMember } from './use-cases/add-household-member.js';
export { endHouseholdMembership } from './use-cases/end-household-membership.js';
export { getHousehold } from './use-cases/get-household.js';
export { mergePeople, type MergeSummary } from './use-cases/merge-people.js';
export { unmergePeople } from './use-cases/unmerge-people.js';
export { listPersonMerges } from './use-cases/list-person-merges.js';
export { listMatchPairs } from './use-cases/list-match-pairs.js';
export { decideMatchPair } from './use-cases/decide-match-pair.js';
export { detectDuplicates, type DuplicateRunResult, type DuplicateCheckpoint } from './use-cases/detect-duplicates.js';
export { dedupeJob, DEDUPE_JOB } from './adapters/dedupe.job.js';

// Seed builders (demo agency, tests, benchmarks)
export {
  buildHousehold,
  seedPeople,
  insertHouseholds,
  seededUuid,
  type SeedPerson,
  type SeedHousehold,
  type SeedAddress,
  type BuildHouseholdOptions,
  type SeedPeopleOptions,
  type SeedPeopleResult,
  type SeededHouseholdRef,
} from './db/seed.js';
