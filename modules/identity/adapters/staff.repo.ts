import { sql } from 'drizzle-orm';
import type { Sql } from '@hearth/platform';
import type { Principal } from '../domain/principal.js';

export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  roleCode: string;
  passwordHash: string | null;
  active: boolean;
  failedLogins: number;
  lockedUntil: Date | null;
  preferredLanguage: 'en' | 'es';
}

const userColumns = sql`id, username::text AS "username", display_name AS "displayName", email::text AS "email", role_code AS "roleCode",
  password_hash AS "passwordHash", active, failed_logins AS "failedLogins", locked_until AS "lockedUntil", preferred_language AS "preferredLanguage"`;

// Drizzle hands timestamps back as text: turn them into Dates here.
function toUserRow(row: any): UserRow | null {
  if (!row) return null;
  return { ...row, lockedUntil: row.lockedUntil ? new Date(row.lockedUntil) : null };
}

export async function findUserByUsername(tx: Sql, username: string): Promise<UserRow | null> {
  const r = await tx.execute(sql`SELECT ${userColumns} FROM app_user WHERE username = ${username}`);
  return toUserRow(r.rows[0]);
}

export async function findUserById(tx: Sql, id: string): Promise<UserRow | null> {
  const r = await tx.execute(sql`SELECT ${userColumns} FROM app_user WHERE id = ${id}`);
  return toUserRow(r.rows[0]);
}

/** Builds the principal (role, permissions, units, programs) for a user in one query. */
export async function loadPrincipal(tx: Sql, userId: string, sessionId: string | null): Promise<Principal | null> {
  const r = await tx.execute(sql`
    SELECT u.id, u.username::text AS username, u.display_name, u.role_code, u.preferred_language, u.active,
           r.name AS role_name, r.level, r.decisions_reviewed,
           coalesce((SELECT array_agg(permission_code) FROM role_permission rp WHERE rp.role_code = u.role_code), '{}') AS permissions,
           coalesce((SELECT array_agg(unit_id::text) FROM user_unit uu WHERE uu.user_id = u.id AND uu.membership = 'member'), '{}') AS unit_ids,
           coalesce((SELECT array_agg(unit_id::text) FROM user_unit uu WHERE uu.user_id = u.id AND uu.membership = 'lead'), '{}') AS lead_unit_ids,
           coalesce((SELECT array_agg(unit_id::text) FROM user_unit uu WHERE uu.user_id = u.id AND uu.membership = 'supervisor'), '{}') AS supervisor_unit_ids,
           coalesce((SELECT array_agg(program_code) FROM user_program up WHERE up.user_id = u.id), '{}') AS program_codes
      FROM app_user u JOIN role r ON r.code = u.role_code
     WHERE u.id = ${userId}`);
  const row = r.rows[0] as any;
  if (!row || !row.active) return null;
  const permissions = new Set<string>(row.permissions);
  return {
    userId: row.id,
    username: row.username,
    displayName: row.display_name,
    roleCode: row.role_code,
    roleName: row.role_name,
    level: row.level,
    decisionsReviewed: row.decisions_reviewed,
    permissions,
    unitIds: row.unit_ids,
    leadUnitIds: row.lead_unit_ids,
    supervisorUnitIds: row.supervisor_unit_ids,
    programCodes: row.program_codes,
    seesEverything: row.role_code === 'auditor',
    sessionId,
    preferredLanguage: row.preferred_language,
  };
}
