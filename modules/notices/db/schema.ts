import { sql } from 'drizzle-orm';
import { boolean, date, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Drizzle view of the tables created by db/migrations (the SQL files are the source of truth). */
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });
const day = (name: string) => date(name, { mode: 'string' });

export const noticeTable = pgTable('notice', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  kind: text('kind').notNull(),
  program: text('program').notNull(),
  language: text('language').notNull(),
  title: text('title').notNull(),
  noticeDate: day('notice_date').notNull(),
  effectiveDate: day('effective_date'),
  hearingDeadline: day('hearing_deadline').notNull(),
  continuedBenefitsBy: day('continued_benefits_by'),
  dueDate: day('due_date'),
  changeDirection: text('change_direction'),
  adverse: boolean('adverse').notNull(),
  amounts: jsonb('amounts').$type<Array<{ month: string; amountCents: number; previousAmountCents?: number }>>().notNull().default(sql`'[]'`),
  reasons: jsonb('reasons').$type<string[]>().notNull().default(sql`'[]'`),
  citations: text('citations').array().notNull().default(sql`'{}'`),
  addressSuppressed: boolean('address_suppressed').notNull(),
  determinationId: text('determination_id'),
  rulesVersion: text('rules_version'),
  sha256: text('sha256').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  issuedBy: uuid('issued_by'),
  issuedAt: ts('issued_at').notNull().defaultNow(),
});

export type NoticeRow = typeof noticeTable.$inferSelect;
