import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createRng } from '@hearth/kernel';
import { createFieldCipher, loadConfig, migrate, openDatabase, systemClock, type Database, type HearthConfig } from '@hearth/platform';
import { seedPeople } from '@hearth/people';
import { mulberry32, seedCases, type SeedUnitStaff } from '@hearth/cases';
import { MIGRATION_SOURCES } from '@hearth/server';
import { seedDemoAgencyIfEmpty } from '@hearth/server/demo';
import { createCopyLoader } from './copy-loader.js';
import { dropSecondaryIndexes, rebuildIndexes } from './bulk-indexes.js';

/** Tables the people and case builders fill in bulk (their secondary indexes and foreign keys are rebuilt after the load). */
export const BULK_TABLES = [
  'person', 'household', 'household_member', 'person_address', 'person_contact', 'relationship',
  'case', 'case_participant', 'case_assignment', 'case_task', 'case_clock', 'case_note',
] as const;

/** A marker written only after a complete load, so --reuse never runs on a half-loaded database. */
const MARKER = 'bench_api_load';

export function databaseUrl(adminUrl: string, name: string): string {
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * The server configuration of the bench (both the loader and the server process use it, so SSNs encrypted
 * while loading decrypt in the server). The key is derived from the database name: synthetic data only.
 */
export function benchConfig(url: string, name: string): HearthConfig {
  return loadConfig({
    DATABASE_URL: url,
    HEARTH_SECRET_KEY: createHash('sha256').update(`hearth-bench-api:${name}`).digest('base64'),
    HEARTH_DEMO: 'false',
    HEARTH_COOKIE_SECURE: 'false',
    HEARTH_LOG_LEVEL: 'silent',
    HEARTH_JOBS: 'false',
    // 50 clients sign in from one address within a second.
    HEARTH_LOGIN_ATTEMPTS_PER_MINUTE: '100000',
    HEARTH_DATA_DIR: path.join(os.tmpdir(), `hearth-bench-api-${name}`),
  });
}

async function withAdmin<T>(adminUrl: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

export async function databaseExists(adminUrl: string, name: string): Promise<boolean> {
  return withAdmin(adminUrl, async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1);
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteDb(name)} WITH (FORCE)`));
}

async function createDatabase(adminUrl: string, name: string): Promise<void> {
  await withAdmin(adminUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${quoteDb(name)} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${quoteDb(name)}`);
  });
}

function quoteDb(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`database name must be lower-case letters, digits and _: ${name}`);
  return name;
}

export interface LoadedCounts {
  people: number;
  cases: number;
  households: number;
  tasks: number;
  notes: number;
}

/** The marker of a complete load, or null (no marker: never loaded, or a load that did not finish). */
export async function readLoadMarker(url: string): Promise<(LoadedCounts & { loadSeconds: number }) | null> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const exists = await c.query(`SELECT to_regclass($1) IS NOT NULL AS ok`, [MARKER]);
    if (!exists.rows[0].ok) return null;
    const r = await c.query(`SELECT people, cases, households, tasks, notes, load_seconds FROM ${MARKER} LIMIT 1`);
    const row = r.rows[0];
    return row ? { people: row.people, cases: row.cases, households: row.households, tasks: row.tasks, notes: row.notes, loadSeconds: Number(row.load_seconds) } : null;
  } finally {
    await c.end();
  }
}

export interface LoadOptions {
  adminUrl: string;
  name: string;
  people: number;
  cases: number;
  /** The agency's "today" (dates of tasks, clocks and notes). */
  today?: string;
  log?: (line: string) => void;
}

export interface LoadReport extends LoadedCounts {
  seconds: { total: number; schema: number; demo: number; people: number; cases: number; indexes: number; foreignKeys: number; analyze: number };
  rows: Record<string, number>;
}

/**
 * A fresh database named `name`: migrated with the app's migrations, seeded with the demo agency (staff and
 * units through the identity seeders, plus its 2,000 people and 1,000 cases), then topped up to `people` and
 * `cases` with the same builders through COPY, indexes and foreign keys rebuilt, VACUUM ANALYZE.
 */
export async function loadBenchDatabase(o: LoadOptions): Promise<LoadReport> {
  const log = o.log ?? (() => {});
  const url = databaseUrl(o.adminUrl, o.name);
  const t0 = performance.now();
  const lap = (() => {
    let last = t0;
    return () => {
      const now = performance.now();
      const s = (now - last) / 1000;
      last = now;
      return s;
    };
  })();

  await createDatabase(o.adminUrl, o.name);
  const config = benchConfig(url, o.name);
  const today = o.today ?? systemClock(config.timeZone).today();
  const database: Database = await openDatabase({ kind: 'postgres', url, max: 2 });
  try {
    await migrate(database, MIGRATION_SOURCES);
    const schema = lap();
    log(`database ${o.name} created and migrated in ${schema.toFixed(1)} s`);

    const demo = await seedDemoAgencyIfEmpty(database, config, today);
    if (!demo) throw new Error('the demo agency was not seeded (database not empty?)');
    const demoSeconds = lap();
    log(`demo agency seeded in ${demoSeconds.toFixed(1)} s: ${demo.summary}`);

    const client = await database.pool.connect();
    try {
      await client.query(`SET synchronous_commit = off`);
      await client.query(`SET maintenance_work_mem = '1GB'`);
      const existing = (await client.query(`SELECT (SELECT count(*) FROM person)::int AS people, (SELECT count(*) FROM "case")::int AS cases`)).rows[0];
      if (o.people < existing.people) throw new Error(`--people must be at least the demo agency's ${existing.people}`);
      if (o.cases < existing.cases) throw new Error(`--cases must be at least the demo agency's ${existing.cases}`);
      const units = await caseUnits(client);

      const saved = await dropSecondaryIndexes(client, BULK_TABLES);
      log(`set aside ${saved.indexes.length} secondary indexes and ${saved.foreignKeys.length} foreign keys for the load`);

      const cipher = createFieldCipher(config.secretKey!);
      const loader = createCopyLoader(client);
      const morePeople = o.people - existing.people;
      let lastPrint = 0;
      const progress = (what: string) => (done: number, total: number) => {
        const now = performance.now();
        if (now - lastPrint > 5000 || done === total) {
          lastPrint = now;
          log(`  ${what}: ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}`);
        }
      };
      const people = await seedPeople(loader.tx, cipher, morePeople, createRng(20_261_101), { batchSize: 5000, collect: true, onProgress: progress('people') });
      await loader.flush();
      const peopleSeconds = lap();
      log(`${people.people.toLocaleString('en-US')} people in ${people.households.toLocaleString('en-US')} households loaded in ${peopleSeconds.toFixed(1)} s`);

      // Primary persons cycle through household heads, as in the demo agency.
      const personIds = people.refs.map((h) => h.headId);
      people.refs.length = 0;
      const moreCases = o.cases - existing.cases;
      const cases = moreCases > 0 && personIds.length > 0
        ? await seedCases(loader.tx, { count: moreCases, units, personIds, today, batchSize: 5000, audit: false, onProgress: progress('cases') }, mulberry32(20_261_102))
        : null;
      const stats = await loader.flush();
      const casesSeconds = lap();
      log(`${(cases?.counts.cases ?? 0).toLocaleString('en-US')} cases loaded in ${casesSeconds.toFixed(1)} s`);

      log('rebuilding indexes:');
      const rebuilt = await rebuildIndexes(client, saved, log);
      const indexSeconds = lap() - rebuilt.foreignKeysMs / 1000;
      await client.query(`VACUUM (ANALYZE) ${BULK_TABLES.map((t) => `"${t}"`).join(', ')}`);
      const analyzeSeconds = lap();
      log(`VACUUM ANALYZE in ${analyzeSeconds.toFixed(1)} s`);

      const counts = (await client.query(`SELECT (SELECT count(*) FROM person)::int AS people, (SELECT count(*) FROM "case")::int AS cases,
          (SELECT count(*) FROM household)::int AS households, (SELECT count(*) FROM case_task)::int AS tasks, (SELECT count(*) FROM case_note)::int AS notes`)).rows[0] as LoadedCounts;
      const total = (performance.now() - t0) / 1000;
      await client.query(`CREATE TABLE ${MARKER} (people int, cases int, households int, tasks int, notes int, load_seconds numeric, loaded_at timestamptz DEFAULT now())`);
      await client.query(`INSERT INTO ${MARKER} (people, cases, households, tasks, notes, load_seconds) VALUES ($1, $2, $3, $4, $5, $6)`,
        [counts.people, counts.cases, counts.households, counts.tasks, counts.notes, total.toFixed(1)]);
      return {
        ...counts,
        rows: stats.byTable,
        seconds: { total, schema, demo: demoSeconds, people: peopleSeconds, cases: casesSeconds, indexes: indexSeconds, foreignKeys: rebuilt.foreignKeysMs / 1000, analyze: analyzeSeconds },
      };
    } finally {
      client.release();
    }
  } finally {
    await database.close();
  }
}

/**
 * The case-carrying staff of each unit, derived from the seeded staff exactly as the demo agency does:
 * members whose job class carries cases, the unit's supervisor, and SNAP units taking SNAP, TANF and Medicaid.
 */
async function caseUnits(client: pg.ClientBase): Promise<SeedUnitStaff[]> {
  const r = await client.query<{ id: string; program_code: string | null; workers: string[] | null; supervisor: string | null }>(`
    SELECT u.id, u.program_code,
           array_agg(a.id ORDER BY a.username) FILTER (WHERE m.membership = 'member' AND a.role_code ~ 'case_manager|cm_coordinator|lead|um_coord|cs_attorney') AS workers,
           (array_agg(a.id ORDER BY a.username) FILTER (WHERE m.membership = 'supervisor'))[1] AS supervisor
      FROM org_unit u JOIN user_unit m ON m.unit_id = u.id JOIN app_user a ON a.id = m.user_id
     WHERE u.code <> 'INTAKE'
     GROUP BY u.id, u.program_code, u.code
     ORDER BY u.code`);
  return r.rows.map((u) => ({
    id: u.id,
    workerIds: [...new Set(u.workers ?? [])],
    supervisorId: u.supervisor,
    programCodes: u.program_code === 'snap' ? ['snap', 'tanf', 'medicaid'] : u.program_code ? [u.program_code] : undefined,
  }));
}
