/**
 * The parts of a hearing packet that the platform and this module hold for a case: the notices sent, the
 * audit events (who changed what) and the access-log entries (who read what). The eligibility module adds the
 * evidence and determinations and calls buildHearingPacket. Runs in the caller's transaction, which has already
 * made the access decision and logs the export.
 */
import { sql } from 'drizzle-orm';
import type { Sql } from '@hearth/platform';
import type { PacketInput } from '../domain/packet-input.js';
import { noticeRepo } from './notice.repo.js';

export interface PacketRecordsOptions {
  /** Only records up to and including this date (UTC for timestamps). */
  through?: string;
  /** Staff names by user id (identity's directory); ids are shown without it. */
  names?: (ids: string[], tx: Sql) => Promise<Map<string, string>>;
  /** The newest entries kept of each log (a packet is read by people; the full log stays in Hearth). */
  limit?: number;
}

export async function loadPacketRecords(tx: Sql, caseId: string, opts: PacketRecordsOptions = {}): Promise<Required<Pick<PacketInput, 'notices' | 'auditEvents' | 'accessLog'>>> {
  const limit = opts.limit ?? 5000;
  const through = opts.through ? sql`AND at < (${opts.through}::date + 1)` : sql``;
  const notices = (await noticeRepo.forCase(tx, caseId)).filter((n) => !opts.through || n.noticeDate <= opts.through).reverse();
  const ev = await tx.execute(sql`SELECT * FROM (SELECT seq, at, actor_id AS "actorId", action, entity_type AS "entityType", entity_id AS "entityId", reason
    FROM audit_event WHERE case_id = ${caseId} ${through} ORDER BY seq DESC LIMIT ${limit}) e ORDER BY seq`);
  const acc = await tx.execute(sql`SELECT * FROM (SELECT id, at, user_id AS "userId", action, entity_type AS "entityType", entity_id AS "entityId", reason
    FROM access_log WHERE case_id = ${caseId} ${through} ORDER BY id DESC LIMIT ${limit}) a ORDER BY id`);
  const events = ev.rows as Array<{ at: string | Date; actorId: string | null; action: string; entityType: string; entityId: string; reason: string | null }>;
  const reads = acc.rows as Array<{ at: string | Date; userId: string | null; action: string; entityType: string; entityId: string; reason: string | null }>;
  const ids = [...new Set([...events.map((e) => e.actorId), ...reads.map((r) => r.userId)].filter((x): x is string => Boolean(x)))];
  const names = opts.names && ids.length ? await opts.names(ids, tx) : new Map<string, string>();
  const who = (id: string | null) => (id ? (names.get(id) ?? id) : 'System');
  const iso = (at: string | Date) => new Date(at).toISOString().replace('.000Z', 'Z');
  return {
    notices: notices.map((n) => ({ noticeDate: n.noticeDate, kind: n.kind as any, language: n.language as any, effectiveDate: n.effectiveDate, title: n.title, sha256: n.sha256 })),
    auditEvents: events.map((e) => ({ at: iso(e.at), actor: who(e.actorId), action: e.action, entity: `${e.entityType} ${e.entityId}`, reason: e.reason })),
    accessLog: reads.map((r) => ({ at: iso(r.at), user: who(r.userId), action: r.action, entity: `${r.entityType}${r.entityId !== r.entityType ? ` ${r.entityId}` : ''}`, reason: r.reason })),
  };
}
