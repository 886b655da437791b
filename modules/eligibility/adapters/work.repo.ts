import { sql } from 'drizzle-orm';
import type { Sql } from '@hearth/platform';
import { firstOf, rowsOf } from './rows.js';

export interface VerificationRequestRow {
  id: string;
  applicationId: string;
  evidenceKey: string | null;
  item: string;
  programs: string[];
  requestedOn: string;
  dueOn: string;
  status: 'open' | 'received' | 'missed' | 'cancelled';
  resolvedOn: string | null;
  requestedBy: string | null;
  createdAt: string;
}

export const verificationRepo = {
  async insert(tx: Sql, v: { applicationId: string; evidenceKey: string | null; item: string; programs: string[]; requestedOn: string; dueOn: string; requestedBy: string }): Promise<VerificationRequestRow> {
    return firstOf<VerificationRequestRow>(await tx.execute(sql`INSERT INTO elig_verification_request (application_id, evidence_key, item, programs, requested_on, due_on, requested_by)
      VALUES (${v.applicationId}, ${v.evidenceKey}, ${v.item}, ${sql.param(v.programs)}::text[], ${v.requestedOn}, ${v.dueOn}, ${v.requestedBy}) RETURNING *`))!;
  },
  async find(tx: Sql, id: string): Promise<VerificationRequestRow | null> {
    return firstOf(await tx.execute(sql`SELECT * FROM elig_verification_request WHERE id = ${id} FOR UPDATE`));
  },
  async forApplication(tx: Sql, applicationId: string): Promise<VerificationRequestRow[]> {
    return rowsOf(await tx.execute(sql`SELECT * FROM elig_verification_request WHERE application_id = ${applicationId} ORDER BY requested_on, created_at`));
  },
  async resolve(tx: Sql, id: string, status: 'received' | 'missed' | 'cancelled', on: string): Promise<VerificationRequestRow> {
    return firstOf<VerificationRequestRow>(await tx.execute(sql`UPDATE elig_verification_request SET status = ${status}, resolved_on = ${on} WHERE id = ${id} RETURNING *`))!;
  },
  /** Open requests past their due date, oldest first, locked and skipped by concurrent sweeps. */
  async overdue(tx: Sql, today: string, limit: number): Promise<VerificationRequestRow[]> {
    return rowsOf(await tx.execute(sql`SELECT * FROM elig_verification_request WHERE status = 'open' AND due_on < ${today} ORDER BY due_on, id LIMIT ${limit} FOR UPDATE SKIP LOCKED`));
  },
};

export interface NoticeRequestRow {
  id: string;
  caseId: string | null;
  applicationId: string | null;
  kind: string;
  language: string;
  decisionId: string | null;
  determinationId: string | null;
  runId: string | null;
  requestedOn: string;
  effectiveOn: string | null;
  payload: Record<string, unknown>;
  noticeId: string | null;
  createdAt: string;
}

export const noticeRepo = {
  async insert(tx: Sql, n: Omit<NoticeRequestRow, 'id' | 'noticeId' | 'createdAt' | 'runId'> & { runId?: string | null }): Promise<NoticeRequestRow> {
    return firstOf<NoticeRequestRow>(await tx.execute(sql`INSERT INTO elig_notice_request (case_id, application_id, kind, language, decision_id, determination_id, run_id, requested_on, effective_on, payload)
      VALUES (${n.caseId}, ${n.applicationId}, ${n.kind}, ${n.language}, ${n.decisionId}, ${n.determinationId}, ${n.runId ?? null}, ${n.requestedOn}, ${n.effectiveOn}, ${JSON.stringify(n.payload)}::jsonb) RETURNING *`))!;
  },
  async link(tx: Sql, id: string, noticeId: string): Promise<void> {
    await tx.execute(sql`UPDATE elig_notice_request SET notice_id = ${noticeId} WHERE id = ${id}`);
  },
  async forCase(tx: Sql, caseId: string): Promise<NoticeRequestRow[]> {
    return rowsOf(await tx.execute(sql`SELECT * FROM elig_notice_request WHERE case_id = ${caseId} ORDER BY created_at`));
  },
  async forApplication(tx: Sql, applicationId: string): Promise<NoticeRequestRow[]> {
    return rowsOf(await tx.execute(sql`SELECT * FROM elig_notice_request WHERE application_id = ${applicationId} ORDER BY created_at`));
  },
};
