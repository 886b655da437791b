import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRng } from '@hearth/kernel';
import { createFieldCipher, type Database } from '@hearth/platform';
import { seedPeople } from '@hearth/people';
import { mulberry32, seedCases } from '@hearth/cases';
import { createTestDatabase } from '@hearth/server/testing';
import { createCopyLoader } from './copy-loader.js';
import { dropSecondaryIndexes, rebuildIndexes } from './bulk-indexes.js';
import { BULK_TABLES } from './bench-database.js';

// COPY FROM STDIN needs a PostgreSQL server: PGlite's in-process connection has no COPY sub-protocol, and the
// benchmark only runs on PostgreSQL. Without DATABASE_URL these tests are reported as skipped.
const onPostgres = Boolean(process.env.DATABASE_URL);

const unit = { id: '00000000-0000-4000-8000-0000000000a1', workerIds: ['00000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-0000000000b2'], supervisorId: null };

/** Every row of the bulk tables as text, without values that differ between two runs by design. */
async function snapshot(database: Database, cipher: ReturnType<typeof createFieldCipher>): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of BULK_TABLES) {
    // Timestamps (now()) and database-generated uuids differ run to run; SSN ciphertexts have random IVs (compared decrypted).
    const cols = await database.pool.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1
          AND (data_type LIKE 'timestamp%' OR (column_name = 'id' AND column_default LIKE 'gen_random_uuid%') OR column_name = 'ssn_encrypted')`,
      [table],
    );
    const minus = cols.rows.map((c) => ` - '${c.column_name}'`).join('');
    const r = await database.pool.query<{ x: string }>(`SELECT (to_jsonb(t)${minus})::text AS x FROM "${table}" t ORDER BY 1`);
    out[table] = r.rows.map((row) => row.x);
  }
  const ssn = await database.pool.query<{ id: string; ssn_encrypted: string }>(`SELECT id, ssn_encrypted FROM person WHERE ssn_encrypted IS NOT NULL ORDER BY id`);
  out.ssn = ssn.rows.map((r) => `${r.id} ${cipher.decrypt(r.ssn_encrypted)}`);
  return out;
}

async function indexDefinitions(database: Database): Promise<string[]> {
  const r = await database.pool.query<{ d: string }>(
    `SELECT indexdef AS d FROM pg_indexes WHERE schemaname = current_schema() AND tablename = ANY($1::text[])
     UNION ALL
     SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text = ANY($2::text[])
     ORDER BY 1`,
    [BULK_TABLES, BULK_TABLES.map((t) => (t === 'case' ? '"case"' : t))],
  );
  return r.rows.map((x) => x.d);
}

describe.skipIf(!onPostgres)('bulk load through COPY (PostgreSQL)', () => {
  let viaInsert: Database;
  let viaCopy: Database;
  const cipher = createFieldCipher(randomBytes(32));

  beforeAll(async () => {
    viaInsert = await createTestDatabase();
    viaCopy = await createTestDatabase();
  });
  afterAll(async () => {
    await viaInsert?.close();
    await viaCopy?.close();
  });

  it('loads exactly the rows the builders insert themselves, and rebuilds the same indexes and foreign keys', async () => {
    const people = await seedPeople(viaInsert.db, cipher, 1500, createRng(41), { batchSize: 400, familyViolenceRate: 0.05 });
    const heads = people.refs.map((h) => h.headId);
    await seedCases(viaInsert.db, { count: 900, units: [unit], personIds: heads, today: '2026-06-01', batchSize: 250, audit: false, restrictedShare: 0.05 }, mulberry32(42));

    const before = await indexDefinitions(viaCopy);
    expect(before.length).toBeGreaterThan(20);
    const client = await viaCopy.pool.connect();
    try {
      const saved = await dropSecondaryIndexes(client, BULK_TABLES);
      expect(saved.indexes.length).toBeGreaterThan(10);
      expect(saved.foreignKeys.length).toBeGreaterThan(5);
      // During the load only the indexes of primary key, unique and exclusion constraints stay, and no foreign key.
      const loose = await client.query(
        `SELECT i.indexrelid::regclass::text AS name FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
          WHERE c.relname = ANY($1::text[]) AND c.relnamespace = current_schema()::regnamespace
            AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid)`,
        [BULK_TABLES],
      );
      expect(loose.rows).toEqual([]);
      const fks = await client.query(`SELECT conname FROM pg_constraint WHERE contype = 'f' AND conrelid IN (SELECT oid FROM pg_class WHERE relname = ANY($1::text[]))`, [BULK_TABLES]);
      expect(fks.rows).toEqual([]);

      const loader = createCopyLoader(client, { maxQueued: 2 });
      const copied = await seedPeople(loader.tx, cipher, 1500, createRng(41), { batchSize: 400, familyViolenceRate: 0.05 });
      await seedCases(loader.tx, { count: 900, units: [unit], personIds: copied.refs.map((h) => h.headId), today: '2026-06-01', batchSize: 250, audit: false, restrictedShare: 0.05 }, mulberry32(42));
      const stats = await loader.flush();
      expect(stats.byTable.person).toBe(1500);
      expect(stats.byTable.case).toBe(900);
      await rebuildIndexes(client, saved);
    } finally {
      client.release();
    }
    expect(await indexDefinitions(viaCopy)).toEqual(before);

    const [a, b] = [await snapshot(viaInsert, cipher), await snapshot(viaCopy, cipher)];
    expect(a.person).toHaveLength(1500);
    expect(a.case).toHaveLength(900);
    expect(a.ssn!.length).toBeGreaterThan(1000);
    for (const table of [...BULK_TABLES, 'ssn']) expect(b[table], table).toEqual(a[table]);
  });

  it('refuses a statement it does not understand instead of dropping rows, and reports a failed COPY at flush', async () => {
    const client = await viaCopy.pool.connect();
    try {
      const loader = createCopyLoader(client);
      const { sql } = await import('drizzle-orm');
      await expect(loader.tx.execute(sql`INSERT INTO household (id, name) VALUES (${'00000000-0000-4000-8000-000000000001'}, 'x')`)).rejects.toThrow(/only runs INSERT … SELECT … FROM unnest/);
      expect(() => loader.tx.select()).toThrow(/supports only execute/);
      // A row the table refuses (name is NOT NULL) fails the COPY; the error comes back, nothing half-counted.
      await loader.tx.execute(sql`INSERT INTO household (id, name) SELECT * FROM unnest(${sql.param(['00000000-0000-4000-8000-000000000002'])}::uuid[], ${sql.param([null])}::text[])`).catch(() => {});
      await expect(loader.flush()).rejects.toThrow(/null value|not-null/);
      const n = await viaCopy.pool.query(`SELECT count(*)::int AS n FROM household WHERE id = '00000000-0000-4000-8000-000000000002'`);
      expect(n.rows[0].n).toBe(0);
    } finally {
      client.release();
    }
  });
});
