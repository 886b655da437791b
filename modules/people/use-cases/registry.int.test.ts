import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from '@hearth/server/testing';
import { createFieldCipher, createJobQueue, fixedClock, inTransaction, SYSTEM_ACTOR, verifyAuditChain, type Database, type JobQueue } from '@hearth/platform';
import { DomainError } from '@hearth/kernel';
import { createSqlPersonSearch } from '../adapters/sql-person-search.js';
import { dedupeJob } from '../adapters/dedupe.job.js';
import { testPrincipal } from '../test-support.js';
import type { PeopleDeps, PersonMergeParticipant } from './ports.js';
import type { Viewer } from './shared.js';
import { registerPerson } from './register-person.js';
import { searchPeople } from './search-people.js';
import { getPerson } from './get-person.js';
import { addAlias } from './add-alias.js';
import { addAddress } from './add-address.js';
import { addRelationship } from './add-relationship.js';
import { updatePerson } from './update-person.js';
import { createHousehold } from './create-household.js';
import { mergePeople } from './merge-people.js';
import { unmergePeople } from './unmerge-people.js';
import { listMatchPairs } from './list-match-pairs.js';
import { decideMatchPair } from './decide-match-pair.js';
import { listPersonMerges } from './list-person-merges.js';

let database: Database;
let deps: PeopleDeps;
const worker: Viewer = { principal: testPrincipal({ userId: randomUUID(), unitIds: ['north'] }), ip: '10.0.0.9' };

/** A stand-in for another module's references (the cases module's participant is tested through the server). */
const refs = new Map<string, string>(); // reference id -> person id
const fakeParticipant: PersonMergeParticipant = {
  name: 'fake',
  async moveReferences(from, to) {
    const moved = [...refs.entries()].filter(([, p]) => p === from).map(([id]) => id);
    for (const id of moved) refs.set(id, to);
    return { from, to, moved };
  },
  async restore(undo) {
    const u = undo as { from: string; to: string; moved: string[] };
    for (const id of u.moved) if (refs.get(id) === u.to) refs.set(id, u.from);
  },
};

async function expectDomainError(p: Promise<unknown>, code: string): Promise<DomainError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(DomainError);
  expect((e as DomainError).code).toBe(code);
  return e as DomainError;
}

async function registerAnyway(input: Record<string, unknown>) {
  try {
    return await registerPerson(input, worker, deps);
  } catch (e) {
    if (!(e instanceof DomainError) || e.code !== 'DUPLICATE_SUSPECTED') throw e;
    const ids = (e.data!.candidates as Array<{ person: { id: string } }>).map((c) => c.person.id);
    return registerPerson({ ...input, confirmedNotDuplicate: true, reviewedCandidateIds: ids, notDuplicateReason: 'test fixture: a different person' }, worker, deps);
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  deps = {
    database,
    clock: fixedClock('2026-03-02T16:00:00.000Z'),
    cipher: createFieldCipher(randomBytes(32)),
    scope: { scopedRecordsFor: async () => [] },
    search: createSqlPersonSearch(),
    mergeParticipants: [fakeParticipant],
  };
});
afterAll(async () => database?.close());

describe('search: candidates from several keys, ranked by the linkage scorer', () => {
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    const people = {
      robert: { firstName: 'Robert', lastName: 'Kowalczyk', dob: '1969-03-14', ssn: '912-33-4455', sex: 'male' },
      roberta: { firstName: 'Roberta', lastName: 'Kowalski', dob: '1971-08-02', sex: 'female' },
      margaret: { firstName: 'Margaret', lastName: 'Oyelaran', dob: '1990-05-07', sex: 'female' },
      smiths: { firstName: 'Alan', lastName: 'Smith', dob: '1950-01-01' },
      smith2: { firstName: 'Beth', lastName: 'Smith', dob: '1962-06-06' },
      smyth: { firstName: 'Carl', lastName: 'Smyth', dob: '1980-12-12' },
    };
    for (const [k, p] of Object.entries(people)) ids[k] = (await registerAnyway(p)).id;
  });

  it('finds a misspelled name with the date of birth and explains each field', async () => {
    const { results } = await searchPeople({ q: 'Robrt Kowalcyk', dob: '1969-03-14' }, worker, deps);
    expect(results[0]!.person.id).toBe(ids.robert);
    expect(results[0]!.match!.probability).toBeGreaterThan(0.9);
    const fields = Object.fromEntries(results[0]!.match!.comparisons.map((c) => [c.field, c.level]));
    expect(fields.birthDate).toBe('exact');
    expect(['close', 'fuzzy']).toContain(fields.givenName);
    expect(['close', 'fuzzy', 'phonetic']).toContain(fields.familyName);
    expect(results[0]!.match!.comparisons.every((c) => c.explanation.length > 0)).toBe(true);
  });

  it('finds a nickname (Bob for Robert) through the phonetic surname key', async () => {
    const { results } = await searchPeople({ q: 'Bob Kowalczyk' }, worker, deps);
    expect(results[0]!.person.id).toBe(ids.robert);
    expect(results[0]!.match!.comparisons.find((c) => c.field === 'givenName')!.level).toBe('nickname');
  });

  it('finds a day/month-swapped date of birth with a name', async () => {
    const { results } = await searchPeople({ q: 'Margaret Oyelaran', dob: '1990-07-05' }, worker, deps);
    expect(results[0]!.person.id).toBe(ids.margaret);
    expect(results[0]!.reasons).toContainEqual({ field: 'dob', agreement: 'swapped' });
  });

  it('works with partial input: surname only, first initial, year of birth, SSN last four', async () => {
    const surname = await searchPeople({ q: 'smith' }, worker, deps);
    expect(surname.results.slice(0, 2).map((r) => r.person.id).sort()).toEqual([ids.smiths, ids.smith2].sort());
    expect(surname.results.map((r) => r.person.id)).toContain(ids.smyth); // sounds alike, ranked below
    const initial = await searchPeople({ q: 'b smith' }, worker, deps);
    expect(initial.results[0]!.person.id).toBe(ids.smith2);
    const year = await searchPeople({ q: 'Kowalczyk', birthYear: 1969 }, worker, deps);
    expect(year.results[0]!.person.id).toBe(ids.robert);
    expect(year.results[0]!.reasons).toContainEqual({ field: 'dob', agreement: 'exact' });
    const ssn = await searchPeople({ ssnLast4: '4455', birthYear: 1969 }, worker, deps);
    expect(ssn.results.map((r) => r.person.id)).toEqual([ids.robert]);
  });

  it('finds a name typed surname first', async () => {
    const { results } = await searchPeople({ q: 'Oyelaran Margaret' }, worker, deps);
    expect(results[0]!.person.id).toBe(ids.margaret);
    expect(results[0]!.reasons[0]).toEqual({ field: 'name', agreement: 'exact' });
  });

  it('refuses a year of birth that is not a year, with the field path', async () => {
    const e = await expectDomainError(searchPeople({ q: 'smith', birthYear: 'soon' }, worker, deps), 'VALIDATION');
    expect(e.details[0]!.path).toBe('birthYear');
  });
});

describe('merge and unmerge', () => {
  let survivor: string;
  let dup: string;
  let sibling: string;
  let household: string;

  beforeAll(async () => {
    survivor = (await registerAnyway({ firstName: 'Dolores', lastName: 'Archuleta', dob: '1984-10-03', sex: 'female' })).id;
    dup = (
      await registerAnyway({
        firstName: 'Lola',
        lastName: 'Archuleta',
        dob: '1984-03-10',
        ssn: '921-44-1010',
        sex: 'female',
        preferredLanguage: 'es',
        addresses: [{ line1: '12 Elm St', city: 'Pueblo', state: 'CO', postalCode: '81003', fromDate: '2024-01-01' }],
        contacts: [{ kind: 'phone', value: '719-555-0100' }],
      })
    ).id;
    sibling = (await registerAnyway({ firstName: 'Ramon', lastName: 'Archuleta', dob: '1986-01-01' })).id;
    await addRelationship(dup, { relatedPersonId: sibling, type: 'sibling' }, worker, deps);
    await addRelationship(survivor, { relatedPersonId: dup, type: 'other_relative' }, worker, deps); // a tie between the two records
    household = (await createHousehold({ name: 'Archuleta', members: [{ personId: dup, role: 'head', fromDate: '2024-01-01' }] }, worker, deps)).id;
    refs.set('case-1', dup);
    refs.set('case-2', survivor);
  });

  it('refuses a merge without a reason, or of a person with themselves, with field paths', async () => {
    const e = await expectDomainError(mergePeople({ survivorId: survivor, mergedId: survivor, reason: 'x' }, worker, deps), 'VALIDATION');
    expect(e.details.map((d) => d.path).sort()).toEqual(['mergedId', 'reason']);
  });

  it('merges with chosen values: everything follows, the other record points at the survivor, the audit trail records it', async () => {
    const r = await mergePeople({ survivorId: survivor, mergedId: dup, values: { dob: 'merged', preferredLanguage: 'merged' }, reason: 'Same person: nickname Lola, date typed day-first' }, worker, deps);
    expect(r.merge.chosen).toEqual({ name: 'survivor', dob: 'merged', ssn: 'merged', sex: 'survivor', preferredLanguage: 'merged' });
    const s = r.survivor;
    expect(s).toMatchObject({ firstName: 'Dolores', dob: '1984-03-10', ssnLast4: '1010', preferredLanguage: 'es' });
    expect(s.aliases.map((a) => `${a.firstName} ${a.lastName}`)).toContain('Lola Archuleta');
    expect(s.addresses.map((a) => a.line1)).toEqual(['12 Elm St']);
    expect(s.contacts.map((c) => c.value)).toEqual(['719-555-0100']);
    expect(s.relationships.map((x) => x.person.id)).toEqual([sibling]); // the tie between the two was set aside
    expect(s.households.map((h) => h.householdId)).toEqual([household]);
    expect(refs.get('case-1')).toBe(survivor);

    const old = await getPerson(dup, worker, deps);
    expect(old.mergedInto).toBe(survivor);
    await expectDomainError(addAlias(dup, { firstName: 'X', lastName: 'Y' }, worker, deps), 'CONFLICT');
    const found = await searchPeople({ q: 'Lola Archuleta' }, worker, deps);
    expect(found.results.map((x) => x.person.id)).not.toContain(dup);
    expect(found.results[0]!.person.id).toBe(survivor);

    const events = await database.db.execute<{ action: string; entity_id: string; reason: string }>(
      sql`SELECT action, entity_id, reason FROM audit_event WHERE action LIKE 'person.merge%' ORDER BY seq`,
    );
    expect(events.rows.map((e) => [e.action, e.entity_id])).toEqual([
      ['person.merged_into', dup],
      ['person.merge_survived', survivor],
    ]);
    expect((await verifyAuditChain(database)).ok).toBe(true);
  });

  it('unmerges exactly, keeping later changes on the side they were made', async () => {
    // Later changes to the survivor: an alias, an address, a changed sex; and another module's reference added.
    await addAlias(survivor, { kind: 'nickname', firstName: 'Lolita', lastName: 'Archuleta' }, worker, deps);
    await addAddress(survivor, { line1: '99 Oak Ave', city: 'Pueblo', state: 'CO', postalCode: '81004', fromDate: '2026-02-01' }, worker, deps);
    await updatePerson(survivor, { preferredLanguage: 'en' }, worker, deps); // changes a merged value: the later change wins
    refs.set('case-3', survivor);
    const { items } = await listPersonMerges(survivor, worker, deps);
    expect(items).toHaveLength(1);
    await expectDomainError(unmergePeople(items[0]!.id, { reason: 'no' }, worker, deps), 'VALIDATION');
    const r = await unmergePeople(items[0]!.id, { reason: 'Different people: SSN card shows another birth date' }, worker, deps);
    expect(r.merge.status).toBe('undone');

    const s = await getPerson(survivor, worker, deps);
    const d = await getPerson(dup, worker, deps);
    expect(d.mergedInto).toBeNull();
    // Fields: dob and SSN back to the survivor's own (none); language keeps the later change.
    expect(s).toMatchObject({ firstName: 'Dolores', dob: '1984-10-03', ssnLast4: null, preferredLanguage: 'en' });
    expect(d).toMatchObject({ firstName: 'Lola', dob: '1984-03-10', ssnLast4: '1010', preferredLanguage: 'es' });
    // Rows: the moved ones back on the merged record, the later ones stay with the survivor, merge-made aliases gone.
    expect(s.aliases.map((a) => a.firstName)).toEqual(['Lolita']);
    expect(s.addresses.map((a) => a.line1)).toEqual(['99 Oak Ave']);
    expect(s.contacts).toEqual([]);
    expect(d.addresses.map((a) => a.line1)).toEqual(['12 Elm St']);
    expect(d.contacts.map((c) => c.value)).toEqual(['719-555-0100']);
    expect(d.relationships.map((x) => x.person.id).sort()).toEqual([sibling, survivor].sort());
    expect(d.households.map((h) => h.householdId)).toEqual([household]);
    expect(s.households).toEqual([]);
    expect(refs.get('case-1')).toBe(dup);
    expect(refs.get('case-2')).toBe(survivor);
    expect(refs.get('case-3')).toBe(survivor);
    // Unmerged means "not the same person": remembered for the duplicate job.
    const pair = await database.db.execute<{ status: string }>(sql`SELECT status FROM person_match_candidate WHERE ${dup} IN (person_a_id, person_b_id) AND ${survivor} IN (person_a_id, person_b_id)`);
    expect(pair.rows).toEqual([{ status: 'not_same' }]);
    await expectDomainError(unmergePeople(items[0]!.id, { reason: 'Twice is not possible' }, worker, deps), 'INVALID_STATE');
    expect((await verifyAuditChain(database)).ok).toBe(true);
  });

  it('refuses to unmerge while the survivor is itself merged into someone else', async () => {
    const a = (await registerAnyway({ firstName: 'Tomasa', lastName: 'Quintana', dob: '1950-02-02' })).id;
    const b = (await registerAnyway({ firstName: 'Tomasa', lastName: 'Quintana', dob: '1950-02-02' })).id;
    const c = (await registerAnyway({ firstName: 'Tomasa', lastName: 'Quintana', dob: '1950-02-02' })).id;
    const m1 = await mergePeople({ survivorId: b, mergedId: a, reason: 'Same person registered twice' }, worker, deps);
    await mergePeople({ survivorId: c, mergedId: b, reason: 'Same person registered three times' }, worker, deps);
    const e = await expectDomainError(unmergePeople(m1.merge.id, { reason: 'Undo the first merge' }, worker, deps), 'INVALID_STATE');
    expect(e.data).toMatchObject({ mergedInto: c });
  });
});

describe('duplicate detection job and review queue', () => {
  let jobs: JobQueue;
  const twins: string[] = [];
  beforeAll(async () => {
    jobs = createJobQueue(database);
    jobs.register(dedupeJob(deps));
    // Obvious duplicates registered as if typed by different workers.
    const pairs = [
      [{ firstName: 'Evangelina', lastName: 'Montoya', dob: '1977-04-21', ssn: '931-21-7788' }, { firstName: 'Evangelina', lastName: 'Montolla', dob: '1977-04-21', ssn: '931-21-7788' }],
      [{ firstName: 'Jonathan', lastName: 'Begay', dob: '2003-09-11', ssn: '932-43-1212' }, { firstName: 'Jon', lastName: 'Begay', dob: '2003-11-09', ssn: '932-43-1212' }],
    ];
    for (const [x, y] of pairs) {
      const a = (await registerAnyway(x!)).id;
      // Bypass search-before-create, as a bulk import would.
      const b = await inTransaction(database, SYSTEM_ACTOR, async ({ tx }) => {
        const r = await tx.execute<{ id: string }>(sql`INSERT INTO person (first_name, last_name, dob, ssn_encrypted, ssn_last4, search_first, search_last, search_name)
          VALUES (${y!.firstName}, ${y!.lastName}, ${y!.dob}, ${deps.cipher.encrypt(y!.ssn.replaceAll('-', ''))}, ${y!.ssn.slice(-4)}, ${y!.firstName.toLowerCase()}, ${y!.lastName.toLowerCase()}, ${`${y!.firstName} ${y!.lastName}`.toLowerCase()}) RETURNING id`);
        return r.rows[0]!.id;
      });
      twins.push(a, b);
    }
  });
  afterAll(async () => jobs.stop());

  it('proposes likely pairs ranked by probability, resumes after a crash without proposing twice, and reports progress', async () => {
    const runId = await jobs.enqueue('people.detect-duplicates', { chunk: 1000 }, worker.principal.userId);
    await jobs.runNow(runId);
    const run = await jobs.get(runId);
    expect(run).toMatchObject({ status: 'completed' });
    expect(run!.done).toBe(run!.total);
    const result = run!.result as { proposed: number; pairsScored: number; records: number };
    expect(result.records).toBeGreaterThan(10);
    const queue = await listMatchPairs({}, worker, deps);
    const pairKey = (x: string, y: string) => [x, y].sort().join('|');
    const keys = queue.items.map((p) => pairKey(p.personAId, p.personBId));
    expect(keys).toContain(pairKey(twins[0]!, twins[1]!));
    expect(keys).toContain(pairKey(twins[2]!, twins[3]!));
    expect(queue.items.map((p) => p.probability)).toEqual([...queue.items.map((p) => p.probability)].sort((a, b) => b - a));
    const top = queue.items.find((p) => pairKey(p.personAId, p.personBId) === pairKey(twins[0]!, twins[1]!))!;
    expect(top.explanation.find((c) => c.field === 'ssn')!.level).toBe('exact');
    expect(top.a.id).toBe(top.personAId);
    // Pairs declared "not the same" at registration are not proposed.
    const declared = await database.db.execute<{ a: string; b: string }>(sql`SELECT person_a_id AS a, person_b_id AS b FROM person_match_candidate WHERE status = 'not_same'`);
    for (const d of declared.rows) expect(keys).not.toContain(`${d.a}|${d.b}`);
    expect(queue.total).toBe(queue.items.length);
  });

  it('remembers "not the same person" and never proposes the pair again', async () => {
    const queue = await listMatchPairs({}, worker, deps);
    const pair = queue.items[0]!;
    await expectDomainError(decideMatchPair(pair.id, { decision: 'not_same' }, worker, deps), 'VALIDATION');
    const decided = await decideMatchPair(pair.id, { decision: 'not_same', reason: 'Checked both SSN cards: different people' }, worker, deps);
    expect(decided.status).toBe('not_same');
    const runId = await jobs.enqueue('people.detect-duplicates', {}, null);
    await jobs.runNow(runId);
    const again = await listMatchPairs({}, worker, deps);
    expect(again.items.map((p) => p.id)).not.toContain(pair.id);
    const row = await database.db.execute<{ status: string }>(sql`SELECT status FROM person_match_candidate WHERE id = ${pair.id}`);
    expect(row.rows[0]!.status).toBe('not_same');
  });

  it('resumes from its checkpoint after a crash and ends with the same queue', async () => {
    const before = await database.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM person_match_candidate`);
    await database.db.execute(sql`DELETE FROM person_match_candidate WHERE status = 'pending'`);
    const { detectDuplicates } = await import('./detect-duplicates.js');
    let saved: any = null;
    const progress = {
      runId: randomUUID(),
      get checkpoint() {
        return saved;
      },
      async save(tx: any, p: any) {
        saved = p.checkpoint;
      },
    };
    await expect(detectDuplicates(deps, progress, { chunk: 1, failAfterChunks: 2 })).rejects.toThrow('simulated crash');
    expect(saved).toMatchObject({ phase: 'score' });
    const scoredBeforeCrash = saved.pairsDone;
    expect(scoredBeforeCrash).toBe(2);
    const r = await detectDuplicates(deps, progress, { chunk: 1 });
    expect(r.pairsScored).toBeGreaterThan(scoredBeforeCrash);
    expect(saved.phase).toBe('done');
    const after = await database.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM person_match_candidate`);
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
  });
});
