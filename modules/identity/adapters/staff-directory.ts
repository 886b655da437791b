import { sql } from 'drizzle-orm';
import type { Sql } from '@hearth/platform';

export interface StaffMember {
  id: string;
  displayName: string;
  roleCode: string;
  level: number | null;
  unitIds: string[];
  active: boolean;
}

/** Read-only view of staff that other modules use (names, levels, unit membership). */
export interface StaffDirectory {
  get(ids: string[], tx: Sql): Promise<Map<string, StaffMember>>;
  unitMembers(unitId: string, tx: Sql): Promise<StaffMember[]>;
  /** Leads and supervisors of a unit. */
  unitLeaders(unitId: string, tx: Sql): Promise<StaffMember[]>;
  unitNames(ids: string[], tx: Sql): Promise<Map<string, string>>;
}

const columns = sql`u.id, u.display_name AS "displayName", u.role_code AS "roleCode", r.level, u.active,
  coalesce((SELECT array_agg(DISTINCT uu.unit_id::text) FROM user_unit uu WHERE uu.user_id = u.id), '{}') AS "unitIds"`;

export function createStaffDirectory(): StaffDirectory {
  return {
    async get(ids, tx) {
      if (ids.length === 0) return new Map();
      const r = await tx.execute(sql`SELECT ${columns} FROM app_user u JOIN role r ON r.code = u.role_code WHERE u.id::text = ANY(${sql.param(ids)}::text[])`);
      return new Map((r.rows as unknown as StaffMember[]).map((m) => [m.id, m]));
    },
    async unitMembers(unitId, tx) {
      const r = await tx.execute(sql`SELECT ${columns} FROM app_user u JOIN role r ON r.code = u.role_code
        WHERE u.active AND EXISTS (SELECT 1 FROM user_unit uu WHERE uu.user_id = u.id AND uu.unit_id = ${unitId} AND uu.membership = 'member')`);
      return r.rows as unknown as StaffMember[];
    },
    async unitLeaders(unitId, tx) {
      const r = await tx.execute(sql`SELECT ${columns} FROM app_user u JOIN role r ON r.code = u.role_code
        WHERE u.active AND EXISTS (SELECT 1 FROM user_unit uu WHERE uu.user_id = u.id AND uu.unit_id = ${unitId} AND uu.membership IN ('lead', 'supervisor'))`);
      return r.rows as unknown as StaffMember[];
    },
    async unitNames(ids, tx) {
      if (ids.length === 0) return new Map();
      const r = await tx.execute(sql`SELECT id::text AS id, name FROM org_unit WHERE id::text = ANY(${sql.param(ids)}::text[])`);
      return new Map((r.rows as Array<{ id: string; name: string }>).map((u) => [u.id, u.name]));
    },
  };
}
