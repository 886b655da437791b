import { sql } from 'drizzle-orm';
import type { Sql } from '@hearth/platform';
import { hashPassword } from '../use-cases/login.js';

export interface SeedUnit {
  key: string;
  code: string;
  name: string;
  programCode?: string;
}

export interface SeedUser {
  key: string;
  username: string;
  displayName: string;
  roleCode: string;
  units: Array<{ unit: string; membership: 'member' | 'lead' | 'supervisor' }>;
  programCodes?: string[];
  preferredLanguage?: 'en' | 'es';
}

export interface SeededStaff {
  units: Record<string, string>;
  users: Record<string, { id: string; username: string; roleCode: string; unitIds: string[] }>;
}

/** Inserts units and users (all with one password) — the builder behind the demo agency and the test fixture. */
export async function seedStaff(tx: Sql, units: SeedUnit[], users: SeedUser[], password: string): Promise<SeededStaff> {
  const passwordHash = await hashPassword(password);
  const unitIds: Record<string, string> = {};
  for (const u of units) {
    const r = await tx.execute(sql`INSERT INTO org_unit (code, name, program_code) VALUES (${u.code}, ${u.name}, ${u.programCode ?? null}) RETURNING id`);
    unitIds[u.key] = (r.rows[0] as any).id;
  }
  const out: SeededStaff['users'] = {};
  for (const u of users) {
    const r = await tx.execute(sql`INSERT INTO app_user (username, display_name, role_code, password_hash, preferred_language)
      VALUES (${u.username}, ${u.displayName}, ${u.roleCode}, ${passwordHash}, ${u.preferredLanguage ?? 'en'}) RETURNING id`);
    const id = (r.rows[0] as any).id as string;
    for (const m of u.units) {
      const unitId = unitIds[m.unit];
      if (!unitId) throw new Error(`seed: unknown unit ${m.unit}`);
      await tx.execute(sql`INSERT INTO user_unit (user_id, unit_id, membership) VALUES (${id}, ${unitId}, ${m.membership})`);
    }
    for (const p of u.programCodes ?? []) await tx.execute(sql`INSERT INTO user_program (user_id, program_code) VALUES (${id}, ${p})`);
    out[u.key] = { id, username: u.username, roleCode: u.roleCode, unitIds: [...new Set(u.units.map((m) => unitIds[m.unit]!))] };
  }
  return { units: unitIds, users: out };
}

/** The small staff every HTTP test starts with: two units, one user per kind of access. */
export const TEST_PASSWORD = 'correct horse battery staple';
export const TEST_UNITS: SeedUnit[] = [
  { key: 'north', code: 'NORTH', name: 'North Family Services' },
  { key: 'south', code: 'SOUTH', name: 'South Family Services' },
];
export const TEST_USERS: SeedUser[] = [
  { key: 'cm1', username: 'cm1', displayName: 'Casey One', roleCode: 'case_manager_1', units: [{ unit: 'north', membership: 'member' }] },
  { key: 'cm2', username: 'cm2', displayName: 'Casey Two', roleCode: 'case_manager_2', units: [{ unit: 'north', membership: 'member' }] },
  { key: 'lead', username: 'lead', displayName: 'Lee Lead', roleCode: 'lead_worker', units: [{ unit: 'north', membership: 'member' }, { unit: 'north', membership: 'lead' }] },
  { key: 'supervisor', username: 'supervisor', displayName: 'Sam Supervisor', roleCode: 'supervisor', units: [{ unit: 'north', membership: 'supervisor' }] },
  { key: 'programManager', username: 'pm', displayName: 'Pat Manager', roleCode: 'program_manager', units: [], programCodes: ['snap'] },
  { key: 'auditor', username: 'auditor', displayName: 'Audrey Auditor', roleCode: 'auditor', units: [] },
  { key: 'sysadmin', username: 'admin', displayName: 'Ada Admin', roleCode: 'sysadmin', units: [] },
  { key: 'cm2Other', username: 'cm2south', displayName: 'Sol South', roleCode: 'case_manager_2', units: [{ unit: 'south', membership: 'member' }] },
];
