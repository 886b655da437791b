import type { Database, Sql } from './database.js';
import { heldConnection } from './database.js';
import { appendAuditEvents, bindTransactionClock, logAccess, type AccessLogInput, type Actor, type AuditEventInput } from '../audit/audit.js';
import type { Clock } from '../clock.js';

export interface UnitOfWork {
  tx: Sql;
  actor: Actor;
  /** The database's clock: audit and access-log timestamps come from it. */
  clock: Clock;
  /** Records an audit event; all of them are chained just before the transaction commits. */
  audit(event: AuditEventInput): void;
  /** Writes an access-log entry now, in this transaction, stamped by the clock. */
  logAccess(entry: AccessLogInput): Promise<void>;
}

/**
 * Every write of a use case runs here: one transaction, its audit events chained at the end.
 * If anything throws, nothing is written — not the change, not the audit event.
 * Timestamps of audit events and access-log entries come from `database.clock` (see `withClock`).
 */
export async function inTransaction<T>(database: Database, actor: Actor, work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
  const clock = database.clock;
  return database.db.transaction(async (drizzleTx) => {
    const tx = drizzleTx as unknown as Sql;
    bindTransactionClock(tx, clock);
    const events: AuditEventInput[] = [];
    const uow: UnitOfWork = {
      tx,
      actor,
      clock,
      audit: (e) => void events.push(e),
      logAccess: (entry) => logAccess(tx, actor, entry, clock.now()),
    };
    const result = await heldConnection.run(database.pool, () => work(uow));
    await appendAuditEvents(tx, actor, events, clock.now());
    return result;
  });
}
