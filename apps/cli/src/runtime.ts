import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { loadConfig, lockDataDir, migrate, openDatabase, type Database, type HearthConfig } from '@hearth/platform';
import { MIGRATION_SOURCES } from '@hearth/server';

export interface Runtime {
  config: HearthConfig;
  database: Database;
  close(): Promise<void>;
}

/** Loads and validates configuration, opens (and locks) the database and applies migrations. */
export async function openRuntime(opts: { migrate?: boolean } = {}): Promise<Runtime> {
  const config = loadConfig();
  if (!config.secretKey) config.secretKey = await demoSecretKey(config.dataDir);
  let unlock: (() => Promise<void>) | null = null;
  if (config.database.kind === 'pglite') unlock = await lockDataDir(config.database.dataDir);
  const database = await openDatabase(config.database.kind === 'postgres' ? { kind: 'postgres', url: config.database.url } : { kind: 'pglite', dataDir: config.database.dataDir });
  if (opts.migrate !== false) {
    const r = await migrate(database, MIGRATION_SOURCES);
    if (r.applied.length) console.log(`Applied ${r.applied.length} migration(s): ${r.applied.join(', ')}`);
  }
  return {
    config,
    database,
    async close() {
      await database.close();
      if (unlock) await unlock();
    },
  };
}

/** Demo mode keeps a generated key in the data folder so encrypted SSNs survive restarts. */
async function demoSecretKey(dataDir: string): Promise<Buffer> {
  const file = path.join(dataDir, 'secret.key');
  try {
    return Buffer.from((await readFile(file, 'utf8')).trim(), 'base64');
  } catch {
    await mkdir(dataDir, { recursive: true });
    const key = randomBytes(32);
    await writeFile(file, key.toString('base64'), { mode: 0o600 });
    return key;
  }
}
