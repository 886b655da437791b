import type { Database, Sql } from './database.js';
import { appendAuditEvents, type Actor, type AuditEventInput } from '../audit/audit.js';

export interface UnitOfWork {
  tx: Sql;
  actor: Actor;
  /** Records an audit event; all of them are chained just before the transaction commits. */
  audit(event: AuditEventInput): void;
}

/**
 * Every write of a use case runs here: one transaction, its audit events chained at the end.
 * If anything throws, nothing is written — not the change, not the audit event.
 */
export async function inTransaction<T>(database: Database, actor: Actor, work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
  return database.db.transaction(async (tx) => {
    const events: AuditEventInput[] = [];
    const result = await work({ tx: tx as unknown as Sql, actor, audit: (e) => void events.push(e) });
    await appendAuditEvents(tx as unknown as Sql, actor, events);
    return result;
  });
}
