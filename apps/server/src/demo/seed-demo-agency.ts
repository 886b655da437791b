import { sql } from 'drizzle-orm';
import { createRng } from '@hearth/kernel';
import { createFieldCipher, inTransaction, SYSTEM_ACTOR, type Database, type HearthConfig } from '@hearth/platform';
import { ensureCatalog, seedStaff, type SeedUnit, type SeedUser } from '@hearth/identity';
import { seedPeople } from '@hearth/people';
import { seedCases, type SeedUnitStaff } from '@hearth/cases';

/** Demo logins exist only in demo mode. One per role; all share this password. */
export const DEMO_PASSWORD = 'hearth-demo';

export const DEMO_LOGINS: Array<{ username: string; role: string }> = [
  { username: 'cm1', role: 'Case Manager I (decisions reviewed)' },
  { username: 'cm2', role: 'Case Manager II' },
  { username: 'cm3', role: 'Case Manager III' },
  { username: 'cm4', role: 'Case Manager IV' },
  { username: 'cm5', role: 'Case Manager V' },
  { username: 'cmc1', role: 'Case Management Coordinator I (eligibility)' },
  { username: 'cmc2', role: 'Case Management Coordinator II (eligibility)' },
  { username: 'cmc3', role: 'Case Management Coordinator III (eligibility)' },
  { username: 'lead', role: 'Lead worker' },
  { username: 'supervisor', role: 'Supervisor' },
  { username: 'um', role: 'Utilization-management coordinator' },
  { username: 'attorney', role: 'Child-support attorney' },
  { username: 'pm', role: 'Program manager (SNAP, TANF, Medicaid)' },
  { username: 'auditor', role: 'Auditor (read-only)' },
  { username: 'admin', role: 'System administrator' },
];

const UNITS: SeedUnit[] = [
  { key: 'intake', code: 'INTAKE', name: 'Intake and Screening' },
  { key: 'elig-n', code: 'ELIG-N', name: 'Eligibility North', programCode: 'snap' },
  { key: 'elig-s', code: 'ELIG-S', name: 'Eligibility South', programCode: 'snap' },
  { key: 'cw', code: 'CW-PLACE', name: 'Child Welfare Placement', programCode: 'child_welfare' },
  { key: 'cs', code: 'CSE', name: 'Child Support Enforcement', programCode: 'child_support' },
  { key: 'work', code: 'WORK', name: 'Colorado Works Employment', programCode: 'work_program' },
  { key: 'gcm-n', code: 'GCM-N', name: 'Case Management North', programCode: 'general_services' },
  { key: 'gcm-s', code: 'GCM-S', name: 'Case Management South', programCode: 'general_services' },
];

const FIRST = ['Maria', 'James', 'Ana', 'Robert', 'Guadalupe', 'Michael', 'Jennifer', 'Luis', 'Sarah', 'Carlos', 'Emily', 'José', 'Ashley', 'David', 'Rosa', 'Daniel', 'Linda', 'Miguel', 'Karen', 'Juan'];
const LAST = ['Garcia', 'Smith', 'Martinez', 'Johnson', 'Lopez', 'Brown', 'Hernandez', 'Davis', 'Gonzalez', 'Miller', 'Rodriguez', 'Wilson', 'Sanchez', 'Anderson', 'Ramirez', 'Taylor', 'Torres', 'Thomas', 'Flores', 'Moore'];

/** The demo agency's staff: about 50 workers across 8 units, every level, one demo login per role. */
export function demoStaff(): SeedUser[] {
  const rng = createRng(2026);
  const users: SeedUser[] = [
    { key: 'cm1', username: 'cm1', displayName: 'Casey Ortiz', roleCode: 'case_manager_1', units: [{ unit: 'gcm-n', membership: 'member' }] },
    { key: 'cm2', username: 'cm2', displayName: 'Jordan Reyes', roleCode: 'case_manager_2', units: [{ unit: 'gcm-n', membership: 'member' }] },
    { key: 'cm3', username: 'cm3', displayName: 'Taylor Nguyen', roleCode: 'case_manager_3', units: [{ unit: 'gcm-n', membership: 'member' }] },
    { key: 'cm4', username: 'cm4', displayName: 'Morgan Chavez', roleCode: 'case_manager_4', units: [{ unit: 'gcm-s', membership: 'member' }] },
    { key: 'cm5', username: 'cm5', displayName: 'Riley Baca', roleCode: 'case_manager_5', units: [{ unit: 'cw', membership: 'member' }] },
    { key: 'cmc1', username: 'cmc1', displayName: 'Alex Romero', roleCode: 'cm_coordinator_1', units: [{ unit: 'elig-n', membership: 'member' }] },
    { key: 'cmc2', username: 'cmc2', displayName: 'Jamie Lucero', roleCode: 'cm_coordinator_2', units: [{ unit: 'elig-n', membership: 'member' }] },
    { key: 'cmc3', username: 'cmc3', displayName: 'Drew Archuleta', roleCode: 'cm_coordinator_3', units: [{ unit: 'elig-s', membership: 'member' }] },
    { key: 'lead', username: 'lead', displayName: 'Lee Montoya', roleCode: 'lead_worker', units: [{ unit: 'gcm-n', membership: 'member' }, { unit: 'gcm-n', membership: 'lead' }] },
    { key: 'supervisor', username: 'supervisor', displayName: 'Sam Vigil', roleCode: 'supervisor', units: [{ unit: 'gcm-n', membership: 'supervisor' }, { unit: 'elig-n', membership: 'supervisor' }, { unit: 'intake', membership: 'supervisor' }] },
    { key: 'um', username: 'um', displayName: 'Quinn Maestas', roleCode: 'um_coordinator', units: [{ unit: 'cw', membership: 'member' }] },
    { key: 'attorney', username: 'attorney', displayName: 'Avery Trujillo', roleCode: 'cs_attorney', units: [{ unit: 'cs', membership: 'member' }] },
    { key: 'pm', username: 'pm', displayName: 'Pat Sandoval', roleCode: 'program_manager', units: [], programCodes: ['snap', 'tanf', 'medicaid'] },
    { key: 'auditor', username: 'auditor', displayName: 'Audrey Kim', roleCode: 'auditor', units: [] },
    { key: 'admin', username: 'admin', displayName: 'Ada Lovelace', roleCode: 'sysadmin', units: [] },
  ];
  // Leads and supervisors for the other units, then line workers to about 50 staff.
  for (const u of UNITS) {
    if (!users.some((x) => x.units.some((m) => m.unit === u.key && m.membership === 'supervisor'))) {
      users.push({ key: `sup-${u.key}`, username: `sup.${u.key}`, displayName: `${rng.pick(FIRST)} ${rng.pick(LAST)}`, roleCode: 'supervisor', units: [{ unit: u.key, membership: 'supervisor' }] });
    }
    if (!users.some((x) => x.units.some((m) => m.unit === u.key && m.membership === 'lead'))) {
      users.push({ key: `lead-${u.key}`, username: `lead.${u.key}`, displayName: `${rng.pick(FIRST)} ${rng.pick(LAST)}`, roleCode: 'lead_worker', units: [{ unit: u.key, membership: 'member' }, { unit: u.key, membership: 'lead' }] });
    }
  }
  const levels = ['case_manager_1', 'case_manager_2', 'case_manager_2', 'case_manager_3', 'case_manager_3', 'case_manager_4', 'case_manager_5'];
  const eligLevels = ['cm_coordinator_1', 'cm_coordinator_2', 'cm_coordinator_2', 'cm_coordinator_3'];
  let n = 0;
  while (users.length < 52) {
    const unit = UNITS[n % UNITS.length]!;
    const roleCode = unit.key.startsWith('elig') ? rng.pick(eligLevels) : rng.pick(levels);
    users.push({ key: `w${n}`, username: `worker${String(n + 1).padStart(2, '0')}`, displayName: `${rng.pick(FIRST)} ${rng.pick(LAST)}`, roleCode, units: [{ unit: unit.key, membership: 'member' }], preferredLanguage: rng.chance(0.2) ? 'es' : 'en' });
    n++;
  }
  return users;
}

export interface DemoSeedResult {
  summary: string;
}

/** Seeds the demo agency into an empty database (no users yet); otherwise does nothing. */
export async function seedDemoAgencyIfEmpty(database: Database, config: HearthConfig, today = new Date().toISOString().slice(0, 10)): Promise<DemoSeedResult | null> {
  if (!config.secretKey) throw new Error('the demo agency needs an encryption key for SSNs');
  const cipher = createFieldCipher(config.secretKey);
  return inTransaction(database, SYSTEM_ACTOR, async (uow) => {
    await ensureCatalog(uow.tx);
    const existing = await uow.tx.execute(sql`SELECT count(*)::int AS n FROM app_user`);
    if ((existing.rows[0] as any).n > 0) return null;
    const users = demoStaff();
    const staff = await seedStaff(uow.tx, UNITS, users, DEMO_PASSWORD);
    const people = await seedPeople(uow.tx, cipher, 2000, createRng(7), {});
    const personIds = people.refs.map((h) => h.headId);
    const caseUnits: SeedUnitStaff[] = UNITS.filter((u) => u.key !== 'intake').map((u) => ({
      id: staff.units[u.key]!,
      workerIds: users.filter((x) => x.units.some((m) => m.unit === u.key && m.membership === 'member') && /case_manager|cm_coordinator|lead|um_coord|cs_attorney/.test(x.roleCode)).map((x) => staff.users[x.key]!.id),
      supervisorId: users.filter((x) => x.units.some((m) => m.unit === u.key && m.membership === 'supervisor')).map((x) => staff.users[x.key]!.id)[0] ?? null,
      programCodes: u.programCode === 'snap' ? ['snap', 'tanf', 'medicaid'] : u.programCode ? [u.programCode] : undefined,
    }));
    const rng = createRng(11);
    const cases = await seedCases(uow.tx, { count: 1000, units: caseUnits, personIds, today, restrictedShare: 0.02, audit: true }, () => rng.next());
    await uow.tx.execute(sql`INSERT INTO instance_setting (key, value) VALUES ('demo', 'true'::jsonb) ON CONFLICT (key) DO NOTHING`);
    const summary = `${Object.keys(staff.units).length} units, ${Object.keys(staff.users).length} staff, ${people.people} people in ${people.households} households, ${cases.counts.cases} cases with ${cases.counts.tasks} tasks, ${cases.counts.clocks} clocks and ${cases.counts.notes} notes`;
    uow.audit({ action: 'demo.seeded', entityType: 'instance', entityId: 'demo', after: { summary } });
    return { summary };
  });
}
