import { sql } from 'drizzle-orm';
import { boolean, date, integer, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Drizzle view of the tables created by db/migrations (the SQL files are the source of truth). */
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });
const day = (name: string) => date(name, { mode: 'string' });

export const caseTable = pgTable('case', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseNumber: text('case_number').notNull().default(sql`('C' || nextval('case_number_seq')::text)`),
  programCode: text('program_code').notNull(),
  status: text('status').notNull().default('intake'),
  unitId: uuid('unit_id').notNull(),
  assignedWorkerId: uuid('assigned_worker_id'),
  primaryPersonId: uuid('primary_person_id').notNull(),
  complexity: smallint('complexity').notNull().default(2),
  confidentiality: text('confidentiality').array().notNull().default(sql`'{}'`),
  restricted: boolean('restricted').generatedAlwaysAs(sql`cardinality(confidentiality) > 0`),
  openedOn: day('opened_on').notNull(),
  closedOn: day('closed_on'),
  closeReason: text('close_reason'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const participantTable = pgTable('case_participant', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  personId: uuid('person_id').notNull(),
  role: text('role').notNull(),
  startedOn: day('started_on').notNull(),
  endedOn: day('ended_on'),
  addedBy: uuid('added_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const assignmentTable = pgTable('case_assignment', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  workerId: uuid('worker_id'),
  unitId: uuid('unit_id').notNull(),
  assignedAt: ts('assigned_at').notNull().defaultNow(),
  endedAt: ts('ended_at'),
  assignedBy: uuid('assigned_by'),
  reason: text('reason'),
});

export const noteTable = pgTable('case_note', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  contactType: text('contact_type').notNull(),
  contactOn: day('contact_on').notNull(),
  participantIds: uuid('participant_ids').array().notNull().default(sql`'{}'`),
  subject: text('subject'),
  narrative: text('narrative').notNull(),
  templateCode: text('template_code'),
  authorId: uuid('author_id'),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const documentTable = pgTable('case_document', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  docType: text('doc_type').notNull(),
  fileName: text('file_name').notNull(),
  mediaType: text('media_type').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  sha256: text('sha256').notNull(),
  description: text('description'),
  uploadedBy: uuid('uploaded_by'),
  uploadedAt: ts('uploaded_at').notNull().defaultNow(),
});

export const clockTable = pgTable('case_clock', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  typeCode: text('type_code').notNull(),
  startedOn: day('started_on').notNull(),
  dueOn: day('due_on').notNull(),
  status: text('status').notNull().default('running'),
  pausedOn: day('paused_on'),
  pauseReason: text('pause_reason'),
  pausedDays: integer('paused_days').notNull().default(0),
  warnedOn: day('warned_on'),
  escalatedOn: day('escalated_on'),
  escalationTaskId: uuid('escalation_task_id'),
  endedOn: day('ended_on'),
  endReason: text('end_reason'),
  startedBy: uuid('started_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const clockPauseTable = pgTable('case_clock_pause', {
  id: uuid('id').primaryKey().defaultRandom(),
  clockId: uuid('clock_id').notNull(),
  pausedOn: day('paused_on').notNull(),
  resumedOn: day('resumed_on'),
  reason: text('reason').notNull(),
  pausedBy: uuid('paused_by'),
  resumedBy: uuid('resumed_by'),
});

export const taskTable = pgTable('case_task', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  title: text('title').notNull(),
  description: text('description'),
  assigneeId: uuid('assignee_id'),
  dueOn: day('due_on'),
  priority: text('priority').notNull().default('normal'),
  status: text('status').notNull().default('open'),
  source: text('source').notNull().default('manual'),
  clockId: uuid('clock_id'),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
  completedAt: ts('completed_at'),
  completedBy: uuid('completed_by'),
  outcome: text('outcome'),
});

export const reviewTable = pgTable('case_review', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  unitId: uuid('unit_id').notNull(),
  kind: text('kind').notNull(),
  summary: text('summary').notNull(),
  details: jsonb('details'),
  status: text('status').notNull().default('pending'),
  submittedBy: uuid('submitted_by').notNull(),
  submittedAt: ts('submitted_at').notNull().defaultNow(),
  decidedBy: uuid('decided_by'),
  decidedAt: ts('decided_at'),
  comment: text('comment'),
});

export const actionTable = pgTable('case_action', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  kind: text('kind').notNull(),
  summary: text('summary').notNull(),
  details: jsonb('details'),
  takenBy: uuid('taken_by').notNull(),
  approvedBy: uuid('approved_by'),
  reviewId: uuid('review_id'),
  takenAt: ts('taken_at').notNull().defaultNow(),
});

export const overrideTable = pgTable('case_override', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  what: text('what').notNull(),
  reason: text('reason').notNull(),
  approvedBy: uuid('approved_by').notNull(),
  approvedAt: ts('approved_at').notNull().defaultNow(),
});

export const accessGrantTable = pgTable('case_access_grant', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  userId: uuid('user_id').notNull(),
  reason: text('reason').notNull(),
  grantedAt: ts('granted_at').notNull().defaultNow(),
  expiresAt: ts('expires_at').notNull(),
});

export type CaseRow = typeof caseTable.$inferSelect;
export type ParticipantRow = typeof participantTable.$inferSelect;
export type AssignmentRow = typeof assignmentTable.$inferSelect;
export type NoteRow = typeof noteTable.$inferSelect;
export type DocumentRow = typeof documentTable.$inferSelect;
export type ClockRow = typeof clockTable.$inferSelect;
export type ClockPauseRow = typeof clockPauseTable.$inferSelect;
export type TaskRow = typeof taskTable.$inferSelect;
export type ReviewRow = typeof reviewTable.$inferSelect;
export type ActionRow = typeof actionTable.$inferSelect;
export type OverrideRow = typeof overrideTable.$inferSelect;
