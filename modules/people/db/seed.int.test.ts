import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createRng } from '@hearth/kernel';
import { createFieldCipher, inTransaction, SYSTEM_ACTOR, type Database } from '@hearth/platform';
import { createTestDatabase } from '@hearth/server/testing';
import { createSqlPersonSearch } from '../adapters/sql-person-search.js';
import { seedPeople } from './seed.js';

let database: Database;
const cipher = createFieldCipher(randomBytes(32));

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());

async function count(table: string): Promise<number> {
  const r = await database.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`);
  return r.rows[0]!.n;
}

describe('seedPeople', () => {
  it('inserts exactly the people asked for, in households, with encrypted SSNs and valid history', async () => {
    const started = performance.now();
    const r = await inTransaction(database, SYSTEM_ACTOR, ({ tx }) => seedPeople(tx, cipher, 2000, createRng(2026), { familyViolenceRate: 0.02 }));
    const ms = performance.now() - started;
    console.log(`seedPeople: 2,000 people in ${r.households} households in ${ms.toFixed(0)} ms (${database.kind})`);
    expect(r.people).toBe(2000);
    expect(await count('person')).toBe(2000);
    expect(await count('household')).toBe(r.households);
    expect(await count('household_member')).toBe(2000);
    expect(await count('person_address')).toBe(2000);
    expect(r.familyViolence).toBeGreaterThan(0);
    expect(r.refs.flatMap((h) => h.memberIds)).toHaveLength(2000);

    const bad = await database.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM person WHERE ssn_encrypted IS NOT NULL AND (ssn_encrypted NOT LIKE 'v1:%' OR ssn_encrypted ~ '9[0-9]{2}-?[0-9]{2}-?[0-9]{4}')`);
    expect(bad.rows[0]!.n).toBe(0);
    const sample = (await database.db.execute<{ ssn_encrypted: string; ssn_last4: string }>(sql`SELECT ssn_encrypted, ssn_last4 FROM person WHERE ssn_encrypted IS NOT NULL LIMIT 1`)).rows[0]!;
    const clear = cipher.decrypt(sample.ssn_encrypted);
    expect(clear).toMatch(/^9\d{8}$/);
    expect(clear.slice(-4)).toBe(sample.ssn_last4);

    const flagged = await database.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM person WHERE 'family_violence' = ANY (flags) AND restricted`);
    expect(flagged.rows[0]!.n).toBeGreaterThan(0);
    // Every relationship points at two seeded people; the same seed gives the same first person.
    const first = await database.db.execute<{ id: string }>(sql`SELECT id FROM person WHERE id = ${r.refs[0]!.headId}`);
    expect(first.rows).toHaveLength(1);
  });

  it('gives people the search finds', async () => {
    const someone = (await database.db.execute<{ first_name: string; last_name: string; dob: string; id: string }>(sql`SELECT id, first_name, last_name, dob FROM person ORDER BY id LIMIT 1`)).rows[0]!;
    const results = await inTransaction(database, SYSTEM_ACTOR, ({ tx }) =>
      createSqlPersonSearch().search({ q: `${someone.first_name} ${someone.last_name}`, dob: someone.dob, limit: 5 }, tx),
    );
    expect(results[0]!.person.id).toBe(someone.id);
  });

  it('is deterministic: the same seed yields the same people', async () => {
    const db2 = await createTestDatabase();
    try {
      await inTransaction(db2, SYSTEM_ACTOR, ({ tx }) => seedPeople(tx, cipher, 300, createRng(2026)));
      const a = await db2.db.execute(sql`SELECT id, first_name, last_name, dob, ssn_last4, flags FROM person ORDER BY id`);
      expect(a.rows).toHaveLength(300);
      const again = await createTestDatabase();
      try {
        await inTransaction(again, SYSTEM_ACTOR, ({ tx }) => seedPeople(tx, cipher, 300, createRng(2026)));
        expect((await again.db.execute(sql`SELECT id, first_name, last_name, dob, ssn_last4, flags FROM person ORDER BY id`)).rows).toEqual(a.rows);
      } finally {
        await again.close();
      }
    } finally {
      await db2.close();
    }
  });
});
