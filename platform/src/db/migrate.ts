import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from './database.js';
import { withClient } from './database.js';

/**
 * Append-only SQL migrations, one folder a module, applied in the order the composition root lists
 * the modules. A landed migration may never change: its checksum is recorded and checked on every start.
 */
export interface MigrationSource {
  module: string;
  dir: string;
}

export interface Migration {
  module: string;
  name: string;
  sql: string;
  checksum: string;
}

export async function loadMigrations(sources: MigrationSource[]): Promise<Migration[]> {
  const all: Migration[] = [];
  for (const source of sources) {
    let files: string[];
    try {
      files = (await readdir(source.dir)).filter((f) => f.endsWith('.sql')).sort();
    } catch {
      continue;
    }
    for (const name of files) {
      if (!/^\d{4}_[a-z0-9_]+\.sql$/.test(name)) throw new Error(`Migration file name must look like 0001_add_thing.sql: ${source.module}/${name}`);
      const sql = await readFile(path.join(source.dir, name), 'utf8');
      all.push({ module: source.module, name, sql, checksum: createHash('sha256').update(sql).digest('hex') });
    }
  }
  return all;
}

export interface MigrateResult {
  applied: string[];
  skipped: number;
}

export async function migrate(database: Database, sources: MigrationSource[]): Promise<MigrateResult> {
  const migrations = await loadMigrations(sources);
  return withClient(database, async (client) => {
    await client.query(`CREATE TABLE IF NOT EXISTS hearth_migration (
      module text NOT NULL,
      name text NOT NULL,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (module, name))`);
    // Two servers starting at once on PostgreSQL: the second waits for the first.
    await client.query('SELECT pg_advisory_lock(7311001)');
    try {
      const { rows } = await client.query<{ module: string; name: string; checksum: string }>('SELECT module, name, checksum FROM hearth_migration');
      const done = new Map(rows.map((r) => [`${r.module}/${r.name}`, r.checksum]));
      const applied: string[] = [];
      let skipped = 0;
      for (const m of migrations) {
        const key = `${m.module}/${m.name}`;
        const recorded = done.get(key);
        if (recorded) {
          if (recorded !== m.checksum) {
            throw new Error(`Migration ${key} was changed after it was applied. Migrations are append-only: add a new one instead.`);
          }
          skipped++;
          continue;
        }
        try {
          await client.query('BEGIN');
          await client.query(m.sql);
          await client.query('INSERT INTO hearth_migration (module, name, checksum) VALUES ($1, $2, $3)', [m.module, m.name, m.checksum]);
          await client.query('COMMIT');
        } catch (err) {
          await client.query('ROLLBACK');
          throw new Error(`Migration ${key} failed: ${(err as Error).message}`, { cause: err });
        }
        applied.push(key);
      }
      return { applied, skipped };
    } finally {
      await client.query('SELECT pg_advisory_unlock(7311001)');
    }
  });
}
