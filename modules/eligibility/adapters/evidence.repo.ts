import { sql } from 'drizzle-orm';
import type { Sql } from '@hearth/platform';
import { firstOf, rowsOf } from './rows.js';
import type { EvidenceRow } from '../domain/evidence.js';

export type NewEvidence = Omit<EvidenceRow, 'id' | 'recordedAt'> & { recordedAt?: string };

export const evidenceRepo = {
  async insert(tx: Sql, e: NewEvidence): Promise<EvidenceRow> {
    const res = await tx.execute(sql`INSERT INTO elig_evidence (application_id, evidence_key, version, kind, member_key, payload, amount_cents, effective_from, effective_to,
        source, verification, document_id, retracted, change_id, reason, recorded_by, recorded_at)
      VALUES (${e.applicationId}, ${e.evidenceKey}, ${e.version}, ${e.kind}, ${e.memberKey}, ${JSON.stringify(e.payload)}::jsonb, ${e.amountCents}, ${e.effectiveFrom}, ${e.effectiveTo},
        ${e.source}, ${e.verification}, ${e.documentId}, ${e.retracted}, ${e.changeId}, ${e.reason}, ${e.recordedBy}, coalesce(${e.recordedAt ?? null}::timestamptz, clock_timestamp()))
      RETURNING *`);
    return mapEvidence(firstOf(res)!);
  },
  async forApplication(tx: Sql, applicationId: string): Promise<EvidenceRow[]> {
    return rowsOf(await tx.execute(sql`SELECT * FROM elig_evidence WHERE application_id = ${applicationId} ORDER BY evidence_key, version`)).map(mapEvidence);
  },
  async latest(tx: Sql, evidenceKey: string): Promise<EvidenceRow | null> {
    const r = firstOf(await tx.execute(sql`SELECT * FROM elig_evidence WHERE evidence_key = ${evidenceKey} ORDER BY version DESC LIMIT 1`));
    return r ? mapEvidence(r) : null;
  },
  async history(tx: Sql, evidenceKey: string): Promise<EvidenceRow[]> {
    return rowsOf(await tx.execute(sql`SELECT * FROM elig_evidence WHERE evidence_key = ${evidenceKey} ORDER BY version`)).map(mapEvidence);
  },
  /** Current evidence of many applications at once (mass redetermination reads a batch of cases in one query). */
  async currentForApplications(tx: Sql, applicationIds: string[]): Promise<EvidenceRow[]> {
    if (applicationIds.length === 0) return [];
    const res = await tx.execute(sql`SELECT DISTINCT ON (evidence_key) * FROM elig_evidence WHERE application_id = ANY(${sql.param(applicationIds)}::uuid[])
      ORDER BY evidence_key, version DESC`);
    return rowsOf(res).map(mapEvidence);
  },
};

function mapEvidence(r: any): EvidenceRow {
  return { ...r, amountCents: r.amountCents === null ? null : Number(r.amountCents) };
}
