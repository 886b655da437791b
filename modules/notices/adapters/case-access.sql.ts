/**
 * Case lookups for notices. `open` is the cases module's own access decision (openCase, exported by
 * @hearth/cases). `find` — for trusted callers that already decided access (another module's use case, a job) —
 * reads the case row directly, because @hearth/cases exports no lookup without an access decision; when it does,
 * `find` should use it.
 */
import { sql } from 'drizzle-orm';
import { openCase } from '@hearth/cases';
import type { Sql } from '@hearth/platform';
import type { CaseAccessPort, NoticeCase } from '../ports.js';
import { isUuid } from './notice.repo.js';

async function load(tx: Sql, caseId: string): Promise<NoticeCase | null> {
  if (!isUuid(caseId)) return null;
  const r = await tx.execute(sql`SELECT id, case_number AS "caseNumber", program_code AS "programCode", status,
      primary_person_id AS "primaryPersonId", restricted, confidentiality
    FROM "case" WHERE id = ${caseId}`);
  const row = r.rows[0] as (NoticeCase & { confidentiality: string[] | string }) | undefined;
  if (!row) return null;
  // node-postgres parses text[]; PGlite through the same driver may hand back the literal.
  const flags = Array.isArray(row.confidentiality) ? row.confidentiality : String(row.confidentiality).replace(/^\{|\}$/g, '').split(',').filter(Boolean);
  return { ...row, restricted: Boolean(row.restricted), confidentiality: flags };
}

export const sqlCaseAccess: CaseAccessPort = {
  async find(tx, caseId) {
    return load(tx, caseId);
  },
  async open(tx, principal, caseId, now) {
    // The cases module's own decision (scope, restriction, break-the-glass grants): one rule, one place.
    const { row } = await openCase(tx, principal, caseId, now);
    return {
      id: row.id,
      caseNumber: row.caseNumber,
      programCode: row.programCode,
      status: row.status,
      primaryPersonId: row.primaryPersonId,
      restricted: Boolean(row.restricted),
      confidentiality: [...row.confidentiality],
    };
  },
};
