import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '@hearth/platform';

/**
 * A fresh, migrated database for one test file: PGlite by default, PostgreSQL when DATABASE_URL is set.
 * Built from the run's template (see global-setup.ts), so it costs a copy, not a migration.
 */
export async function createTestDatabase(): Promise<Database> {
  const template = inject('templateDatabase');
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `hearth_t_${inject('templateParent') ?? process.pid}_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    } finally {
      await admin.end();
    }
    const u = new URL(url);
    u.pathname = `/${name}`;
    return openDatabase({ kind: 'postgres', url: u.toString(), max: 10 });
  }
  const bytes = await readFile(template);
  return openDatabase({ kind: 'pglite', loadDataDir: new Blob([bytes]) });
}
