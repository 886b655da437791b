import pg from 'pg';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import type { NodePgQueryResultHKT } from 'drizzle-orm/node-postgres';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { AsyncLocalStorage } from 'node:async_hooks';
import { systemClock, type Clock } from '../clock.js';

// DATE columns come back as 'YYYY-MM-DD' strings (DateOnly), never as Dates shifted by a time zone.
pg.types.setTypeParser(1082, (v: string) => v);
// bigint (int8) as number: counts and sequence numbers stay well below 2^53 in this application.
pg.types.setTypeParser(20, (v: string) => Number(v));

/**
 * The extensions Hearth uses. On PGlite nothing else may be loaded with pg_trgm:
 * combining it with hstore, btree_gin, cube, intarray, ltree or seg silently breaks trigram queries
 * (docs/adr/0003-database-pglite-and-postgres.md).
 */
export const PGLITE_EXTENSIONS = { pg_trgm, fuzzystrmatch, unaccent, citext, pgcrypto, btree_gist };

/** Any drizzle handle, the database or a transaction, both backends. */
export type Sql = PgDatabase<NodePgQueryResultHKT, Record<string, never>>;

export interface Database {
  kind: 'pglite' | 'postgres';
  /** One driver for both backends: node-postgres, over PGlite's in-process connection when embedded. */
  pool: pg.Pool;
  db: NodePgDatabase<Record<string, never>>;
  pglite?: PGlite;
  /** The time source for audit and access-log timestamps (the composition root binds the agency's clock). */
  clock: Clock;
  close(): Promise<void>;
}

/** The same database handle with another clock (shares the pool; closing either closes both). */
export function withClock(database: Database, clock: Clock): Database {
  return { ...database, clock };
}

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; max?: number }
  | { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob | File };

export async function openDatabase(target: DatabaseTarget, opts: { clock?: Clock } = {}): Promise<Database> {
  const clock = opts.clock ?? systemClock('UTC');
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: target.max ?? 20 });
    pool.on('error', () => {
      /* idle client errors are reported on next use */
    });
    pool.on('connect', serializeQueries);
    const db = drizzle(pool);
    return { kind: 'postgres', pool, db, clock, close: () => pool.end() };
  }
  const pglite = await PGlite.create({
    dataDir: target.dataDir,
    loadDataDir: target.loadDataDir,
    extensions: PGLITE_EXTENSIONS,
  });
  const pgConfig = createPgConfig(pglite);
  patchParseTypes(pgConfig.connection);
  const pool = new pg.Pool(pgConfig as unknown as pg.PoolConfig);
  pool.on('connect', serializeQueries);
  refuseNestedConnect(pool);
  const db = drizzle(pool);
  return {
    kind: 'pglite',
    pool,
    db,
    clock,
    pglite,
    async close() {
      await pool.end();
      await pglite.close();
    },
  };
}

/** Runs fn in one transaction on a dedicated client. */
export async function withClient<T>(database: Database, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await database.pool.connect();
  try {
    return await fn(client);
  } finally {
    client.release();
  }
}

/**
 * node-postgres passes a query's type-parser override object as `types` to Parse; the real protocol
 * serializer ignores a non-array there, PGlite's in-process connection calls `.forEach` on it and throws.
 * Drizzle always sets that override, so we drop non-array `types` before PGlite sees them.
 */
function patchParseTypes(connection: { parse(query: { types?: unknown }): void }) {
  const parse = connection.parse.bind(connection);
  connection.parse = (query) => parse(Array.isArray(query.types) ? query : { ...query, types: undefined });
}

/**
 * Sends a client's queries one at a time, in call order. Code that issues several queries on one transaction
 * without awaiting each (`Promise.all([tx.execute(a), tx.execute(b)])`) would otherwise rely on node-postgres's
 * internal queue, which is deprecated ("Calling client.query() when the client is already executing a query")
 * and goes away in pg 9. Streams (COPY, cursors: objects with `submit`) pass straight through.
 */
function serializeQueries(client: pg.PoolClient) {
  const original = client.query.bind(client) as (...args: unknown[]) => unknown;
  let tail: Promise<unknown> = Promise.resolve();
  (client as any).query = (config: any, values?: any, callback?: any) => {
    if (config && typeof config.submit === 'function') return original(config, values, callback);
    if (typeof values === 'function') {
      callback = values;
      values = undefined;
    }
    const run = () => original(config, values) as Promise<unknown>;
    const result = tail.then(run, run);
    tail = result.then(ignore, ignore);
    if (typeof callback === 'function') {
      result.then((r) => callback(null, r), (e) => callback(e));
      return undefined;
    }
    return result;
  };
}
const ignore = () => undefined;

/** Marks the async context of work that holds a pool client inside `inTransaction`. */
export const heldConnection = new AsyncLocalStorage<pg.Pool>();

/**
 * On PGlite the pool has one connection. Asking the pool for another while a transaction holds it would wait
 * for ever (a hang, not an error), so it fails at once and names the fix.
 */
function refuseNestedConnect(pool: pg.Pool) {
  const connect = pool.connect.bind(pool) as (cb?: unknown) => unknown;
  (pool as any).connect = (cb?: (err: Error | undefined, ...rest: unknown[]) => void) => {
    if (heldConnection.getStore() === pool) {
      const err = new Error(
        'A query went to the pool while this transaction holds the only PGlite connection (it would wait for ever): run it on the transaction (uow.tx) instead',
      );
      if (typeof cb === 'function') {
        process.nextTick(() => cb(err));
        return undefined;
      }
      return Promise.reject(err);
    }
    return connect(cb);
  };
}
