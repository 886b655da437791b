import { randomUUID } from 'node:crypto';
import { DomainError, HolidayCalendar } from '@hearth/kernel';
import { sql, type SQL } from 'drizzle-orm';
import { memoryStorage, type Clock, type Database } from '@hearth/platform';
import { ROLE_CATALOG, type Principal } from '@hearth/identity';
import { ClockTypeRegistry } from './domain/clock-registry.js';
import { CLOCK_CATALOG } from './domain/clock-catalog.js';
import type { CasesDeps, StaffMember } from './ports.js';
import type { Caller } from './use-cases/support/caller.js';

/**
 * Test fixture for this module's integration tests: an in-memory staff directory and person registry
 * (the real ones belong to identity and people), principals built from the role catalog, a settable clock.
 */
export interface TestStaff extends StaffMember {
  memberships: Array<{ unitId: string; membership: 'member' | 'lead' | 'supervisor' }>;
  programCodes: string[];
}

export function settableClock(iso: string): Clock & { set(iso: string): void } {
  let now = new Date(iso);
  return { now: () => now, today: () => now.toISOString().slice(0, 10), set: (v) => void (now = new Date(v)) };
}

export function createFixture(database: Database, startIso = '2026-03-02T15:00:00Z') {
  const units = { north: randomUUID(), south: randomUUID() };
  const staff = new Map<string, TestStaff>();
  const people = new Map<string, string>();
  const add = (key: string, name: string, roleCode: string, memberships: TestStaff['memberships'], programCodes: string[] = []) => {
    const role = ROLE_CATALOG.find((r) => r.code === roleCode)!;
    const s: TestStaff = { id: randomUUID(), displayName: name, roleCode, level: role.level, unitIds: [...new Set(memberships.map((m) => m.unitId))], active: true, memberships, programCodes };
    staff.set(s.id, s);
    return [key, s] as const;
  };
  const users = Object.fromEntries([
    add('cm1', 'Casey One', 'case_manager_1', [{ unitId: units.north, membership: 'member' }]),
    add('cm2', 'Casey Two', 'case_manager_2', [{ unitId: units.north, membership: 'member' }]),
    add('cm3', 'Casey Three', 'case_manager_3', [{ unitId: units.north, membership: 'member' }]),
    add('lead', 'Lee Lead', 'lead_worker', [{ unitId: units.north, membership: 'member' }, { unitId: units.north, membership: 'lead' }]),
    add('supervisor', 'Sam Supervisor', 'supervisor', [{ unitId: units.north, membership: 'supervisor' }]),
    add('programManager', 'Pat Manager', 'program_manager', [], ['snap']),
    add('auditor', 'Audrey Auditor', 'auditor', []),
    add('cm2Other', 'Sol South', 'case_manager_2', [{ unitId: units.south, membership: 'member' }]),
  ]) as Record<'cm1' | 'cm2' | 'cm3' | 'lead' | 'supervisor' | 'programManager' | 'auditor' | 'cm2Other', TestStaff>;

  const principal = (s: TestStaff): Principal => {
    const role = ROLE_CATALOG.find((r) => r.code === s.roleCode)!;
    const of = (m: string) => s.memberships.filter((x) => x.membership === m).map((x) => x.unitId);
    return {
      userId: s.id,
      username: s.displayName,
      displayName: s.displayName,
      roleCode: s.roleCode,
      roleName: role.name,
      level: role.level,
      decisionsReviewed: role.decisionsReviewed,
      permissions: new Set(role.permissions),
      unitIds: of('member'),
      leadUnitIds: of('lead'),
      supervisorUnitIds: of('supervisor'),
      programCodes: s.programCodes,
      seesEverything: s.roleCode === 'auditor',
      sessionId: null,
      preferredLanguage: 'en',
    };
  };
  const as = (key: keyof typeof users): Caller => ({ principal: principal(users[key]), ip: '127.0.0.1' });
  const clock = settableClock(startIso);
  const storage = memoryStorage();
  const deps: CasesDeps = {
    database,
    clock,
    storage,
    clockTypes: new ClockTypeRegistry(CLOCK_CATALOG),
    calendar: new HolidayCalendar(),
    timeZone: 'UTC',
    maxUploadBytes: 1024 * 1024,
    staff: {
      async get(ids) {
        return new Map(ids.filter((id) => staff.has(id)).map((id) => [id, staff.get(id)!]));
      },
      async unitMembers(unitId) {
        return [...staff.values()].filter((s) => s.active && s.memberships.some((m) => m.unitId === unitId && m.membership === 'member'));
      },
      async unitLeaders(unitId) {
        return [...staff.values()].filter((s) => s.active && s.memberships.some((m) => m.unitId === unitId && m.membership !== 'member'));
      },
      async unitNames(ids) {
        return new Map(ids.map((id) => [id, id === units.north ? 'North' : id === units.south ? 'South' : 'Unknown']));
      },
    },
    people: {
      async exists(id) {
        return people.has(id);
      },
      async names(ids) {
        return new Map(ids.filter((id) => people.has(id)).map((id) => [id, people.get(id)!]));
      },
    },
  };
  const person = (name = 'Test Person') => {
    const id = randomUUID();
    people.set(id, name);
    return id;
  };
  return { deps, units, users, as, clock, storage, person, principal };
}

/** Rows in a table (optionally filtered), for integration tests. */
export async function countRows(database: Database, table: string, where: SQL = sql`TRUE`): Promise<number> {
  const r = await database.db.execute(sql`SELECT count(*)::int AS n FROM ${sql.raw(`"${table}"`)} WHERE ${where}`);
  return (r.rows[0] as { n: number }).n;
}

/** The DomainError a promise rejects with (any other outcome fails the test). */
export async function rejection(p: Promise<unknown>): Promise<DomainError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}
