import { sql } from 'drizzle-orm';
import type { Sql } from '@hearth/platform';
import { firstOf, rowsOf } from './rows.js';
import type { EligProgram } from '../domain/programs.js';

export interface ApplicationRow {
  id: string;
  applicationNumber: string;
  channel: 'worker' | 'online';
  status: 'received' | 'registered' | 'withdrawn';
  programs: EligProgram[];
  receivedAt: string;
  filedOn: string;
  language: 'en' | 'es';
  unitId: string | null;
  primaryPersonId: string | null;
  applicant: Record<string, any>;
  household: Array<Record<string, any>>;
  screening: Record<string, any>;
  expedited: boolean;
  expeditedScreenedOn: string | null;
  createdBy: string | null;
  registeredBy: string | null;
  registeredAt: string | null;
  createdAt: string;
}

export interface ApplicationProgramRow {
  applicationId: string;
  program: EligProgram;
  caseId: string | null;
  status: 'pending' | 'approved' | 'denied' | 'withdrawn';
  decidedOn: string | null;
  decisionId: string | null;
  clockIds: Record<string, string>;
}

export const applicationRepo = {
  async insert(tx: Sql, a: Omit<ApplicationRow, 'id' | 'applicationNumber' | 'createdAt' | 'registeredBy' | 'registeredAt'>): Promise<ApplicationRow> {
    const res = await tx.execute(sql`INSERT INTO elig_application (channel, status, programs, received_at, filed_on, language, unit_id, primary_person_id, applicant, household, screening, expedited, expedited_screened_on, created_by)
      VALUES (${a.channel}, ${a.status}, ${sql.param(a.programs)}::text[], ${a.receivedAt}::timestamptz, ${a.filedOn}, ${a.language}, ${a.unitId}, ${a.primaryPersonId},
        ${JSON.stringify(a.applicant)}::jsonb, ${JSON.stringify(a.household)}::jsonb, ${JSON.stringify(a.screening)}::jsonb, ${a.expedited}, ${a.expeditedScreenedOn}, ${a.createdBy})
      RETURNING *`);
    return firstOf<ApplicationRow>(res)!;
  },
  async find(tx: Sql, id: string, lock = false): Promise<ApplicationRow | null> {
    const res = lock
      ? await tx.execute(sql`SELECT * FROM elig_application WHERE id = ${id} FOR UPDATE`)
      : await tx.execute(sql`SELECT * FROM elig_application WHERE id = ${id}`);
    return firstOf<ApplicationRow>(res);
  },
  async markRegistered(tx: Sql, id: string, p: { unitId: string; primaryPersonId: string; registeredBy: string; at: string }): Promise<ApplicationRow> {
    const res = await tx.execute(sql`UPDATE elig_application SET status = 'registered', unit_id = ${p.unitId}, primary_person_id = ${p.primaryPersonId},
      registered_by = ${p.registeredBy}, registered_at = ${p.at}::timestamptz WHERE id = ${id} RETURNING *`);
    return firstOf<ApplicationRow>(res)!;
  },
  async listReceived(tx: Sql, limit: number): Promise<ApplicationRow[]> {
    return rowsOf<ApplicationRow>(await tx.execute(sql`SELECT * FROM elig_application WHERE status = 'received' ORDER BY filed_on, created_at LIMIT ${limit}`));
  },
  async insertProgram(tx: Sql, p: { applicationId: string; program: EligProgram; caseId: string | null; clockIds?: Record<string, string> }): Promise<ApplicationProgramRow> {
    const res = await tx.execute(sql`INSERT INTO elig_application_program (application_id, program, case_id, clock_ids) VALUES (${p.applicationId}, ${p.program}, ${p.caseId}, ${JSON.stringify(p.clockIds ?? {})}::jsonb)
      ON CONFLICT (application_id, program) DO UPDATE SET case_id = excluded.case_id, clock_ids = excluded.clock_ids RETURNING *`);
    return firstOf<ApplicationProgramRow>(res)!;
  },
  async programs(tx: Sql, applicationId: string): Promise<ApplicationProgramRow[]> {
    return rowsOf<ApplicationProgramRow>(await tx.execute(sql`SELECT * FROM elig_application_program WHERE application_id = ${applicationId} ORDER BY program`));
  },
  async programByCase(tx: Sql, caseId: string): Promise<ApplicationProgramRow | null> {
    return firstOf<ApplicationProgramRow>(await tx.execute(sql`SELECT * FROM elig_application_program WHERE case_id = ${caseId}`));
  },
  async decideProgram(tx: Sql, caseId: string, p: { status: 'approved' | 'denied'; decidedOn: string; decisionId: string }): Promise<ApplicationProgramRow | null> {
    const res = await tx.execute(sql`UPDATE elig_application_program SET status = ${p.status}, decided_on = ${p.decidedOn}, decision_id = ${p.decisionId}
      WHERE case_id = ${caseId} AND status = 'pending' RETURNING *`);
    return firstOf<ApplicationProgramRow>(res);
  },
};
