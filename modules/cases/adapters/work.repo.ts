import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Sql } from '@hearth/platform';
import {
  actionTable,
  clockPauseTable,
  clockTable,
  documentTable,
  noteTable,
  overrideTable,
  reviewTable,
  taskTable,
  type ActionRow,
  type ClockPauseRow,
  type ClockRow,
  type DocumentRow,
  type NoteRow,
  type OverrideRow,
  type ReviewRow,
  type TaskRow,
} from '../db/schema.js';
import { isUuid } from './case.repo.js';

/** SQL for the case record: notes, documents, tasks, clocks, reviews, actions and overrides. */
export const noteRepo = {
  async insert(tx: Sql, v: typeof noteTable.$inferInsert): Promise<NoteRow> {
    const [row] = await tx.insert(noteTable).values(v).returning();
    return row!;
  },
  async forCase(tx: Sql, caseId: string): Promise<NoteRow[]> {
    return tx.select().from(noteTable).where(eq(noteTable.caseId, caseId)).orderBy(desc(noteTable.contactOn), desc(noteTable.createdAt));
  },
};

export const documentRepo = {
  async insert(tx: Sql, v: typeof documentTable.$inferInsert): Promise<DocumentRow> {
    const [row] = await tx.insert(documentTable).values(v).returning();
    return row!;
  },
  async find(tx: Sql, id: string): Promise<DocumentRow | null> {
    if (!isUuid(id)) return null;
    const rows = await tx.select().from(documentTable).where(eq(documentTable.id, id));
    return rows[0] ?? null;
  },
  async forCase(tx: Sql, caseId: string): Promise<DocumentRow[]> {
    return tx.select().from(documentTable).where(eq(documentTable.caseId, caseId)).orderBy(desc(documentTable.uploadedAt));
  },
};

export const taskRepo = {
  async insert(tx: Sql, v: typeof taskTable.$inferInsert): Promise<TaskRow> {
    const [row] = await tx.insert(taskTable).values(v).returning();
    return row!;
  },
  /** Inserts an escalation task unless the clock already has one (the unique index makes a rerun harmless). */
  async insertEscalationOnce(tx: Sql, v: typeof taskTable.$inferInsert): Promise<TaskRow | null> {
    const rows = await tx.insert(taskTable).values({ ...v, source: 'clock_escalation' }).onConflictDoNothing().returning();
    return rows[0] ?? null;
  },
  async find(tx: Sql, id: string, lock = false): Promise<TaskRow | null> {
    if (!isUuid(id)) return null;
    const q = tx.select().from(taskTable).where(eq(taskTable.id, id));
    const rows = lock ? await q.for('update') : await q;
    return rows[0] ?? null;
  },
  async update(tx: Sql, id: string, v: Partial<typeof taskTable.$inferInsert>): Promise<TaskRow> {
    const [row] = await tx.update(taskTable).set(v).where(eq(taskTable.id, id)).returning();
    return row!;
  },
  async forCase(tx: Sql, caseId: string, openOnly = false): Promise<TaskRow[]> {
    const where = openOnly ? and(eq(taskTable.caseId, caseId), eq(taskTable.status, 'open')) : eq(taskTable.caseId, caseId);
    return tx.select().from(taskTable).where(where).orderBy(sql`${taskTable.dueOn} ASC NULLS LAST`, asc(taskTable.createdAt));
  },
  async openForAssignee(tx: Sql, userId: string, limit = 200): Promise<TaskRow[]> {
    return tx
      .select()
      .from(taskTable)
      .where(and(eq(taskTable.assigneeId, userId), eq(taskTable.status, 'open')))
      .orderBy(sql`${taskTable.dueOn} ASC NULLS LAST`, asc(taskTable.createdAt))
      .limit(limit);
  },
};

export const clockRepo = {
  async insert(tx: Sql, v: typeof clockTable.$inferInsert): Promise<ClockRow> {
    const [row] = await tx.insert(clockTable).values(v).returning();
    return row!;
  },
  async find(tx: Sql, id: string, lock = false): Promise<ClockRow | null> {
    if (!isUuid(id)) return null;
    const q = tx.select().from(clockTable).where(eq(clockTable.id, id));
    const rows = lock ? await q.for('update') : await q;
    return rows[0] ?? null;
  },
  async update(tx: Sql, id: string, v: Partial<typeof clockTable.$inferInsert>): Promise<ClockRow> {
    const [row] = await tx.update(clockTable).set(v).where(eq(clockTable.id, id)).returning();
    return row!;
  },
  async forCase(tx: Sql, caseId: string): Promise<ClockRow[]> {
    return tx.select().from(clockTable).where(eq(clockTable.caseId, caseId)).orderBy(asc(clockTable.dueOn));
  },
  async activeForCases(tx: Sql, caseIds: string[]): Promise<ClockRow[]> {
    if (caseIds.length === 0) return [];
    return tx
      .select()
      .from(clockTable)
      .where(and(inArray(clockTable.caseId, caseIds), inArray(clockTable.status, ['running', 'paused'])))
      .orderBy(asc(clockTable.dueOn));
  },
  /** Running clocks due on or before `dueBy`, after the cursor (id), for the sweep; locked, skipping rows in use. */
  async sweepBatch(tx: Sql, dueBy: string, afterId: string | null, limit: number): Promise<ClockRow[]> {
    const r = await tx.execute(sql`SELECT id FROM case_clock
      WHERE status = 'running' AND due_on <= ${dueBy}::date AND (escalated_on IS NULL OR warned_on IS NULL)
        AND (${afterId}::uuid IS NULL OR id > ${afterId}::uuid)
      ORDER BY id LIMIT ${limit} FOR UPDATE SKIP LOCKED`);
    const ids = (r.rows as Array<{ id: string }>).map((x) => x.id);
    if (ids.length === 0) return [];
    return tx.select().from(clockTable).where(inArray(clockTable.id, ids)).orderBy(asc(clockTable.id));
  },
  async pauses(tx: Sql, clockId: string): Promise<ClockPauseRow[]> {
    return tx.select().from(clockPauseTable).where(eq(clockPauseTable.clockId, clockId)).orderBy(asc(clockPauseTable.pausedOn));
  },
  async insertPause(tx: Sql, v: typeof clockPauseTable.$inferInsert): Promise<ClockPauseRow> {
    const [row] = await tx.insert(clockPauseTable).values(v).returning();
    return row!;
  },
  async updatePause(tx: Sql, id: string, v: Partial<typeof clockPauseTable.$inferInsert>): Promise<ClockPauseRow> {
    const [row] = await tx.update(clockPauseTable).set(v).where(eq(clockPauseTable.id, id)).returning();
    return row!;
  },
};

export const reviewRepo = {
  async insert(tx: Sql, v: typeof reviewTable.$inferInsert): Promise<ReviewRow> {
    const [row] = await tx.insert(reviewTable).values(v).returning();
    return row!;
  },
  async find(tx: Sql, id: string, lock = false): Promise<ReviewRow | null> {
    if (!isUuid(id)) return null;
    const q = tx.select().from(reviewTable).where(eq(reviewTable.id, id));
    const rows = lock ? await q.for('update') : await q;
    return rows[0] ?? null;
  },
  async update(tx: Sql, id: string, v: Partial<typeof reviewTable.$inferInsert>): Promise<ReviewRow> {
    const [row] = await tx.update(reviewTable).set(v).where(eq(reviewTable.id, id)).returning();
    return row!;
  },
  async pendingInUnits(tx: Sql, unitIds: string[]): Promise<ReviewRow[]> {
    if (unitIds.length === 0) return [];
    return tx
      .select()
      .from(reviewTable)
      .where(and(inArray(reviewTable.unitId, unitIds), eq(reviewTable.status, 'pending')))
      .orderBy(asc(reviewTable.submittedAt));
  },
  async submittedBy(tx: Sql, userId: string, limit = 100): Promise<ReviewRow[]> {
    return tx.select().from(reviewTable).where(eq(reviewTable.submittedBy, userId)).orderBy(desc(reviewTable.submittedAt)).limit(limit);
  },
  async forCase(tx: Sql, caseId: string): Promise<ReviewRow[]> {
    return tx.select().from(reviewTable).where(eq(reviewTable.caseId, caseId)).orderBy(desc(reviewTable.submittedAt));
  },
  async pendingForCase(tx: Sql, caseId: string, kind: string): Promise<ReviewRow | null> {
    const rows = await tx
      .select()
      .from(reviewTable)
      .where(and(eq(reviewTable.caseId, caseId), eq(reviewTable.kind, kind), eq(reviewTable.status, 'pending')))
      .limit(1);
    return rows[0] ?? null;
  },
  async insertAction(tx: Sql, v: typeof actionTable.$inferInsert): Promise<ActionRow> {
    const [row] = await tx.insert(actionTable).values(v).returning();
    return row!;
  },
  async actionsForCase(tx: Sql, caseId: string): Promise<ActionRow[]> {
    return tx.select().from(actionTable).where(eq(actionTable.caseId, caseId)).orderBy(desc(actionTable.takenAt));
  },
  async insertOverride(tx: Sql, v: typeof overrideTable.$inferInsert): Promise<OverrideRow> {
    const [row] = await tx.insert(overrideTable).values(v).returning();
    return row!;
  },
};
