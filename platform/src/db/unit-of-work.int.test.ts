import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from '@hearth/server/testing';
import { fixedClock } from '../clock.js';
import { logAccess } from '../audit/audit.js';
import { inTransaction } from './unit-of-work.js';
import { withClock, type Database } from './database.js';

let base: Database;
beforeAll(async () => {
  base = await createTestDatabase();
  await base.db.execute(sql`CREATE TABLE uow_test_item (key text PRIMARY KEY)`);
});
afterAll(async () => base.close());

const iso = (v: unknown) => new Date(String(v)).toISOString();

describe('unit of work and the injected clock', () => {
  it('stamps audit events with the database clock, not the system time', async () => {
    const database = withClock(base, fixedClock('2031-02-03T04:05:06.000Z'));
    await inTransaction(database, { userId: null }, async (uow) => {
      expect(uow.clock.today()).toBe('2031-02-03');
      uow.audit({ action: 'test.clocked', entityType: 'thing', entityId: 'c1' });
    });
    const r = await base.db.execute<{ at: string }>(sql`SELECT at FROM audit_event WHERE action = 'test.clocked'`);
    expect(r.rows.map((x) => iso(x.at))).toEqual(['2031-02-03T04:05:06.000Z']);
  });

  it('stamps access-log entries with it, through uow.logAccess and through logAccess(uow.tx, …)', async () => {
    const database = withClock(base, fixedClock('2029-07-08T09:10:11.000Z'));
    await inTransaction(database, { userId: null, ip: '10.0.0.1' }, async (uow) => {
      await uow.logAccess({ action: 'read', entityType: 'thing', entityId: 'via-uow' });
      await logAccess(uow.tx, uow.actor, { action: 'read', entityType: 'thing', entityId: 'via-tx' });
    });
    const r = await base.db.execute<{ entity_id: string; at: string; ip: string }>(
      sql`SELECT entity_id, at, ip FROM access_log WHERE entity_id IN ('via-uow', 'via-tx') ORDER BY entity_id`,
    );
    expect(r.rows.map((x) => [x.entity_id, iso(x.at), x.ip])).toEqual([
      ['via-tx', '2029-07-08T09:10:11.000Z', '10.0.0.1'],
      ['via-uow', '2029-07-08T09:10:11.000Z', '10.0.0.1'],
    ]);
  });

  it('leaves the system clock on a database opened without one', async () => {
    const before = Date.now();
    await inTransaction(base, { userId: null }, async (uow) => uow.audit({ action: 'test.system_time', entityType: 'thing', entityId: 's' }));
    const r = await base.db.execute<{ at: string }>(sql`SELECT at FROM audit_event WHERE action = 'test.system_time'`);
    const at = new Date(String(r.rows[0]!.at)).getTime();
    expect(at).toBeGreaterThanOrEqual(before - 1000);
    expect(at).toBeLessThanOrEqual(Date.now() + 1000);
  });
});

describe('one connection, many callers', () => {
  it('runs queries issued together on one transaction one after another, without the driver\'s deprecated queue', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on('warning', onWarning);
    try {
      const all = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          inTransaction(base, { userId: null }, async ({ tx }) => {
            const rows = await Promise.all([1, 2, 3, 4, 5].map((k) => tx.execute<{ v: number }>(sql`SELECT ${i * 10 + k}::int AS v`)));
            return rows.map((r) => r.rows[0]!.v);
          }),
        ),
      );
      expect(all).toEqual(Array.from({ length: 20 }, (_, i) => [1, 2, 3, 4, 5].map((k) => i * 10 + k)));
      await new Promise((r) => setImmediate(r));
      expect(warnings.filter((w) => /already executing a query/.test(w))).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('rolls back cleanly when one of several concurrent queries on a transaction fails, and the connection stays usable', async () => {
    await expect(
      inTransaction(base, { userId: null }, async ({ tx }) => {
        await tx.execute(sql`INSERT INTO uow_test_item (key) VALUES ('uow-test')`);
        await Promise.all([tx.execute(sql`SELECT 1`), tx.execute(sql`SELECT 1/0`), tx.execute(sql`SELECT 2`)]);
      }),
    ).rejects.toThrow();
    const after = await Promise.all(Array.from({ length: 10 }, (_, i) => base.pool.query('SELECT $1::int AS i', [i])));
    expect(after.map((r) => r.rows[0].i)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const left = await base.pool.query(`SELECT count(*)::int AS n FROM uow_test_item`);
    expect(left.rows[0].n).toBe(0);
  });

  it('fails at once (PGlite) instead of waiting for ever when a transaction asks the pool for a second connection', async () => {
    const attempt = inTransaction(base, { userId: null }, async () => {
      const r = await base.pool.query('SELECT 42 AS n');
      return r.rows[0].n as number;
    });
    if (base.kind === 'pglite') await expect(attempt).rejects.toThrow(/only PGlite connection/);
    else await expect(attempt).resolves.toBe(42); // PostgreSQL has a second connection to give
    expect((await base.pool.query('SELECT 1 AS one')).rows[0].one).toBe(1);
  });
});
