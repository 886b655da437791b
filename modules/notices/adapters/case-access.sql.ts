/**
 * Case lookups for notices, read from the cases module's tables with identity's access policy.
 * Stopgap: @hearth/cases does not export its openCase() through index.ts yet. This adapter repeats its decision
 * (decideAccess, then an unexpired break-the-glass grant) so the rule stays identity's; when cases exports a
 * case-access port, the composition root should pass that instead and this file can go.
 */
import { sql } from 'drizzle-orm';
import { DomainError, notFound } from '@hearth/kernel';
import { decideAccess } from '@hearth/identity';
import type { Sql } from '@hearth/platform';
import type { CaseAccessPort, NoticeCase } from '../ports.js';
import { isUuid } from './notice.repo.js';

interface CaseScopeRow extends NoticeCase {
  unitId: string | null;
  assignedWorkerId: string | null;
}

async function load(tx: Sql, caseId: string): Promise<CaseScopeRow | null> {
  if (!isUuid(caseId)) return null;
  const r = await tx.execute(sql`SELECT id, case_number AS "caseNumber", program_code AS "programCode", status,
      primary_person_id AS "primaryPersonId", restricted, confidentiality, unit_id AS "unitId", assigned_worker_id AS "assignedWorkerId"
    FROM "case" WHERE id = ${caseId}`);
  const row = r.rows[0] as (CaseScopeRow & { confidentiality: string[] | string }) | undefined;
  if (!row) return null;
  // node-postgres parses text[]; PGlite through the same driver may hand back the literal.
  const flags = Array.isArray(row.confidentiality) ? row.confidentiality : String(row.confidentiality).replace(/^\{|\}$/g, '').split(',').filter(Boolean);
  return { ...row, restricted: Boolean(row.restricted), confidentiality: flags };
}

function view(row: CaseScopeRow): NoticeCase {
  return { id: row.id, caseNumber: row.caseNumber, programCode: row.programCode, status: row.status, primaryPersonId: row.primaryPersonId, restricted: row.restricted, confidentiality: row.confidentiality };
}

export const sqlCaseAccess: CaseAccessPort = {
  async find(tx, caseId) {
    const row = await load(tx, caseId);
    return row ? view(row) : null;
  },
  async open(tx, principal, caseId, now) {
    const row = await load(tx, caseId);
    if (!row) throw notFound('Case', caseId);
    const scoped = { assignedWorkerId: row.assignedWorkerId, unitId: row.unitId, programCode: row.programCode, restricted: row.restricted };
    let decision = decideAccess(principal, scoped, false);
    if (decision.kind !== 'allow') {
      const g = await tx.execute(sql`SELECT 1 FROM case_access_grant WHERE case_id = ${caseId} AND user_id = ${principal.userId} AND expires_at > ${now.toISOString()}::timestamptz LIMIT 1`);
      if (g.rows.length) decision = decideAccess(principal, scoped, true);
    }
    if (decision.kind !== 'allow') {
      throw new DomainError('BREAK_GLASS_REQUIRED', decision.reason === 'restricted'
        ? 'This case is restricted. State a reason to break the glass; the access will be logged and reviewed.'
        : 'This case is outside your caseload. State a reason to break the glass; the access will be logged and reviewed.', [], { reason: decision.reason });
    }
    return view(row);
  },
};
