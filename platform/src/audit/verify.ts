import type { Database } from '../db/database.js';
import { withClient } from '../db/database.js';
import { chainHash, type ChainedFields } from './canonical.js';

export type ChainProblem =
  | { kind: 'altered'; seq: number }
  | { kind: 'deleted'; seq: number }
  | { kind: 'reordered'; seq: number }
  | { kind: 'truncated'; seq: number };

export interface VerifyResult {
  ok: boolean;
  checked: number;
  problem?: ChainProblem;
  message: string;
}

/**
 * Walks the chain in order and names the first event that was altered, deleted or reordered.
 * Streams in pages so a chain of millions of events verifies in constant memory.
 */
export async function verifyAuditChain(database: Database, pageSize = 5000): Promise<VerifyResult> {
  return withClient(database, async (client) => {
    let prev = '0'.repeat(64);
    let expectedSeq = 1;
    let checked = 0;
    const fail = (problem: ChainProblem, message: string): VerifyResult => ({ ok: false, checked, problem, message });
    for (;;) {
      const { rows } = await client.query(
        `SELECT seq, at, actor_id, action, entity_type, entity_id, case_id, person_id, reason, before, after, prev_hash, hash
           FROM audit_event WHERE seq >= $1 ORDER BY seq LIMIT $2`,
        [expectedSeq, pageSize],
      );
      for (const r of rows) {
        const seq = Number(r.seq);
        if (seq !== expectedSeq) return fail({ kind: 'deleted', seq: expectedSeq }, `event ${expectedSeq} is missing (deleted)`);
        if (r.prev_hash !== prev) {
          return fail({ kind: 'reordered', seq }, `event ${seq} does not follow event ${seq - 1} (reordered or the previous one was altered)`);
        }
        const fields: ChainedFields = {
          seq,
          at: (r.at as Date).toISOString(),
          actorId: r.actor_id,
          action: r.action,
          entityType: r.entity_type,
          entityId: r.entity_id,
          caseId: r.case_id,
          personId: r.person_id,
          reason: r.reason,
          before: r.before,
          after: r.after,
        };
        const hash = chainHash(prev, fields);
        if (hash !== r.hash) return fail({ kind: 'altered', seq }, `event ${seq} was altered after it was written`);
        prev = r.hash;
        expectedSeq = seq + 1;
        checked++;
      }
      if (rows.length < pageSize) break;
    }
    const head = await client.query<{ seq: string; hash: string }>('SELECT seq, hash FROM audit_head WHERE id = 1');
    const h = head.rows[0]!;
    if (Number(h.seq) !== expectedSeq - 1 || h.hash !== prev) {
      return fail({ kind: 'truncated', seq: expectedSeq }, `the chain ends at event ${expectedSeq - 1} but the head records ${h.seq}: events were deleted from the end`);
    }
    return { ok: true, checked, message: `audit chain intact: ${checked} events verified` };
  });
}
