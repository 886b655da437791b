import type pg from 'pg';

/**
 * Bulk-load helpers: set the secondary indexes and foreign keys of the loaded tables aside before a load
 * and rebuild them afterwards from their own definitions (pg_get_indexdef / pg_get_constraintdef), so the
 * result is exactly what the modules' migrations declare. Primary keys and unique constraints stay in place.
 */

export interface SavedDdl {
  indexes: Array<{ table: string; name: string; def: string }>;
  foreignKeys: Array<{ table: string; name: string; def: string }>;
}

const quoteIdent = (s: string) => `"${s.replaceAll('"', '""')}"`;

export async function dropSecondaryIndexes(client: pg.ClientBase, tables: readonly string[]): Promise<SavedDdl> {
  const indexes = await client.query<{ table: string; name: string; def: string }>(
    `SELECT c.relname AS table, ic.relname AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i
       JOIN pg_class c ON c.oid = i.indrelid
       JOIN pg_class ic ON ic.oid = i.indexrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relname = ANY($1::text[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x'))
      ORDER BY c.relname, ic.relname`,
    [tables],
  );
  const foreignKeys = await client.query<{ table: string; name: string; def: string }>(
    `SELECT c.relname AS table, k.conname AS name, pg_get_constraintdef(k.oid) AS def
       FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND k.contype = 'f' AND c.relname = ANY($1::text[])
      ORDER BY c.relname, k.conname`,
    [tables],
  );
  for (const fk of foreignKeys.rows) await client.query(`ALTER TABLE ${quoteIdent(fk.table)} DROP CONSTRAINT ${quoteIdent(fk.name)}`);
  for (const ix of indexes.rows) await client.query(`DROP INDEX ${quoteIdent(ix.name)}`);
  return { indexes: indexes.rows, foreignKeys: foreignKeys.rows };
}

export interface RebuildTimings {
  indexes: Array<{ name: string; ms: number }>;
  foreignKeysMs: number;
}

export async function rebuildIndexes(client: pg.ClientBase, saved: SavedDdl, log: (line: string) => void = () => {}): Promise<RebuildTimings> {
  const timings: RebuildTimings = { indexes: [], foreignKeysMs: 0 };
  for (const ix of saved.indexes) {
    const t0 = performance.now();
    await client.query(ix.def);
    const ms = performance.now() - t0;
    timings.indexes.push({ name: ix.name, ms });
    log(`  index ${ix.name} ${(ms / 1000).toFixed(1)} s`);
  }
  const t0 = performance.now();
  for (const fk of saved.foreignKeys) await client.query(`ALTER TABLE ${quoteIdent(fk.table)} ADD CONSTRAINT ${quoteIdent(fk.name)} ${fk.def}`);
  timings.foreignKeysMs = performance.now() - t0;
  log(`  ${saved.foreignKeys.length} foreign keys validated in ${(timings.foreignKeysMs / 1000).toFixed(1)} s`);
  return timings;
}
