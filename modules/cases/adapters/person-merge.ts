import { sql } from 'drizzle-orm';
import type { Sql } from '@hearth/platform';

/**
 * The cases module's side of a person merge (the people module's PersonMergeParticipant port, wired by the
 * composition root): cases whose primary person is the merged record, its participations and the notes that
 * name it move to the survivor; restore puts back exactly those rows. Rows are tracked by id, so a case, a
 * participation or a note added after the merge stays where it was added, and later changes to a moved row
 * (a status change, an end date) travel back with it. Documents, tasks, clocks and notes belong to a case and
 * follow it; they hold no person id of their own.
 *
 * An active participation that cannot move because the survivor already has the same role on the same case
 * is set aside whole (to_jsonb) and re-inserted on restore.
 */
export interface CasePersonMergeUndo {
  from: string;
  to: string;
  primaryCases: string[];
  participants: string[];
  /** Notes whose participant list named the merged person, with the list as it was. */
  notes: Array<{ id: string; participantIds: string[] }>;
  setAsideParticipants: unknown[];
  counts: Record<string, number>;
}

async function moveReferences(from: string, to: string, tx: Sql): Promise<CasePersonMergeUndo> {
  const primary = await tx.execute<{ id: string }>(sql`UPDATE "case" SET primary_person_id = ${to}, updated_at = now() WHERE primary_person_id = ${from} RETURNING id`);
  const parts = await tx.execute<{ id: string; twin: boolean }>(sql`
    SELECT p.id, (p.ended_on IS NULL AND EXISTS (
      SELECT 1 FROM case_participant s WHERE s.case_id = p.case_id AND s.person_id = ${to} AND s.role = p.role AND s.ended_on IS NULL)) AS twin
    FROM case_participant p WHERE p.person_id = ${from} ORDER BY p.created_at, p.id FOR UPDATE OF p`);
  const moved: string[] = [];
  const setAside: unknown[] = [];
  for (const p of parts.rows) {
    if (p.twin) {
      const r = await tx.execute<{ row: unknown }>(sql`DELETE FROM case_participant t WHERE t.id = ${p.id} RETURNING to_jsonb(t) AS row`);
      setAside.push(r.rows[0]!.row);
    } else {
      await tx.execute(sql`UPDATE case_participant SET person_id = ${to} WHERE id = ${p.id}`);
      moved.push(p.id);
    }
  }
  const notes = await tx.execute<{ id: string; participant_ids: string[] }>(sql`
    UPDATE case_note n SET participant_ids = array_replace(n.participant_ids, ${from}::uuid, ${to}::uuid)
    FROM case_note old WHERE old.id = n.id AND ${from}::uuid = ANY(n.participant_ids)
    RETURNING n.id, old.participant_ids`);
  const primaryCases = primary.rows.map((r) => r.id).sort();
  return {
    from,
    to,
    primaryCases,
    participants: moved,
    notes: notes.rows.map((n) => ({ id: n.id, participantIds: parseUuidArray(n.participant_ids) })),
    setAsideParticipants: setAside,
    counts: { cases: primaryCases.length, participants: moved.length + setAside.length, notes: notes.rows.length },
  };
}

/** node-postgres parses uuid[] into an array; PGlite through the same driver may hand back the '{…}' text. */
function parseUuidArray(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String);
  if (typeof v === 'string') return v.replace(/^\{|\}$/g, '').split(',').filter(Boolean);
  return [];
}

async function restore(undo: unknown, tx: Sql): Promise<void> {
  const u = undo as CasePersonMergeUndo;
  if (u.primaryCases.length > 0) {
    await tx.execute(sql`UPDATE "case" SET primary_person_id = ${u.from}, updated_at = now()
      WHERE id = ANY(${sql.param(u.primaryCases)}::uuid[]) AND primary_person_id = ${u.to}`);
  }
  if (u.participants.length > 0) {
    await tx.execute(sql`UPDATE case_participant SET person_id = ${u.from} WHERE id = ANY(${sql.param(u.participants)}::uuid[]) AND person_id = ${u.to}`);
  }
  for (const n of u.notes) {
    // A note's participant list is put back where it is still the one the merge wrote.
    await tx.execute(sql`UPDATE case_note SET participant_ids = ${sql.param(n.participantIds)}::uuid[]
      WHERE id = ${n.id} AND participant_ids = array_replace(${sql.param(n.participantIds)}::uuid[], ${u.from}::uuid, ${u.to}::uuid)`);
  }
  for (const row of u.setAsideParticipants) {
    await tx.execute(sql`INSERT INTO case_participant SELECT * FROM jsonb_populate_record(NULL::case_participant, ${JSON.stringify(row)}::jsonb)`);
  }
}

/** Structurally the people module's PersonMergeParticipant (cases does not import people). */
export const casePersonMergeParticipant = {
  name: 'cases',
  moveReferences,
  restore,
};
