import { sql } from 'drizzle-orm';
import { inTransaction } from '@hearth/platform';
import { noteRepo, taskRepo } from '../adapters/work.repo.js';
import type { CasesDeps } from '../ports.js';
import { readCase } from './support/case-access.js';
import { actorFor, type Caller } from './support/caller.js';
import { nameStaff } from './support/case-views.js';

export interface TimelineItem {
  at: string;
  kind: 'event' | 'contact' | 'task_due';
  action: string;
  entityType: string;
  entityId: string;
  actorId: string | null;
  actorName: string | null;
  summary: string;
  reason: string | null;
}

function describe(action: string, after: any): string {
  if (!after || typeof after !== 'object') return action;
  switch (action) {
    case 'case.created': return `Case ${after.caseNumber} created (${after.programCode})`;
    case 'case.opened': return 'Case opened';
    case 'case.closed': return `Case closed: ${after.closeReason ?? ''}`.trim();
    case 'case.reopened': return 'Case reopened';
    case 'participant.added': return `Participant added as ${after.role}`;
    case 'document.uploaded': return `Document filed: ${after.docType} (${after.fileName})`;
    case 'task.created': return `Task: ${after.title}${after.dueOn ? ` — due ${after.dueOn}` : ''}`;
    case 'task.completed': return `Task done: ${after.title}`;
    case 'clock.started': return `Clock ${after.typeCode} started ${after.startedOn}, due ${after.dueOn}`;
    case 'clock.paused': return `Clock ${after.typeCode} paused: ${after.pauseReason ?? ''}`;
    case 'clock.resumed': return `Clock ${after.typeCode} resumed, due ${after.dueOn}`;
    case 'review.submitted': return `Sent for review: ${after.kind} — ${after.summary}`;
    case 'review.approved': return `Review approved: ${after.kind}`;
    case 'review.returned': return `Review returned: ${after.comment ?? ''}`;
    case 'case.override': return `Override: ${after.what}`;
    default: return action.replace(/[._]/g, ' ');
  }
}

/** Everything that happened on a case: audited changes, contacts by their date, and open tasks' due dates. */
export async function getTimeline(caller: Caller, caseId: string, deps: Pick<CasesDeps, 'database' | 'clock' | 'staff' | 'people'>) {
  const actor = actorFor(caller);
  return inTransaction(deps.database, actor, async (uow) => {
    await readCase(uow.tx, actor, caller.principal, caseId, deps.clock.now(), 'case_timeline');
    const ev = await uow.tx.execute(sql`SELECT seq, at, actor_id AS "actorId", action, entity_type AS "entityType", entity_id AS "entityId", reason, after
      FROM audit_event WHERE case_id = ${caseId} AND action <> 'note.added' ORDER BY seq DESC LIMIT 1000`);
    const events = ev.rows as Array<{ seq: number; at: string | Date; actorId: string | null; action: string; entityType: string; entityId: string; reason: string | null; after: any }>;
    const notes = await noteRepo.forCase(uow.tx, caseId);
    const tasks = await taskRepo.forCase(uow.tx, caseId, true);
    const names = await nameStaff(uow.tx, deps, [...events.map((e) => e.actorId), ...notes.map((n) => n.authorId)]);
    const items: TimelineItem[] = [
      ...events.map((e) => ({
        at: new Date(e.at).toISOString(),
        kind: 'event' as const,
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId,
        actorId: e.actorId,
        actorName: e.actorId ? (names.get(e.actorId) ?? null) : 'System',
        summary: describe(e.action, e.after),
        reason: e.reason,
      })),
      ...notes.map((n) => ({
        at: n.contactOn,
        kind: 'contact' as const,
        action: 'note.added',
        entityType: 'case_note',
        entityId: n.id,
        actorId: n.authorId,
        actorName: n.authorId ? (names.get(n.authorId) ?? null) : null,
        summary: `${n.contactType.replace('_', ' ')} contact${n.subject ? `: ${n.subject}` : ''} — ${n.narrative.slice(0, 160)}`,
        reason: null,
      })),
      ...tasks.filter((t) => t.dueOn).map((t) => ({
        at: t.dueOn!,
        kind: 'task_due' as const,
        action: 'task.due',
        entityType: 'case_task',
        entityId: t.id,
        actorId: null,
        actorName: null,
        summary: `Due: ${t.title}`,
        reason: null,
      })),
    ];
    items.sort((a, b) => b.at.localeCompare(a.at));
    return { items };
  });
}
