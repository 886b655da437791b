import { and, asc, desc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { Sql } from '@hearth/platform';
import { accessGrantTable, assignmentTable, caseTable, participantTable, type AssignmentRow, type CaseRow, type ParticipantRow } from '../db/schema.js';

/** SQL for cases, participants, assignments and access grants. Queries only: decisions live in use cases. */
export const caseRepo = {
  async find(tx: Sql, id: string, lock = false): Promise<CaseRow | null> {
    if (!isUuid(id)) return null;
    const q = tx.select().from(caseTable).where(eq(caseTable.id, id));
    const rows = lock ? await q.for('update') : await q;
    return rows[0] ?? null;
  },

  async insert(tx: Sql, values: typeof caseTable.$inferInsert): Promise<CaseRow> {
    const [row] = await tx.insert(caseTable).values(values).returning();
    return row!;
  },

  async update(tx: Sql, id: string, values: Partial<typeof caseTable.$inferInsert>): Promise<CaseRow> {
    const [row] = await tx.update(caseTable).set({ ...values, updatedAt: sql`now()` as unknown as string }).where(eq(caseTable.id, id)).returning();
    return row!;
  },

  async participants(tx: Sql, caseId: string): Promise<ParticipantRow[]> {
    return tx.select().from(participantTable).where(eq(participantTable.caseId, caseId)).orderBy(asc(participantTable.createdAt));
  },

  async activeParticipant(tx: Sql, caseId: string, personId: string, role: string): Promise<ParticipantRow | null> {
    const rows = await tx
      .select()
      .from(participantTable)
      .where(and(eq(participantTable.caseId, caseId), eq(participantTable.personId, personId), eq(participantTable.role, role), isNull(participantTable.endedOn)));
    return rows[0] ?? null;
  },

  async insertParticipant(tx: Sql, values: typeof participantTable.$inferInsert): Promise<ParticipantRow> {
    const [row] = await tx.insert(participantTable).values(values).returning();
    return row!;
  },

  async assignments(tx: Sql, caseId: string): Promise<AssignmentRow[]> {
    return tx.select().from(assignmentTable).where(eq(assignmentTable.caseId, caseId)).orderBy(asc(assignmentTable.assignedAt));
  },

  async currentAssignment(tx: Sql, caseId: string): Promise<AssignmentRow | null> {
    const rows = await tx
      .select()
      .from(assignmentTable)
      .where(and(eq(assignmentTable.caseId, caseId), isNull(assignmentTable.endedAt)))
      .orderBy(desc(assignmentTable.assignedAt))
      .limit(1);
    return rows[0] ?? null;
  },

  async endAssignment(tx: Sql, id: string, at: string): Promise<AssignmentRow> {
    const [row] = await tx.update(assignmentTable).set({ endedAt: at }).where(eq(assignmentTable.id, id)).returning();
    return row!;
  },

  async insertAssignment(tx: Sql, values: typeof assignmentTable.$inferInsert): Promise<AssignmentRow> {
    const [row] = await tx.insert(assignmentTable).values(values).returning();
    return row!;
  },

  async hasActiveGrant(tx: Sql, caseId: string, userId: string, now: Date): Promise<boolean> {
    const rows = await tx
      .select({ id: accessGrantTable.id })
      .from(accessGrantTable)
      .where(and(eq(accessGrantTable.caseId, caseId), eq(accessGrantTable.userId, userId), gt(accessGrantTable.expiresAt, now.toISOString())))
      .limit(1);
    return rows.length > 0;
  },

  async insertGrant(tx: Sql, values: typeof accessGrantTable.$inferInsert) {
    const [row] = await tx.insert(accessGrantTable).values(values).returning();
    return row!;
  },

  async findMany(tx: Sql, ids: string[]): Promise<CaseRow[]> {
    if (ids.length === 0) return [];
    return tx.select().from(caseTable).where(inArray(caseTable.id, ids));
  },

  /** The cases a person is on (as primary person or participant), for access decisions about that person. */
  async scopesForPerson(tx: Sql, personId: string) {
    if (!isUuid(personId)) return [];
    const r = await tx.execute(sql`
      SELECT c.id AS "caseId", c.assigned_worker_id AS "assignedWorkerId", c.unit_id AS "unitId", c.program_code AS "programCode", c.restricted
        FROM "case" c
       WHERE c.primary_person_id = ${personId}
          OR EXISTS (SELECT 1 FROM case_participant p WHERE p.case_id = c.id AND p.person_id = ${personId})`);
    return r.rows as Array<{ caseId: string; assignedWorkerId: string | null; unitId: string | null; programCode: string; restricted: boolean }>;
  },
};

export function isUuid(s: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
}
