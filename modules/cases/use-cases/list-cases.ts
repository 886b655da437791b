import { z } from 'zod';
import { sql, type SQL } from 'drizzle-orm';
import { inTransaction, logAccess } from '@hearth/platform';
import { CASE_PROGRAMS } from '../domain/programs.js';
import { CASE_STATUSES } from '../domain/case-status.js';
import { parseInput } from '../domain/validation.js';
import type { CaseRow } from '../db/schema.js';
import type { CasesDeps } from '../ports.js';
import { actorFor, allUnits, type Caller } from './support/caller.js';
import { summarize, type CaseSummary } from './support/case-views.js';

export const listCasesInput = z.strictObject({
  scope: z.enum(['mine', 'unit', 'all']).default('mine'),
  status: z.enum(CASE_STATUSES).optional(),
  program: z.enum(CASE_PROGRAMS).optional(),
  q: z.string().trim().max(100).optional(),
  personId: z.uuid().optional(),
  unitId: z.uuid().optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListCasesInput = z.input<typeof listCasesInput>;

function encodeCursor(r: CaseRow): string {
  return Buffer.from(JSON.stringify([r.createdAt, r.id])).toString('base64url');
}
function decodeCursor(c: string): [string, string] | null {
  try {
    const v = JSON.parse(Buffer.from(c, 'base64url').toString('utf8'));
    return Array.isArray(v) && typeof v[0] === 'string' && typeof v[1] === 'string' ? [v[0], v[1]] : null;
  } catch {
    return null;
  }
}

const COLUMNS = sql`c.id, c.case_number AS "caseNumber", c.program_code AS "programCode", c.status, c.unit_id AS "unitId",
  c.assigned_worker_id AS "assignedWorkerId", c.primary_person_id AS "primaryPersonId", c.complexity, c.confidentiality, c.restricted,
  c.opened_on AS "openedOn", c.closed_on AS "closedOn", c.close_reason AS "closeReason",
  to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "createdAt", c.updated_at AS "updatedAt"`;

/** Cases the caller may see (their caseload, their units' unrestricted cases, grants), filtered and paged newest first. */
export async function listCases(caller: Caller, raw: ListCasesInput, deps: Pick<CasesDeps, 'database' | 'clock' | 'staff' | 'people'>): Promise<{ items: CaseSummary[]; nextCursor: string | null }> {
  const input = parseInput(listCasesInput, raw);
  const p = caller.principal;
  const actor = actorFor(caller);
  const now = deps.clock.now().toISOString();
  const where: SQL[] = [];
  if (!p.seesEverything) {
    const leadUnits = [...p.leadUnitIds, ...p.supervisorUnitIds];
    where.push(sql`(c.assigned_worker_id = ${p.userId}
      OR c.unit_id::text = ANY(${sql.param(leadUnits)}::text[])
      OR c.program_code = ANY(${sql.param(p.programCodes)}::text[])
      OR (c.unit_id::text = ANY(${sql.param(p.unitIds)}::text[]) AND NOT c.restricted)
      OR EXISTS (SELECT 1 FROM case_access_grant g WHERE g.case_id = c.id AND g.user_id = ${p.userId} AND g.expires_at > ${now}::timestamptz))`);
  }
  if (input.scope === 'mine') where.push(sql`c.assigned_worker_id = ${p.userId}`);
  if (input.scope === 'unit') where.push(sql`c.unit_id::text = ANY(${sql.param(allUnits(p))}::text[])`);
  if (input.unitId) where.push(sql`c.unit_id = ${input.unitId}`);
  if (input.status) where.push(sql`c.status = ${input.status}`);
  if (input.program) where.push(sql`c.program_code = ${input.program}`);
  if (input.q) where.push(sql`c.case_number ILIKE ${input.q.replace(/[%_\\]/g, '\\$&') + '%'}`);
  if (input.personId) {
    where.push(sql`(c.primary_person_id = ${input.personId} OR EXISTS (SELECT 1 FROM case_participant cp WHERE cp.case_id = c.id AND cp.person_id = ${input.personId}))`);
  }
  const cursor = input.cursor ? decodeCursor(input.cursor) : null;
  if (cursor) where.push(sql`(c.created_at, c.id) < (${cursor[0]}::timestamptz, ${cursor[1]}::uuid)`);
  const whereSql = where.length ? sql`WHERE ${sql.join(where, sql` AND `)}` : sql``;

  return inTransaction(deps.database, actor, async (uow) => {
    const r = await uow.tx.execute(sql`SELECT ${COLUMNS} FROM "case" c ${whereSql} ORDER BY c.created_at DESC, c.id DESC LIMIT ${input.limit + 1}`);
    const rows = r.rows as unknown as CaseRow[];
    const page = rows.slice(0, input.limit);
    await logAccess(uow.tx, actor, {
      action: 'search',
      entityType: 'case',
      entityId: input.personId ?? 'list',
      personId: input.personId ?? null,
      reason: null,
    });
    const items = await summarize(uow.tx, page, deps);
    return { items, nextCursor: rows.length > input.limit ? encodeCursor(page[page.length - 1]!) : null };
  });
}
