import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from '@hearth/server/testing';
import { inTransaction, type Database } from '../db/index.js';
import { verifyAuditChain } from './verify.js';

let database: Database;
const actor = { userId: null };

async function writeEvents(n: number) {
  for (let i = 0; i < n; i++) {
    await inTransaction(database, actor, async (uow) => {
      uow.audit({ action: 'test.wrote', entityType: 'thing', entityId: `t${i}`, before: null, after: { i, when: new Date('2026-01-02T03:04:05Z'), nested: { b: 1, a: [1, 'x'] } } });
    });
  }
}

async function tamper(statement: ReturnType<typeof sql>) {
  await database.db.execute(sql`ALTER TABLE audit_event DISABLE TRIGGER USER`);
  await database.db.execute(statement);
  await database.db.execute(sql`ALTER TABLE audit_event ENABLE TRIGGER USER`);
}

describe('audit hash chain', () => {
  beforeAll(async () => {
    database = await createTestDatabase();
    await writeEvents(5);
  });
  afterAll(async () => database.close());

  it('verifies an intact chain', async () => {
    const r = await verifyAuditChain(database);
    expect(r).toMatchObject({ ok: true, checked: 5 });
  });

  it('refuses updates and deletes through the append-only trigger', async () => {
    await expect(database.pool.query(`UPDATE audit_event SET action = 'x' WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(database.pool.query(`DELETE FROM audit_event WHERE seq = 1`)).rejects.toThrow(/append-only/);
  });

  it('rolls back the audit event with the change when the use case fails', async () => {
    await expect(
      inTransaction(database, actor, async (uow) => {
        uow.audit({ action: 'test.failed', entityType: 'thing', entityId: 'x' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const r = await database.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_event WHERE action = 'test.failed'`);
    expect(r.rows[0]!.n).toBe(0);
  });

  it('names the first altered event', async () => {
    await tamper(sql`UPDATE audit_event SET after = jsonb_set(after, '{i}', '99') WHERE seq = 3`);
    const r = await verifyAuditChain(database);
    expect(r.ok).toBe(false);
    expect(r.problem).toEqual({ kind: 'altered', seq: 3 });
    await tamper(sql`UPDATE audit_event SET after = jsonb_set(after, '{i}', '2') WHERE seq = 3`);
    expect((await verifyAuditChain(database)).ok).toBe(true);
  });

  it('names a deleted event', async () => {
    const db2 = await createTestDatabase();
    const saved = database;
    database = db2;
    await writeEvents(4);
    await tamper(sql`DELETE FROM audit_event WHERE seq = 2`);
    expect((await verifyAuditChain(db2)).problem).toEqual({ kind: 'deleted', seq: 2 });
    database = saved;
    await db2.close();
  });

  it('names reordered events', async () => {
    const db3 = await createTestDatabase();
    const saved = database;
    database = db3;
    await writeEvents(4);
    // Swap the contents of events 2 and 3 while keeping their sequence numbers.
    await tamper(sql`UPDATE audit_event a SET entity_id = b.entity_id, after = b.after, prev_hash = b.prev_hash, hash = b.hash
      FROM audit_event b WHERE (a.seq, b.seq) IN ((2, 3), (3, 2))`);
    const r = await verifyAuditChain(db3);
    expect(r.ok).toBe(false);
    expect(r.problem?.seq).toBe(2);
    database = saved;
    await db3.close();
  });

  it('notices events removed from the end', async () => {
    await tamper(sql`DELETE FROM audit_event WHERE seq = 5`);
    expect((await verifyAuditChain(database)).problem).toEqual({ kind: 'truncated', seq: 5 });
  });
});
