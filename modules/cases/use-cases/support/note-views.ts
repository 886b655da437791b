import type { Sql } from '@hearth/platform';
import type { NoteRow } from '../../db/schema.js';
import type { CasesDeps } from '../../ports.js';
import { nameStaff } from './case-views.js';

export async function noteViews(tx: Sql, deps: Pick<CasesDeps, 'staff' | 'people'>, rows: NoteRow[]) {
  const authors = await nameStaff(tx, deps, rows.map((r) => r.authorId));
  const people = await deps.people.names([...new Set(rows.flatMap((r) => r.participantIds))], tx);
  return rows.map((n) => ({
    id: n.id,
    caseId: n.caseId,
    contactType: n.contactType,
    contactOn: n.contactOn,
    participants: n.participantIds.map((id) => ({ id, name: people.get(id) ?? null })),
    subject: n.subject,
    narrative: n.narrative,
    templateCode: n.templateCode,
    authorId: n.authorId,
    authorName: n.authorId ? (authors.get(n.authorId) ?? null) : null,
    createdAt: n.createdAt,
  }));
}
