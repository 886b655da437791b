import { sql } from 'drizzle-orm';
import type { Sql } from '@hearth/platform';
import { firstOf, rowsOf } from './rows.js';

export interface CertificationRow {
  caseId: string;
  applicationId: string;
  program: string;
  decisionId: string;
  startMonth: string;
  endMonth: string;
  status: 'active' | 'renewal_pending' | 'lapsed' | 'closed';
  amountCents: number;
  renewalRaisedOn: string | null;
  updatedAt: string;
}

export interface LedgerEntryRow {
  id: string;
  caseId: string;
  program: string;
  benefitMonth: string;
  kind: 'issuance' | 'supplement' | 'reduction';
  amountCents: number;
  decisionId: string | null;
  determinationId: string | null;
  claimId: string | null;
  issuedOn: string;
  createdBy: string | null;
  createdAt: string;
}

export interface ClaimRow {
  id: string;
  caseId: string;
  program: string;
  claimType: 'IHE' | 'AE' | 'IPV';
  decisionId: string | null;
  months: Array<{ month: string; amountCents: number }>;
  establishedOn: string;
  createdAt: string;
}

export const certificationRepo = {
  async find(tx: Sql, caseId: string, lock = false): Promise<CertificationRow | null> {
    return firstOf(lock ? await tx.execute(sql`SELECT * FROM elig_certification WHERE case_id = ${caseId} FOR UPDATE`) : await tx.execute(sql`SELECT * FROM elig_certification WHERE case_id = ${caseId}`));
  },
  async upsert(tx: Sql, c: Omit<CertificationRow, 'updatedAt' | 'renewalRaisedOn'>): Promise<CertificationRow> {
    return firstOf<CertificationRow>(await tx.execute(sql`INSERT INTO elig_certification (case_id, application_id, program, decision_id, start_month, end_month, status, amount_cents)
      VALUES (${c.caseId}, ${c.applicationId}, ${c.program}, ${c.decisionId}, ${c.startMonth}, ${c.endMonth}, ${c.status}, ${c.amountCents})
      ON CONFLICT (case_id) DO UPDATE SET decision_id = excluded.decision_id, start_month = excluded.start_month, end_month = excluded.end_month,
        status = excluded.status, amount_cents = excluded.amount_cents, renewal_raised_on = NULL, updated_at = now()
      RETURNING *`))!;
  },
  async update(tx: Sql, caseId: string, p: { status?: CertificationRow['status']; amountCents?: number; renewalRaisedOn?: string }): Promise<CertificationRow> {
    return firstOf<CertificationRow>(await tx.execute(sql`UPDATE elig_certification SET status = coalesce(${p.status ?? null}, status),
      amount_cents = coalesce(${p.amountCents ?? null}::int, amount_cents), renewal_raised_on = coalesce(${p.renewalRaisedOn ?? null}::date, renewal_raised_on), updated_at = now()
      WHERE case_id = ${caseId} RETURNING *`))!;
  },
};

export const ledgerRepo = {
  async insert(tx: Sql, e: Omit<LedgerEntryRow, 'id' | 'createdAt'>): Promise<LedgerEntryRow> {
    return firstOf<LedgerEntryRow>(await tx.execute(sql`INSERT INTO elig_ledger_entry (case_id, program, benefit_month, kind, amount_cents, decision_id, determination_id, claim_id, issued_on, created_by)
      VALUES (${e.caseId}, ${e.program}, ${e.benefitMonth}, ${e.kind}, ${e.amountCents}, ${e.decisionId}, ${e.determinationId}, ${e.claimId}, ${e.issuedOn}, ${e.createdBy}) RETURNING *`))!;
  },
  async forCase(tx: Sql, caseId: string): Promise<LedgerEntryRow[]> {
    return rowsOf(await tx.execute(sql`SELECT * FROM elig_ledger_entry WHERE case_id = ${caseId} ORDER BY benefit_month, created_at`));
  },
  /** Entries not yet in an export file, issued in a month (for the EBT export). */
  async unexported(tx: Sql, issuedFrom: string, issuedTo: string): Promise<Array<LedgerEntryRow & { applicationNumber: string; primaryPersonId: string | null }>> {
    return rowsOf(await tx.execute(sql`SELECT l.*, a.application_number, a.primary_person_id
      FROM elig_ledger_entry l
      JOIN elig_application_program p ON p.case_id = l.case_id
      JOIN elig_application a ON a.id = p.application_id
      WHERE l.kind IN ('issuance','supplement') AND l.issued_on BETWEEN ${issuedFrom} AND ${issuedTo}
        AND NOT EXISTS (SELECT 1 FROM elig_issuance_export_line x WHERE x.ledger_entry_id = l.id)
      ORDER BY l.issued_on, l.case_id, l.benefit_month, l.kind`));
  },
  async insertExport(tx: Sql, e: { issueMonth: string; lineCount: number; totalCents: number; sha256: string; createdBy: string; entryIds: string[] }): Promise<{ id: string }> {
    const row = firstOf<{ id: string }>(await tx.execute(sql`INSERT INTO elig_issuance_export (issue_month, line_count, total_cents, sha256, created_by)
      VALUES (${e.issueMonth}, ${e.lineCount}, ${e.totalCents}, ${e.sha256}, ${e.createdBy}) RETURNING id`))!;
    if (e.entryIds.length) {
      await tx.execute(sql`INSERT INTO elig_issuance_export_line (export_id, ledger_entry_id) SELECT ${row.id}, unnest(${sql.param(e.entryIds)}::uuid[])`);
    }
    return row;
  },
};

export const claimRepo = {
  async insert(tx: Sql, c: Omit<ClaimRow, 'id' | 'createdAt'>): Promise<ClaimRow> {
    return firstOf<ClaimRow>(await tx.execute(sql`INSERT INTO elig_claim (case_id, program, claim_type, decision_id, months, established_on)
      VALUES (${c.caseId}, ${c.program}, ${c.claimType}, ${c.decisionId}, ${JSON.stringify(c.months)}::jsonb, ${c.establishedOn}) RETURNING *`))!;
  },
  async find(tx: Sql, id: string): Promise<ClaimRow | null> {
    return firstOf(await tx.execute(sql`SELECT * FROM elig_claim WHERE id = ${id} FOR UPDATE`));
  },
  async insertTxn(tx: Sql, t: { claimId: string; kind: 'establish' | 'repayment' | 'recoupment' | 'adjustment'; amountCents: number; onDate: string; note: string | null; createdBy: string | null }) {
    return firstOf<{ id: string }>(await tx.execute(sql`INSERT INTO elig_claim_txn (claim_id, kind, amount_cents, on_date, note, created_by)
      VALUES (${t.claimId}, ${t.kind}, ${t.amountCents}, ${t.onDate}, ${t.note}, ${t.createdBy}) RETURNING *`))!;
  },
  async forCase(tx: Sql, caseId: string): Promise<Array<ClaimRow & { balanceCents: number; txns: Array<{ kind: string; amountCents: number; onDate: string; note: string | null }> }>> {
    const claims = rowsOf<ClaimRow>(await tx.execute(sql`SELECT * FROM elig_claim WHERE case_id = ${caseId} ORDER BY created_at`));
    const out = [];
    for (const c of claims) {
      const txns = rowsOf<{ kind: string; amountCents: number; onDate: string; note: string | null }>(await tx.execute(sql`SELECT kind, amount_cents, on_date, note FROM elig_claim_txn WHERE claim_id = ${c.id} ORDER BY created_at`));
      const balanceCents = txns.reduce((s, t) => s + (t.kind === 'establish' || t.kind === 'adjustment' ? t.amountCents : -t.amountCents), 0);
      out.push({ ...c, balanceCents, txns });
    }
    return out;
  },
};
