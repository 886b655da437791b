import { sql } from 'drizzle-orm';
import type { Sql } from '../db/database.js';
import type { Clock } from '../clock.js';
import { chainHash, jsonNormalize, type ChainedFields } from './canonical.js';

export interface Actor {
  userId: string | null;
  ip?: string;
}

export const SYSTEM_ACTOR: Actor = { userId: null };

export interface AuditEventInput {
  action: string;
  entityType: string;
  entityId: string;
  caseId?: string | null;
  personId?: string | null;
  reason?: string | null;
  before?: unknown;
  after?: unknown;
}

// The clock of each open transaction, so logAccess(uow.tx, …) called by a module stamps the entry by the
// injected clock without every caller passing it. Entries die with their transaction object.
const transactionClocks = new WeakMap<object, Clock>();

/** Called by inTransaction: entries logged on `tx` take their time from `clock`. */
export function bindTransactionClock(tx: Sql, clock: Clock): void {
  transactionClocks.set(tx, clock);
}

/**
 * Appends events to the hash chain inside the caller's transaction. The chain head row is locked
 * until commit, so chained writes serialize only for the few statements at their end. The events' time is `now`
 * if given, else the clock of the transaction `tx` belongs to (inTransaction binds it), else the system time.
 */
export async function appendAuditEvents(tx: Sql, actor: Actor, events: AuditEventInput[], now?: Date): Promise<void> {
  if (events.length === 0) return;
  const head = await tx.execute<{ seq: number; hash: string }>(
    sql`UPDATE audit_head SET seq = seq + ${events.length} WHERE id = 1 RETURNING seq, hash`,
  );
  const row = head.rows[0]!;
  let seq = Number(row.seq) - events.length;
  let prev = row.hash;
  const at = (now ?? transactionClocks.get(tx)?.now() ?? new Date()).toISOString();
  const values = events.map((e) => {
    seq += 1;
    const fields: ChainedFields = {
      seq,
      at,
      actorId: actor.userId,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      caseId: e.caseId ?? null,
      personId: e.personId ?? null,
      reason: e.reason ?? null,
      before: jsonNormalize(e.before ?? null),
      after: jsonNormalize(e.after ?? null),
    };
    const hash = chainHash(prev, fields);
    const v = sql`(${fields.seq}, ${at}::timestamptz, ${fields.actorId}, ${fields.action}, ${fields.entityType}, ${fields.entityId}, ${fields.caseId}, ${fields.personId}, ${fields.reason}, ${JSON.stringify(fields.before)}::jsonb, ${JSON.stringify(fields.after)}::jsonb, ${prev}, ${hash})`;
    prev = hash;
    return v;
  });
  await tx.execute(sql`INSERT INTO audit_event (seq, at, actor_id, action, entity_type, entity_id, case_id, person_id, reason, before, after, prev_hash, hash) VALUES ${sql.join(values, sql`, `)}`);
  await tx.execute(sql`UPDATE audit_head SET hash = ${prev} WHERE id = 1`);
}

export interface AccessLogInput {
  action: 'read' | 'break_glass' | 'export' | 'search';
  entityType: string;
  entityId: string;
  caseId?: string | null;
  personId?: string | null;
  reason?: string | null;
  restricted?: boolean;
}

/**
 * Appends an access-log entry. Its time is `at` if given, else the clock of the transaction `tx` belongs to
 * (inTransaction binds it), else the system time.
 */
export async function logAccess(tx: Sql, actor: Actor, entry: AccessLogInput, at?: Date): Promise<void> {
  const when = (at ?? transactionClocks.get(tx)?.now() ?? new Date()).toISOString();
  await tx.execute(sql`INSERT INTO access_log (at, user_id, action, entity_type, entity_id, case_id, person_id, reason, restricted, ip)
    VALUES (${when}::timestamptz, ${actor.userId}, ${entry.action}, ${entry.entityType}, ${entry.entityId}, ${entry.caseId ?? null}, ${entry.personId ?? null}, ${entry.reason ?? null}, ${entry.restricted ?? false}, ${actor.ip ?? null})`);
}
