import { z } from 'zod';
import { sql, type SQL } from 'drizzle-orm';
import type { HttpApp, PlatformContext } from '@hearth/platform';
import type { Principal } from '../domain/principal.js';

const filters = z.object({
  personId: z.uuid().optional(),
  caseId: z.uuid().optional(),
  userId: z.uuid().optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  action: z.string().max(100).optional(),
  cursor: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

function where(parts: Array<SQL | null>): SQL {
  const present = parts.filter((p): p is SQL => p !== null);
  return present.length ? sql`WHERE ${sql.join(present, sql` AND `)}` : sql``;
}

/** Auditors browse both logs, filtered by person, case, user and date; supervisors see break-the-glass in their units. */
export async function registerAuditRoutes(app: HttpApp, ctx: PlatformContext) {
  const { database, config } = ctx;
  const zone = config.timeZone;

  app.get('/api/audit/events', { config: { permission: 'audit.read' }, schema: { tags: ['audit'], summary: 'The audit trail (hash-chained changes)', querystring: filters } }, async (request) => {
    const q = request.query;
    const r = await database.db.execute(sql`
      SELECT e.seq, e.at, e.actor_id AS "actorId", u.display_name AS "actorName", e.action, e.entity_type AS "entityType", e.entity_id AS "entityId",
             e.case_id AS "caseId", e.person_id AS "personId", e.reason, e.before, e.after
        FROM audit_event e LEFT JOIN app_user u ON u.id = e.actor_id
        ${where([
          q.personId ? sql`e.person_id = ${q.personId}` : null,
          q.caseId ? sql`e.case_id = ${q.caseId}` : null,
          q.userId ? sql`e.actor_id = ${q.userId}` : null,
          q.from ? sql`e.at >= (${q.from}::date)::timestamp AT TIME ZONE ${zone}` : null,
          q.to ? sql`e.at < (${q.to}::date + 1)::timestamp AT TIME ZONE ${zone}` : null,
          q.action ? sql`e.action LIKE ${q.action.replace(/[%_]/g, '') + '%'}` : null,
          q.cursor ? sql`e.seq < ${q.cursor}` : null,
        ])}
       ORDER BY e.seq DESC LIMIT ${q.limit}`);
    const items = r.rows as any[];
    return { items, nextCursor: items.length === q.limit ? items.at(-1).seq : null };
  });

  app.get('/api/audit/access', { config: { permission: 'audit.read' }, schema: { tags: ['audit'], summary: 'Who read which record, and every break-the-glass', querystring: filters } }, async (request) => {
    const q = request.query;
    const r = await database.db.execute(sql`
      SELECT a.id, a.at, a.user_id AS "userId", u.display_name AS "userName", a.action, a.entity_type AS "entityType", a.entity_id AS "entityId",
             a.case_id AS "caseId", a.person_id AS "personId", a.reason, a.restricted
        FROM access_log a LEFT JOIN app_user u ON u.id = a.user_id
        ${where([
          q.personId ? sql`a.person_id = ${q.personId}` : null,
          q.caseId ? sql`a.case_id = ${q.caseId}` : null,
          q.userId ? sql`a.user_id = ${q.userId}` : null,
          q.from ? sql`a.at >= (${q.from}::date)::timestamp AT TIME ZONE ${zone}` : null,
          q.to ? sql`a.at < (${q.to}::date + 1)::timestamp AT TIME ZONE ${zone}` : null,
          q.action ? sql`a.action = ${q.action}` : null,
          q.cursor ? sql`a.id < ${q.cursor}` : null,
        ])}
       ORDER BY a.id DESC LIMIT ${q.limit}`);
    const items = r.rows as any[];
    return { items, nextCursor: items.length === q.limit ? items.at(-1).id : null };
  });

  app.get('/api/break-glass', { config: { permission: 'breakglass.review' }, schema: { tags: ['audit'], summary: 'Break-the-glass accesses by staff of my units (all, for auditors and program managers)' } }, async (request) => {
    const p = request.principal as Principal;
    const units = [...p.leadUnitIds, ...p.supervisorUnitIds];
    const all = p.seesEverything || p.programCodes.length > 0;
    const r = await database.db.execute(sql`
      SELECT a.id, a.at, a.user_id AS "userId", u.display_name AS "userName", a.entity_type AS "entityType", a.entity_id AS "entityId",
             a.case_id AS "caseId", a.person_id AS "personId", a.reason
        FROM access_log a LEFT JOIN app_user u ON u.id = a.user_id
       WHERE a.action = 'break_glass'
         AND (${all}::boolean OR EXISTS (SELECT 1 FROM user_unit uu WHERE uu.user_id = a.user_id AND uu.unit_id::text = ANY(${sql.param(units)}::text[])))
       ORDER BY a.id DESC LIMIT 200`);
    return { items: r.rows };
  });
}
