import { z } from 'zod';
import { sql } from 'drizzle-orm';
import type { HttpApp, PlatformContext } from '@hearth/platform';
import { createUnit, createUser, setRolePermissions, unlockUser, updateUser } from '../use-cases/manage-users.js';
import type { Principal } from '../domain/principal.js';

const membership = z.strictObject({ unitId: z.uuid(), membership: z.enum(['member', 'lead', 'supervisor']) });
const idParams = z.object({ id: z.uuid() });

export async function registerAdminRoutes(app: HttpApp, ctx: PlatformContext) {
  const { database } = ctx;
  const actorOf = (req: { principal: unknown; ip: string }) => ({ userId: (req.principal as Principal).userId, ip: req.ip });

  app.get('/api/admin/users', { config: { permission: 'admin.users' }, schema: { tags: ['admin'], summary: 'All users with role and units' } }, async () => {
    const r = await database.db.execute(sql`
      SELECT u.id, u.username::text AS username, u.display_name AS "displayName", u.email::text AS email, u.role_code AS "roleCode", r.name AS "roleName",
             u.active, (u.locked_until IS NOT NULL AND u.locked_until > now()) AS locked, u.last_login_at AS "lastLoginAt",
             coalesce((SELECT json_agg(json_build_object('unitId', uu.unit_id, 'membership', uu.membership)) FROM user_unit uu WHERE uu.user_id = u.id), '[]') AS units,
             coalesce((SELECT array_agg(program_code) FROM user_program up WHERE up.user_id = u.id), '{}') AS "programCodes"
        FROM app_user u JOIN role r ON r.code = u.role_code ORDER BY u.display_name`);
    return { items: r.rows };
  });

  app.post('/api/admin/users', {
    config: { permission: 'admin.users' },
    schema: {
      tags: ['admin'],
      summary: 'Create a user',
      body: z.strictObject({
        username: z.string().regex(/^[a-z0-9._-]{2,60}$/i, 'letters, digits, dot, dash or underscore (2–60)'),
        displayName: z.string().min(1).max(200),
        email: z.email().optional(),
        roleCode: z.string().min(1),
        password: z.string().min(12, 'at least 12 characters').max(200).optional(),
        units: z.array(membership).default([]),
        programCodes: z.array(z.string()).optional(),
        preferredLanguage: z.enum(['en', 'es']).optional(),
      }),
    },
  }, async (request, reply) => {
    const r = await createUser(request.body, { database, actor: actorOf(request) });
    return reply.status(201).send(r);
  });

  app.patch('/api/admin/users/:id', {
    config: { permission: 'admin.users' },
    schema: {
      tags: ['admin'],
      summary: 'Change a user\'s role, units, programs, password or active flag',
      params: idParams,
      body: z.strictObject({
        displayName: z.string().min(1).max(200).optional(),
        roleCode: z.string().min(1).optional(),
        active: z.boolean().optional(),
        units: z.array(membership).optional(),
        programCodes: z.array(z.string()).optional(),
        password: z.string().min(12).max(200).optional(),
      }),
    },
  }, async (request, reply) => {
    await updateUser(request.params.id, request.body, { database, actor: actorOf(request), now: ctx.clock.now() });
    return reply.status(204).send();
  });

  app.post('/api/admin/users/:id/unlock', { config: { permission: 'admin.users' }, schema: { tags: ['admin'], params: idParams } }, async (request, reply) => {
    await unlockUser(request.params.id, { database, actor: actorOf(request) });
    return reply.status(204).send();
  });

  app.get('/api/admin/units', { config: { permission: 'authenticated' }, schema: { tags: ['admin'], summary: 'Units (teams)' } }, async () => {
    const r = await database.db.execute(sql`SELECT id, code::text AS code, name, parent_id AS "parentId", program_code AS "programCode",
      (SELECT count(*)::int FROM user_unit uu WHERE uu.unit_id = org_unit.id) AS "memberCount" FROM org_unit ORDER BY name`);
    return { items: r.rows };
  });

  app.post('/api/admin/units', {
    config: { permission: 'admin.users' },
    schema: {
      tags: ['admin'],
      body: z.strictObject({ code: z.string().regex(/^[A-Za-z0-9-]{2,30}$/), name: z.string().min(1).max(200), parentId: z.uuid().optional(), programCode: z.string().optional() }),
    },
  }, async (request, reply) => reply.status(201).send(await createUnit(request.body, { database, actor: actorOf(request) })));

  app.get('/api/admin/roles', { config: { permission: 'admin.roles' }, schema: { tags: ['admin'], summary: 'Roles with their permissions, and every permission' } }, async () => {
    const roles = await database.db.execute(sql`SELECT r.code, r.name, r.level, r.decisions_reviewed AS "decisionsReviewed",
      coalesce((SELECT array_agg(permission_code ORDER BY permission_code) FROM role_permission rp WHERE rp.role_code = r.code), '{}') AS permissions
      FROM role r ORDER BY r.level NULLS LAST, r.name`);
    const permissions = await database.db.execute(sql`SELECT code, description FROM permission ORDER BY code`);
    return { roles: roles.rows, permissions: permissions.rows };
  });

  app.put('/api/admin/roles/:code/permissions', {
    config: { permission: 'admin.roles' },
    schema: { tags: ['admin'], params: z.object({ code: z.string() }), body: z.strictObject({ permissions: z.array(z.string()) }) },
  }, async (request, reply) => {
    await setRolePermissions(request.params.code, request.body.permissions, { database, actor: actorOf(request) });
    return reply.status(204).send();
  });

  app.get('/api/staff', {
    config: { permission: 'case.read' },
    schema: { tags: ['staff'], summary: 'Staff directory (for assignment)', querystring: z.object({ unitId: z.uuid().optional() }) },
  }, async (request) => {
    const unitId = request.query.unitId ?? null;
    const r = await database.db.execute(sql`
      SELECT u.id, u.display_name AS "displayName", u.role_code AS "roleCode", r.name AS "roleName", r.level,
             coalesce((SELECT array_agg(DISTINCT uu.unit_id) FROM user_unit uu WHERE uu.user_id = u.id), '{}') AS "unitIds"
        FROM app_user u JOIN role r ON r.code = u.role_code
       WHERE u.active AND (${unitId}::uuid IS NULL OR EXISTS (SELECT 1 FROM user_unit uu WHERE uu.user_id = u.id AND uu.unit_id = ${unitId}::uuid))
       ORDER BY u.display_name`);
    return { items: r.rows };
  });
}
