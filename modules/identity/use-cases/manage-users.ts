import { sql } from 'drizzle-orm';
import { DomainError, notFound } from '@hearth/kernel';
import { inTransaction, type Database, type Actor } from '@hearth/platform';
import { hashPassword } from './login.js';
import { findUserById } from '../adapters/staff.repo.js';
import { revokeAllSessions } from '../adapters/session.repo.js';

export interface UnitMembershipInput {
  unitId: string;
  membership: 'member' | 'lead' | 'supervisor';
}

export interface CreateUserInput {
  username: string;
  displayName: string;
  email?: string;
  roleCode: string;
  password?: string;
  units: UnitMembershipInput[];
  programCodes?: string[];
  preferredLanguage?: 'en' | 'es';
}

async function assertRole(db: Database['db'], roleCode: string) {
  const r = await db.execute(sql`SELECT 1 FROM role WHERE code = ${roleCode}`);
  if (!r.rows.length) throw new DomainError('VALIDATION', 'Unknown role', [{ path: 'body.roleCode', message: `no role ${roleCode}` }]);
}

export async function createUser(input: CreateUserInput, deps: { database: Database; actor: Actor }) {
  await assertRole(deps.database.db, input.roleCode);
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return inTransaction(deps.database, deps.actor, async (uow) => {
    const exists = await uow.tx.execute(sql`SELECT 1 FROM app_user WHERE username = ${input.username}`);
    if (exists.rows.length) throw new DomainError('CONFLICT', 'That username is taken', [{ path: 'body.username', message: 'already in use' }]);
    const r = await uow.tx.execute(sql`INSERT INTO app_user (username, display_name, email, role_code, password_hash, preferred_language)
      VALUES (${input.username}, ${input.displayName}, ${input.email ?? null}, ${input.roleCode}, ${passwordHash}, ${input.preferredLanguage ?? 'en'}) RETURNING id`);
    const id = (r.rows[0] as any).id as string;
    for (const u of input.units) {
      const unit = await uow.tx.execute(sql`SELECT 1 FROM org_unit WHERE id = ${u.unitId}`);
      if (!unit.rows.length) throw new DomainError('VALIDATION', 'Unknown unit', [{ path: 'body.units', message: `no unit ${u.unitId}` }]);
      await uow.tx.execute(sql`INSERT INTO user_unit (user_id, unit_id, membership) VALUES (${id}, ${u.unitId}, ${u.membership}) ON CONFLICT DO NOTHING`);
    }
    for (const p of input.programCodes ?? []) await uow.tx.execute(sql`INSERT INTO user_program (user_id, program_code) VALUES (${id}, ${p})`);
    uow.audit({ action: 'user.created', entityType: 'user', entityId: id, after: { ...input, password: undefined } });
    return { id };
  });
}

export interface UpdateUserInput {
  displayName?: string;
  roleCode?: string;
  active?: boolean;
  units?: UnitMembershipInput[];
  programCodes?: string[];
  password?: string;
}

export async function updateUser(id: string, input: UpdateUserInput, deps: { database: Database; actor: Actor; now: Date }) {
  if (input.roleCode) await assertRole(deps.database.db, input.roleCode);
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return inTransaction(deps.database, deps.actor, async (uow) => {
    const before = await findUserById(uow.tx, id);
    if (!before) throw notFound('User', id);
    await uow.tx.execute(sql`UPDATE app_user SET display_name = coalesce(${input.displayName ?? null}, display_name),
      role_code = coalesce(${input.roleCode ?? null}, role_code), active = coalesce(${input.active ?? null}::boolean, active),
      password_hash = coalesce(${passwordHash ?? null}, password_hash) WHERE id = ${id}`);
    if (input.units) {
      await uow.tx.execute(sql`DELETE FROM user_unit WHERE user_id = ${id}`);
      for (const u of input.units) await uow.tx.execute(sql`INSERT INTO user_unit (user_id, unit_id, membership) VALUES (${id}, ${u.unitId}, ${u.membership}) ON CONFLICT DO NOTHING`);
    }
    if (input.programCodes) {
      await uow.tx.execute(sql`DELETE FROM user_program WHERE user_id = ${id}`);
      for (const p of input.programCodes) await uow.tx.execute(sql`INSERT INTO user_program (user_id, program_code) VALUES (${id}, ${p})`);
    }
    if (input.active === false || input.password || input.roleCode) await revokeAllSessions(uow.tx, id, deps.now);
    const { passwordHash: _a, ...beforeView } = before;
    uow.audit({ action: 'user.updated', entityType: 'user', entityId: id, before: beforeView, after: { ...input, password: input.password ? '(changed)' : undefined } });
  });
}

export async function unlockUser(id: string, deps: { database: Database; actor: Actor }) {
  await inTransaction(deps.database, deps.actor, async (uow) => {
    const r = await uow.tx.execute(sql`UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE id = ${id} RETURNING id`);
    if (!r.rows.length) throw notFound('User', id);
    uow.audit({ action: 'user.unlocked', entityType: 'user', entityId: id });
  });
}

export async function createUnit(input: { code: string; name: string; parentId?: string; programCode?: string }, deps: { database: Database; actor: Actor }) {
  return inTransaction(deps.database, deps.actor, async (uow) => {
    const exists = await uow.tx.execute(sql`SELECT 1 FROM org_unit WHERE code = ${input.code}`);
    if (exists.rows.length) throw new DomainError('CONFLICT', 'That unit code is taken', [{ path: 'body.code', message: 'already in use' }]);
    const r = await uow.tx.execute(sql`INSERT INTO org_unit (code, name, parent_id, program_code) VALUES (${input.code}, ${input.name}, ${input.parentId ?? null}, ${input.programCode ?? null}) RETURNING id`);
    const id = (r.rows[0] as any).id as string;
    uow.audit({ action: 'unit.created', entityType: 'unit', entityId: id, after: input });
    return { id };
  });
}

export async function setRolePermissions(roleCode: string, permissions: string[], deps: { database: Database; actor: Actor }) {
  await inTransaction(deps.database, deps.actor, async (uow) => {
    const role = await uow.tx.execute(sql`SELECT 1 FROM role WHERE code = ${roleCode}`);
    if (!role.rows.length) throw notFound('Role', roleCode);
    const known = await uow.tx.execute(sql`SELECT code FROM permission`);
    const knownSet = new Set((known.rows as any[]).map((r) => r.code));
    const unknown = permissions.filter((p) => !knownSet.has(p));
    if (unknown.length) throw new DomainError('VALIDATION', 'Unknown permissions', unknown.map((p) => ({ path: 'body.permissions', message: `no permission ${p}` })));
    const before = await uow.tx.execute(sql`SELECT permission_code FROM role_permission WHERE role_code = ${roleCode} ORDER BY 1`);
    await uow.tx.execute(sql`DELETE FROM role_permission WHERE role_code = ${roleCode}`);
    for (const p of permissions) await uow.tx.execute(sql`INSERT INTO role_permission (role_code, permission_code) VALUES (${roleCode}, ${p})`);
    uow.audit({ action: 'role.permissions_set', entityType: 'role', entityId: roleCode, before: (before.rows as any[]).map((r) => r.permission_code), after: [...permissions].sort() });
  });
}
