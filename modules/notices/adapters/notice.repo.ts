import { desc, eq } from 'drizzle-orm';
import type { Sql } from '@hearth/platform';
import { noticeTable, type NoticeRow } from '../db/schema.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (v: string) => UUID.test(v);

/** SQL for notices. Rows are append-only (a trigger refuses UPDATE and DELETE). */
export const noticeRepo = {
  async insert(tx: Sql, v: typeof noticeTable.$inferInsert): Promise<NoticeRow> {
    const [row] = await tx.insert(noticeTable).values(v).returning();
    return row!;
  },
  async find(tx: Sql, id: string): Promise<NoticeRow | null> {
    if (!isUuid(id)) return null;
    const [row] = await tx.select().from(noticeTable).where(eq(noticeTable.id, id));
    return row ?? null;
  },
  async forCase(tx: Sql, caseId: string): Promise<NoticeRow[]> {
    if (!isUuid(caseId)) return [];
    return tx.select().from(noticeTable).where(eq(noticeTable.caseId, caseId)).orderBy(desc(noticeTable.noticeDate), desc(noticeTable.issuedAt));
  },
};
