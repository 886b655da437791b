import { z } from 'zod';
import { sql } from 'drizzle-orm';
import { DomainError } from '@hearth/kernel';
import { inTransaction } from '@hearth/platform';
import { clockState, type ClockStatus } from '../domain/clocks.js';
import { parseInput } from '../domain/validation.js';
import type { CasesDeps } from '../ports.js';
import { readCase } from './support/case-access.js';
import { actorFor, type Caller } from './support/caller.js';
import { dateString } from './add-note.js';

export const asOfInput = z.strictObject({ date: dateString });

/**
 * The case as it stood at the end of a past day, rebuilt from the audit trail: every change wrote the
 * entity's full row, so the last event per entity at or before that day's end is its state then.
 */
export async function getCaseAsOf(caller: Caller, caseId: string, raw: unknown, deps: Pick<CasesDeps, 'database' | 'clock' | 'clockTypes' | 'timeZone'>) {
  const input = parseInput(asOfInput, raw);
  const actor = actorFor(caller);
  return inTransaction(deps.database, actor, async (uow) => {
    await readCase(uow.tx, actor, caller.principal, caseId, deps.clock.now(), 'case_as_of');
    const r = await uow.tx.execute(sql`
      SELECT DISTINCT ON (entity_type, entity_id) entity_type AS "entityType", entity_id AS "entityId", after, seq
        FROM audit_event
       WHERE case_id = ${caseId} AND at < (((${input.date}::date + 1)::timestamp) AT TIME ZONE ${deps.timeZone})
       ORDER BY entity_type, entity_id, seq DESC`);
    const latest = r.rows as Array<{ entityType: string; entityId: string; after: any; seq: number }>;
    const of = (type: string) => latest.filter((e) => e.entityType === type && e.after).map((e) => e.after);
    const c = latest.find((e) => e.entityType === 'case' && e.entityId === caseId)?.after;
    if (!c) throw new DomainError('NOT_FOUND', `The case did not exist yet on ${input.date}`, [{ path: 'date', message: 'before the case was created' }]);
    const byDate = (k: string) => (a: any, b: any) => String(b[k] ?? '').localeCompare(String(a[k] ?? ''));
    return {
      asOf: input.date,
      readOnly: true,
      lastChangeSeq: Math.max(...latest.map((e) => Number(e.seq))),
      case: c,
      participants: of('case_participant').filter((p) => !p.endedOn || p.endedOn > input.date),
      assignments: of('case_assignment').sort(byDate('assignedAt')),
      notes: of('case_note').sort(byDate('contactOn')),
      documents: of('case_document').sort(byDate('uploadedAt')),
      tasks: of('case_task').sort(byDate('createdAt')),
      clocks: of('case_clock').map((k) => {
        const def = deps.clockTypes.get(k.typeCode);
        return { ...k, state: def ? clockState(def, { status: k.status as ClockStatus, dueOn: k.dueOn }, input.date) : k.status };
      }),
      reviews: of('case_review'),
      actions: of('case_action'),
      overrides: of('case_override'),
    };
  });
}
