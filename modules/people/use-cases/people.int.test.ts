import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from '@hearth/server/testing';
import { createFieldCipher, fixedClock, verifyAuditChain, type Database } from '@hearth/platform';
import { DomainError } from '@hearth/kernel';
import type { ScopedRecord } from '@hearth/identity';
import { createSqlPersonSearch } from '../adapters/sql-person-search.js';
import { testPrincipal } from '../test-support.js';
import type { PeopleDeps } from './ports.js';
import type { Viewer } from './shared.js';
import { registerPerson } from './register-person.js';
import { searchPeople } from './search-people.js';
import { getPerson } from './get-person.js';
import { breakGlass } from './break-glass.js';
import { updatePerson } from './update-person.js';
import { addAlias } from './add-alias.js';
import { addAddress } from './add-address.js';
import { addContact } from './add-contact.js';
import { addRelationship } from './add-relationship.js';
import { setPersonFlags } from './set-person-flags.js';
import { createHousehold } from './create-household.js';
import { addHouseholdMember } from './add-household-member.js';
import { endHouseholdMembership } from './end-household-membership.js';
import { getHousehold } from './get-household.js';
import { getPersonSummaries } from './get-person-summaries.js';

let database: Database;
let deps: PeopleDeps;
/** The cases each person is on, as the cases module would report them. */
const casesOf = new Map<string, ScopedRecord[]>();

const worker: Viewer = { principal: testPrincipal({ userId: randomUUID(), unitIds: ['north'] }), ip: '10.0.0.7' };
const otherWorker: Viewer = { principal: testPrincipal({ userId: randomUUID(), unitIds: ['south'] }) };

async function scalar<T>(q: ReturnType<typeof sql>): Promise<T> {
  const r = await database.db.execute<{ v: T }>(q);
  return r.rows[0]!.v;
}

/** Registers, declaring any likely matches "not the same person" (test fixtures that look alike on purpose). */
async function registerAnyway(input: Record<string, unknown>) {
  try {
    return await registerPerson(input, worker, deps);
  } catch (e) {
    if (!(e instanceof DomainError) || e.code !== 'DUPLICATE_SUSPECTED') throw e;
    const ids = (e.data!.candidates as Array<{ person: { id: string } }>).map((c) => c.person.id);
    return registerPerson({ ...input, confirmedNotDuplicate: true, reviewedCandidateIds: ids, notDuplicateReason: 'test fixture: a different person' }, worker, deps);
  }
}

async function expectDomainError(p: Promise<unknown>, code: string): Promise<DomainError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(DomainError);
  expect((e as DomainError).code).toBe(code);
  return e as DomainError;
}

const rosa = {
  firstName: 'Rosa',
  middleName: 'Elena',
  lastName: 'Martínez',
  dob: '1988-04-12',
  ssn: '912-45-6789',
  sex: 'female',
  preferredLanguage: 'es',
  contacts: [
    { kind: 'phone', value: '(720) 555-0142', label: 'mobile', isPrimary: true },
    { kind: 'employer', value: 'Denver Health', detail: '777 Bannock St' },
  ],
  addresses: [{ line1: '1450 W Colfax Ave', line2: 'Apt 3', city: 'Denver', state: 'co', postalCode: '80204', county: 'Denver', fromDate: '2021-06-01' }],
};

beforeAll(async () => {
  database = await createTestDatabase();
  deps = {
    database,
    clock: fixedClock('2026-03-02T16:00:00.000Z'),
    cipher: createFieldCipher(randomBytes(32)),
    scope: { scopedRecordsFor: async (id) => casesOf.get(id) ?? [] },
    search: createSqlPersonSearch(),
    mergeParticipants: [],
  };
});
afterAll(async () => database?.close());

describe('registering a person', () => {
  it('stores the SSN encrypted, only the last four in clear, and writes the audit event in the same transaction', async () => {
    const before = await scalar<number>(sql`SELECT count(*)::int AS v FROM audit_event`);
    const p = await registerPerson(rosa, worker, deps);
    expect(p).toMatchObject({ firstName: 'Rosa', lastName: 'Martínez', ssnLast4: '6789', restricted: false, flags: [] });
    expect(p.addresses[0]).toMatchObject({ state: 'CO', toDate: null });
    expect(p.contacts.map((c) => c.kind).sort()).toEqual(['employer', 'phone']);

    const row = (await database.db.execute<{ ssn_encrypted: string; ssn_last4: string }>(sql`SELECT ssn_encrypted, ssn_last4 FROM person WHERE id = ${p.id}`)).rows[0]!;
    expect(row.ssn_last4).toBe('6789');
    expect(row.ssn_encrypted).toMatch(/^v1:/);
    expect(deps.cipher.decrypt(row.ssn_encrypted)).toBe('912456789');

    // Nowhere in the database is the SSN in clear.
    for (const table of ['person', 'person_contact', 'person_address', 'audit_event']) {
      const n = await scalar<number>(sql`SELECT count(*)::int AS v FROM ${sql.identifier(table)} t WHERE row_to_json(t)::text ~ '912-?45-?6789'`);
      expect(n, table).toBe(0);
    }
    const events = await database.db.execute<{ action: string; person_id: string; actor_id: string }>(sql`SELECT action, person_id, actor_id FROM audit_event WHERE seq > ${before}`);
    expect(events.rows).toEqual([{ action: 'person.registered', person_id: p.id, actor_id: worker.principal.userId }]);
    expect((await verifyAuditChain(database)).ok).toBe(true);
  });

  it('refuses bad input with field paths and writes nothing', async () => {
    const count = await scalar<number>(sql`SELECT count(*)::int AS v FROM person`);
    const e = await expectDomainError(registerPerson({ firstName: '', lastName: 'X', dob: '2030-01-01', ssn: '000-00-0000' }, worker, deps), 'VALIDATION');
    expect(e.details.map((d) => d.path).sort()).toEqual(['firstName', 'ssn']);
    const future = await expectDomainError(registerPerson({ firstName: 'A', lastName: 'B', dob: '2030-01-01' }, worker, deps), 'VALIDATION');
    expect(future.details).toEqual([{ path: 'dob', message: 'must not be in the future' }]);
    expect(await scalar<number>(sql`SELECT count(*)::int AS v FROM person`)).toBe(count);
  });

  it('stops a suspected duplicate unless the worker confirms it is someone else', async () => {
    const count = await scalar<number>(sql`SELECT count(*)::int AS v FROM person`);
    const e = await expectDomainError(registerPerson({ firstName: 'Rossa', lastName: 'Martinez', dob: '1988-04-12' }, worker, deps), 'DUPLICATE_SUSPECTED');
    expect((e.data!.candidates as Array<{ person: { lastName: string } }>)[0]!.person.lastName).toBe('Martínez');
    expect(await scalar<number>(sql`SELECT count(*)::int AS v FROM person`)).toBe(count);
    const candidateIds = (e.data!.candidates as Array<{ person: { id: string } }>).map((c) => c.person.id);
    // Confirming is not enough: the worker reviews each likely match and states why this is someone else.
    const bare = await expectDomainError(registerPerson({ firstName: 'Rossa', lastName: 'Martinez', dob: '1988-04-12', confirmedNotDuplicate: true }, worker, deps), 'DUPLICATE_SUSPECTED');
    expect(bare.details.map((d) => d.path).sort()).toEqual(['notDuplicateReason', 'reviewedCandidateIds']);
    const short = await expectDomainError(
      registerPerson({ firstName: 'Rossa', lastName: 'Martinez', dob: '1988-04-12', confirmedNotDuplicate: true, reviewedCandidateIds: candidateIds, notDuplicateReason: 'twin' }, worker, deps),
      'DUPLICATE_SUSPECTED',
    );
    expect(short.details.map((d) => d.path)).toEqual(['notDuplicateReason']);
    expect(await scalar<number>(sql`SELECT count(*)::int AS v FROM person`)).toBe(count);
    const reason = 'Twin sister, different SSN card seen at intake';
    const twin = await registerPerson(
      { firstName: 'Rossa', lastName: 'Martinez', dob: '1988-04-12', confirmedNotDuplicate: true, reviewedCandidateIds: candidateIds, notDuplicateReason: reason },
      worker,
      deps,
    );
    expect(twin.id).toBeTruthy();
    const audit = await database.db.execute<{ reason: string }>(sql`SELECT reason FROM audit_event WHERE action = 'person.registered' AND person_id = ${twin.id}`);
    expect(audit.rows[0]!.reason).toContain(reason);
    // The pair is remembered as "not the same person", so duplicate detection will not propose it.
    const pairs = await database.db.execute<{ status: string; source: string; reason: string }>(
      sql`SELECT status, source, reason FROM person_match_candidate WHERE ${twin.id} IN (person_a_id, person_b_id)`,
    );
    expect(pairs.rows).toEqual(candidateIds.map(() => ({ status: 'not_same', source: 'registration', reason })));
  });
});

describe('searching people', () => {
  beforeAll(async () => {
    const people = [
      { firstName: 'José', lastName: 'García', dob: '1975-11-02', ssn: '923-11-2233' },
      { firstName: 'Josefina', lastName: 'Garcia-Lopez', dob: '1979-01-20' },
      { firstName: 'Joseph', lastName: 'Garrison', dob: '1975-11-02' },
      { firstName: 'Emily', lastName: 'Johnson', dob: '2001-07-04', ssn: '934-55-2233' },
    ];
    for (const p of people) await registerAnyway(p);
  });

  it('finds a name with a typo, accents and order ignored, best first, with reasons', async () => {
    const { results } = await searchPeople({ q: 'garcia jose' }, worker, deps);
    expect(results[0]!.person).toMatchObject({ firstName: 'José', lastName: 'García' });
    expect(results[0]!.reasons).toEqual([{ field: 'name', agreement: 'exact' }]);
    const typo = await searchPeople({ q: 'Jose Garsia' }, worker, deps);
    expect(typo.results[0]!.person.lastName).toBe('García');
  });

  it('ranks the person whose date of birth agrees first, and finds by SSN last four', async () => {
    const { results } = await searchPeople({ q: 'jose garcia', dob: '1975-11-02' }, worker, deps);
    expect(results[0]!.score).toBeGreaterThan(0.99);
    expect(results[0]!.reasons).toEqual([{ field: 'name', agreement: 'exact' }, { field: 'dob', agreement: 'exact' }]);
    expect(results.map((r) => r.person.lastName)).toContain('Garrison');
    const bySsn = await searchPeople({ ssnLast4: '2233' }, worker, deps);
    expect(bySsn.results.map((r) => r.person.firstName).sort()).toEqual(['Emily', 'José']);
    const bySsnAndDob = await searchPeople({ ssnLast4: '2233', dob: '2001-07-04' }, worker, deps);
    expect(bySsnAndDob.results[0]!.person.firstName).toBe('Emily');
    expect(bySsnAndDob.results[0]!.reasons).toEqual([{ field: 'dob', agreement: 'exact' }, { field: 'ssnLast4', agreement: 'exact' }]);
  });

  it('finds a swapped day and month', async () => {
    const { results } = await searchPeople({ dob: '1975-02-11' }, worker, deps);
    expect(results[0]!.reasons).toEqual([{ field: 'dob', agreement: 'swapped' }]);
  });

  it('finds a person by an alias', async () => {
    const emily = (await searchPeople({ q: 'emily johnson' }, worker, deps)).results[0]!.person;
    await addAlias(emily.id, { kind: 'maiden', firstName: 'Emily', lastName: 'Vigil' }, worker, deps);
    const { results } = await searchPeople({ q: 'emily vigil' }, worker, deps);
    expect(results[0]!.person.id).toBe(emily.id);
    expect(results[0]!.reasons[0]).toEqual({ field: 'alias', agreement: 'exact' });
  });

  it('refuses a search with no criteria', async () => {
    await expectDomainError(searchPeople({ q: '  ' }, worker, deps), 'VALIDATION');
  });
});

describe('restricted people, family violence and break the glass', () => {
  let fv: string;

  beforeAll(async () => {
    const p = await registerPerson({ ...rosa, firstName: 'Lucía', lastName: 'Sandoval', ssn: '945-12-3456', dob: '1992-09-30' }, worker, deps);
    await setPersonFlags(p.id, { flags: ['family_violence'], reason: 'Protective order on file' }, worker, deps);
    fv = p.id;
  });

  it('writes the flag change to the audit log with its reason', async () => {
    const r = await database.db.execute<{ reason: string; after: unknown }>(sql`SELECT reason, after FROM audit_event WHERE action = 'person.flags_set' AND person_id = ${fv}`);
    expect(r.rows).toEqual([{ reason: 'Protective order on file', after: { flags: ['family_violence'] } }]);
  });

  it('asks for a stated reason before opening a restricted person without cases', async () => {
    const e = await expectDomainError(getPerson(fv, otherWorker, deps), 'BREAK_GLASS_REQUIRED');
    expect(e.data).toMatchObject({ reason: 'restricted' });
  });

  it('refuses a reason that says nothing', async () => {
    const e = await expectDomainError(breakGlass(fv, { reason: 'because' }, otherWorker, deps), 'VALIDATION');
    expect(e.details[0]!.path).toBe('reason');
  });

  it('opens after breaking the glass, logs it, and still hides address and employer', async () => {
    const grant = await breakGlass(fv, { reason: 'Client called the hotline; verifying identity' }, otherWorker, deps);
    expect(grant.expiresAt).toBe('2026-03-03T00:00:00.000Z');
    const p = await getPerson(fv, otherWorker, deps);
    expect(p.addresses).toEqual([]);
    expect(p.addressSuppressed).toBe(true);
    expect(p.employerSuppressed).toBe(true);
    expect(p.contacts.map((c) => c.kind)).toEqual(['phone']);
    expect(JSON.stringify(p)).not.toMatch(/Colfax|Denver Health|Bannock/);

    const log = await database.db.execute<{ action: string; reason: string | null; restricted: boolean; user_id: string }>(
      sql`SELECT action, reason, restricted, user_id FROM access_log WHERE person_id = ${fv} ORDER BY id`,
    );
    expect(log.rows).toEqual([
      { action: 'break_glass', reason: 'Client called the hotline; verifying identity', restricted: true, user_id: otherWorker.principal.userId },
      { action: 'read', reason: 'Client called the hotline; verifying identity', restricted: true, user_id: otherWorker.principal.userId },
    ]);
  });

  it('lets the grant lapse after eight hours', async () => {
    const later = { ...deps, clock: fixedClock('2026-03-03T00:00:01.000Z') };
    await expectDomainError(getPerson(fv, otherWorker, later), 'BREAK_GLASS_REQUIRED');
  });

  it('shows the address to the worker whose caseload holds the person, and hides it from a unit colleague', async () => {
    casesOf.set(fv, [{ assignedWorkerId: worker.principal.userId, unitId: 'north', programCode: 'tanf', restricted: false }]);
    const own = await getPerson(fv, worker, deps);
    expect(own.addresses).toHaveLength(1);
    expect(own.addressSuppressed).toBe(false);
    const colleague: Viewer = { principal: testPrincipal({ userId: randomUUID(), unitIds: ['north'] }) };
    await expectDomainError(getPerson(fv, colleague, deps), 'BREAK_GLASS_REQUIRED');
    const lead: Viewer = { principal: testPrincipal({ userId: randomUUID(), leadUnitIds: ['north'] }) };
    expect((await getPerson(fv, lead, deps)).addresses).toHaveLength(1);
    casesOf.delete(fv);
  });

  it('logs a restricted person coming up in a search', async () => {
    const viewer: Viewer = { principal: testPrincipal({ userId: randomUUID() }) };
    const { results } = await searchPeople({ q: 'lucia sandoval' }, viewer, deps);
    expect(results[0]!.person).toMatchObject({ id: fv, restricted: true, flags: ['family_violence'] });
    expect(JSON.stringify(results)).not.toMatch(/Colfax/);
    const n = await scalar<number>(sql`SELECT count(*)::int AS v FROM access_log WHERE user_id = ${viewer.principal.userId} AND action = 'search' AND person_id = ${fv}`);
    expect(n).toBe(1);
  });

  it('refuses changes to a restricted person from outside the caseload', async () => {
    const stranger: Viewer = { principal: testPrincipal({ userId: randomUUID() }) };
    await expectDomainError(updatePerson(fv, { preferredLanguage: 'en' }, stranger, deps), 'BREAK_GLASS_REQUIRED');
    await expectDomainError(addAddress(fv, { line1: '1 A St', city: 'Aurora', state: 'CO', postalCode: '80010', fromDate: '2025-01-01' }, stranger, deps), 'BREAK_GLASS_REQUIRED');
  });
});

describe('changing a person', () => {
  let id: string;
  beforeAll(async () => {
    id = (await registerAnyway({ firstName: 'Ana', lastName: 'Quintana', dob: '1990-01-15' })).id;
  });

  it('keeps a changed name as a former name, searchable, and audits before and after', async () => {
    const p = await updatePerson(id, { lastName: 'Quintana-Baca', ssn: '956-78-1234', expectedVersion: 1 }, worker, deps);
    expect(p).toMatchObject({ lastName: 'Quintana-Baca', ssnLast4: '1234', version: 2 });
    expect(p.aliases).toMatchObject([{ kind: 'former', lastName: 'Quintana' }]);
    const ev = (await database.db.execute<{ before: any; after: any }>(sql`SELECT before, after FROM audit_event WHERE action = 'person.updated' AND person_id = ${id}`)).rows[0]!;
    expect(ev.before).toMatchObject({ lastName: 'Quintana', ssnLast4: null, version: 1 });
    expect(ev.after).toMatchObject({ lastName: 'Quintana-Baca', ssnLast4: '1234', ssnChanged: true, version: 2 });
    expect(JSON.stringify(ev)).not.toMatch(/956/);
    const found = await searchPeople({ q: 'ana quintana', dob: '1990-01-15' }, worker, deps);
    expect(found.results[0]!.person.id).toBe(id);
  });

  it('refuses a stale version', async () => {
    await expectDomainError(updatePerson(id, { sex: 'female', expectedVersion: 1 }, worker, deps), 'CONFLICT');
  });

  it('keeps address history: a new address ends the current one the day before', async () => {
    await addAddress(id, { line1: '200 Federal Blvd', city: 'Denver', state: 'CO', postalCode: '80219', fromDate: '2020-01-01' }, worker, deps);
    const p = await addAddress(id, { line1: '31 Havana St', city: 'Aurora', state: 'CO', postalCode: '80010', fromDate: '2025-05-01' }, worker, deps);
    expect(p.addresses.map((a) => [a.line1, a.fromDate, a.toDate])).toEqual([
      ['31 Havana St', '2025-05-01', null],
      ['200 Federal Blvd', '2020-01-01', '2025-04-30'],
    ]);
  });

  it('demotes the previous primary phone', async () => {
    await addContact(id, { kind: 'phone', value: '303-555-0100', isPrimary: true }, worker, deps);
    const p = await addContact(id, { kind: 'phone', value: '303-555-0199', isPrimary: true }, worker, deps);
    expect(p.contacts.filter((c) => c.isPrimary).map((c) => c.value)).toEqual(['303-555-0199']);
  });
});

describe('relationships', () => {
  let mom: string;
  let kid: string;
  beforeAll(async () => {
    mom = (await registerAnyway({ firstName: 'Marisol', lastName: 'Archuleta', dob: '1985-02-02' })).id;
    kid = (await registerAnyway({ firstName: 'Mateo', lastName: 'Archuleta', dob: '2015-06-06' })).id;
  });

  it('reads a tie from both sides', async () => {
    const k = await addRelationship(kid, { relatedPersonId: mom, type: 'parent' }, worker, deps);
    expect(k.relationships).toMatchObject([{ type: 'parent', person: { id: mom, name: 'Marisol Archuleta' } }]);
    const m = await getPerson(mom, worker, deps);
    expect(m.relationships).toMatchObject([{ type: 'child', person: { id: kid } }]);
  });

  it('refuses the same tie entered from the other side, a tie to oneself and a parent younger than the child', async () => {
    await expectDomainError(addRelationship(mom, { relatedPersonId: kid, type: 'child' }, worker, deps), 'CONFLICT');
    await expectDomainError(addRelationship(mom, { relatedPersonId: mom, type: 'sibling' }, worker, deps), 'VALIDATION');
    const e = await expectDomainError(addRelationship(mom, { relatedPersonId: kid, type: 'alleged_father' }, worker, deps), 'VALIDATION');
    expect(e.details[0]!.path).toBe('type');
    await expectDomainError(addRelationship(mom, { relatedPersonId: randomUUID(), type: 'sibling' }, worker, deps), 'VALIDATION');
  });
});

describe('households over time', () => {
  let a: string;
  let b: string;
  let c: string;
  beforeAll(async () => {
    a = (await registerAnyway({ firstName: 'Carlos', lastName: 'Trujillo' })).id;
    b = (await registerAnyway({ firstName: 'Diana', lastName: 'Trujillo' })).id;
    c = (await registerAnyway({ firstName: 'Elena', lastName: 'Trujillo' })).id;
  });

  it('creates a household with members, adds and ends memberships', async () => {
    const h = await createHousehold({ name: 'Trujillo household', members: [{ personId: a, role: 'head', fromDate: '2020-01-01' }, { personId: b, fromDate: '2020-01-01' }] }, worker, deps);
    expect(h.members.map((m) => [m.person.firstName, m.role])).toEqual([
      ['Carlos', 'head'],
      ['Diana', 'member'],
    ]);
    await addHouseholdMember(h.id, { personId: c, fromDate: '2024-03-01' }, worker, deps);
    const ended = await endHouseholdMembership(h.id, b, { toDate: '2025-12-31', reason: 'Moved out' }, worker, deps);
    expect(ended.members.find((m) => m.person.id === b)).toMatchObject({ toDate: '2025-12-31', endReason: 'Moved out' });
    expect(ended.members.at(-1)!.person.id).toBe(b);
    const detail = await getPerson(b, worker, deps);
    expect(detail.households).toEqual([{ householdId: h.id, name: 'Trujillo household', role: 'member', fromDate: '2020-01-01', toDate: '2025-12-31' }]);
    expect((await getHousehold(h.id, worker, deps)).members).toHaveLength(3);
    // Re-joining after the end is fine; overlapping the old period is not.
    await expectDomainError(addHouseholdMember(h.id, { personId: b, fromDate: '2025-06-01' }, worker, deps), 'CONFLICT');
    await addHouseholdMember(h.id, { personId: b, fromDate: '2026-02-01' }, worker, deps);
    await expectDomainError(endHouseholdMembership(h.id, b, { toDate: '2026-01-01' }, worker, deps), 'VALIDATION');
    await expectDomainError(endHouseholdMembership(h.id, randomUUID(), { toDate: '2026-01-01' }, worker, deps), 'NOT_FOUND');
  });

  it('writes nothing when one member fails: no household, no members, no audit event', async () => {
    const households = await scalar<number>(sql`SELECT count(*)::int AS v FROM household`);
    const events = await scalar<number>(sql`SELECT count(*)::int AS v FROM audit_event`);
    const e = await expectDomainError(
      createHousehold({ name: 'Two heads', members: [{ personId: a, role: 'head', fromDate: '2020-01-01' }, { personId: c, role: 'head', fromDate: '2021-01-01' }] }, worker, deps),
      'CONFLICT',
    );
    expect(e.message).toMatch(/head/);
    expect(await scalar<number>(sql`SELECT count(*)::int AS v FROM household`)).toBe(households);
    expect(await scalar<number>(sql`SELECT count(*)::int AS v FROM audit_event`)).toBe(events);
    const unknown = await expectDomainError(createHousehold({ name: 'Ghost', members: [{ personId: randomUUID(), fromDate: '2020-01-01' }] }, worker, deps), 'VALIDATION');
    expect(unknown.details[0]!.path).toBe('members.0.personId');
  });
});

describe('getPersonSummaries', () => {
  it('returns summaries in the order asked, skipping unknown ids, with no contact details', async () => {
    const { results } = await searchPeople({ q: 'trujillo' }, worker, deps);
    const ids = results.map((r) => r.person.id).reverse();
    const s = await getPersonSummaries(database.db, [ids[0]!, randomUUID(), ids[1]!]);
    expect(s.map((p) => p.id)).toEqual([ids[0], ids[1]]);
    expect(Object.keys(s[0]!).sort()).toEqual(['dob', 'firstName', 'flags', 'id', 'lastName', 'middleName', 'preferredLanguage', 'restricted', 'sex', 'ssnLast4', 'suffix']);
  });

  it('leaves the audit chain intact after all of the above', async () => {
    expect((await verifyAuditChain(database)).ok).toBe(true);
  });
});
