import { writeFile, rm, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrate, openDatabase } from '@hearth/platform';
import { MIGRATION_SOURCES } from '../migrations.js';

/**
 * Builds one migrated database per test run; each test file then starts from a copy of it:
 * on PostgreSQL (DATABASE_URL) a CREATE DATABASE … TEMPLATE, on PGlite a loaded data-folder dump.
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `hearth_tpl_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const u = new URL(url);
    u.pathname = `/${name}`;
    const db = await openDatabase({ kind: 'postgres', url: u.toString(), max: 2 });
    await migrate(db, MIGRATION_SOURCES);
    await db.close();
    project.provide('templateDatabase', name);
    return async () => {
      const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'hearth_t\\_%' OR datname = $1`, [name]);
      for (const r of rows) {
        if (r.datname.startsWith(`hearth_t_${process.pid}_`) || r.datname === name) await admin.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`);
      }
      await admin.end();
    };
  }
  const dir = path.join(os.tmpdir(), 'hearth-test');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `template-${process.pid}.tar`);
  const db = await openDatabase({ kind: 'pglite' });
  await migrate(db, MIGRATION_SOURCES);
  const dump = await db.pglite!.dumpDataDir('none');
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  await db.close();
  project.provide('templateDatabase', file);
  project.provide('templateParent', String(process.pid));
  return async () => {
    await rm(file, { force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabase: string;
    templateParent: string;
  }
}
