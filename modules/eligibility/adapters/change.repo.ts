import { sql } from 'drizzle-orm';
import type { Sql } from '@hearth/platform';
import { firstOf, rowsOf } from './rows.js';

export interface ChangeRow {
  id: string;
  applicationId: string;
  caseId: string;
  kind: 'income' | 'member' | 'address' | 'expense' | 'resource';
  description: string;
  effectiveOn: string;
  reportedOn: string;
  comparison: { months: Array<{ month: string; oldCents: number | null; newCents: number; paidCents: number | null; oldEligible: boolean | null; newEligible: boolean }> } | null;
  adverse: boolean | null;
  decisionId: string | null;
  reportedBy: string | null;
  createdAt: string;
}

export const changeRepo = {
  async insert(tx: Sql, c: { id: string; applicationId: string; caseId: string; kind: ChangeRow['kind']; description: string; effectiveOn: string; reportedOn: string; reportedBy: string }): Promise<ChangeRow> {
    return firstOf<ChangeRow>(await tx.execute(sql`INSERT INTO elig_change (id, application_id, case_id, kind, description, effective_on, reported_on, reported_by)
      VALUES (${c.id}, ${c.applicationId}, ${c.caseId}, ${c.kind}, ${c.description}, ${c.effectiveOn}, ${c.reportedOn}, ${c.reportedBy}) RETURNING *`))!;
  },
  async setResult(tx: Sql, id: string, p: { comparison: ChangeRow['comparison']; adverse: boolean; decisionId: string }): Promise<ChangeRow> {
    return firstOf<ChangeRow>(await tx.execute(sql`UPDATE elig_change SET comparison = ${JSON.stringify(p.comparison)}::jsonb, adverse = ${p.adverse}, decision_id = ${p.decisionId} WHERE id = ${id} RETURNING *`))!;
  },
  async find(tx: Sql, id: string): Promise<ChangeRow | null> {
    return firstOf(await tx.execute(sql`SELECT * FROM elig_change WHERE id = ${id}`));
  },
  async forCase(tx: Sql, caseId: string): Promise<ChangeRow[]> {
    return rowsOf(await tx.execute(sql`SELECT * FROM elig_change WHERE case_id = ${caseId} ORDER BY created_at`));
  },
};
