import { sql } from 'drizzle-orm';
import type { Sql } from '@hearth/platform';
import { PERMISSIONS, PROGRAMS, ROLE_CATALOG } from '../domain/roles.js';

/**
 * Makes sure every program, permission and role of the catalog exists. A role's permissions are
 * written only when the role is first created: later changes an agency makes to them are kept.
 */
export async function ensureCatalog(tx: Sql): Promise<void> {
  for (const p of PROGRAMS) await tx.execute(sql`INSERT INTO program (code, name) VALUES (${p.code}, ${p.name}) ON CONFLICT (code) DO NOTHING`);
  for (const [code, description] of Object.entries(PERMISSIONS)) {
    await tx.execute(sql`INSERT INTO permission (code, description) VALUES (${code}, ${description}) ON CONFLICT (code) DO UPDATE SET description = EXCLUDED.description`);
  }
  for (const role of ROLE_CATALOG) {
    const r = await tx.execute(sql`INSERT INTO role (code, name, level, decisions_reviewed) VALUES (${role.code}, ${role.name}, ${role.level}, ${role.decisionsReviewed})
      ON CONFLICT (code) DO NOTHING RETURNING code`);
    if (r.rows.length) {
      for (const perm of role.permissions) {
        await tx.execute(sql`INSERT INTO role_permission (role_code, permission_code) VALUES (${role.code}, ${perm}) ON CONFLICT DO NOTHING`);
      }
    }
  }
}
