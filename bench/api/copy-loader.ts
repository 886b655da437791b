import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import type { Sql } from '@hearth/platform';

/**
 * Runs the seed builders' own bulk statements (INSERT … SELECT … FROM unnest($1::t[], …)) through COPY.
 *
 * The builders (seedPeople, seedCases) decide every row; this adapter only changes the transport. Each
 * captured statement's parameter arrays are zipped into rows and streamed with COPY … FROM STDIN:
 *   - `SELECT * FROM unnest(…)` straight into the target table's listed columns;
 *   - any other select list (casts, CASE, array building) into a temporary staging table with the unnest
 *     column types (plus the row number), then the builder's own select list runs set-based:
 *     INSERT INTO t (…) SELECT … FROM stage ORDER BY row number.
 * Any other statement is refused, so a change in a builder shows up as an error, never as missing rows.
 *
 * Statements are queued on one connection and `execute` returns once a statement is queued (at most
 * `maxQueued` waiting), so the builders generate the next batch while PostgreSQL loads the previous one.
 * Call `flush()` at the end: it waits for the queue and throws the first error.
 */

export interface UnnestInsert {
  /** Target table as written (quoted or not). */
  table: string;
  /** Target column list as written. */
  columns: string;
  /** The select list (`*` for a straight copy). */
  select: string;
  /** Alias and its column names, when the statement names the unnest columns (`AS t(a, b)`). */
  alias: { name: string; columns: string[] } | null;
  /** One entry per unnest argument: parameter number (1-based) and element type. */
  args: Array<{ param: number; type: string }>;
}

const INSERT_UNNEST =
  /^\s*INSERT\s+INTO\s+("[^"]+"|[A-Za-z_][\w]*)\s*\(([^)]*)\)\s*SELECT\s+([\s\S]+?)\s+FROM\s+unnest\s*\(([^()]*)\)\s*(?:AS\s+([A-Za-z_]\w*)\s*\(([^)]*)\))?\s*;?\s*$/i;
const UNNEST_ARG = /^\$(\d+)::([A-Za-z_][\w ]*?)\[\]$/;

/** Parses a builder's bulk statement; null when the text is not an INSERT … SELECT … FROM unnest(…). */
export function parseUnnestInsert(text: string): UnnestInsert | null {
  const m = INSERT_UNNEST.exec(text);
  if (!m) return null;
  const [, table, columns, select, rawArgs, aliasName, aliasColumns] = m;
  const args: UnnestInsert['args'] = [];
  for (const part of rawArgs!.split(',')) {
    const a = UNNEST_ARG.exec(part.trim());
    if (!a) return null;
    args.push({ param: Number(a[1]), type: a[2]!.trim() });
  }
  const alias = aliasName ? { name: aliasName, columns: aliasColumns!.split(',').map((c) => c.trim()) } : null;
  if (alias && alias.columns.length !== args.length) return null;
  return { table: table!, columns: columns!.trim(), select: select!.trim(), alias, args };
}

/** One value in COPY's text format: \N for null, backslash escapes for the characters COPY treats specially. */
export function copyValue(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'string') return v.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`cannot COPY the number ${v}`);
    return String(v);
  }
  if (typeof v === 'bigint') return String(v);
  if (typeof v === 'boolean') return v ? 't' : 'f';
  throw new Error(`cannot COPY a value of type ${typeof v} (${Object.prototype.toString.call(v)})`);
}

/** Zips parallel column arrays into COPY text rows (columns in argument order). */
export function copyRows(columns: readonly unknown[][]): string {
  const n = columns[0]?.length ?? 0;
  for (const c of columns) if (c.length !== n) throw new Error(`unnest arrays differ in length (${c.length} vs ${n})`);
  const lines: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    let line = '';
    for (let j = 0; j < columns.length; j++) line += (j ? '\t' : '') + copyValue(columns[j]![i]);
    lines[i] = line;
  }
  return n ? `${lines.join('\n')}\n` : '';
}

export interface CopyLoaderStats {
  statements: number;
  rows: number;
  /** Rows by target table. */
  byTable: Record<string, number>;
}

export interface CopyLoader {
  /** Pass this where a builder expects a transaction handle (only `execute` is implemented). */
  tx: Sql;
  flush(): Promise<CopyLoaderStats>;
}

export function createCopyLoader(client: pg.PoolClient | pg.Client, opts: { maxQueued?: number } = {}): CopyLoader {
  const dialect = new PgDialect();
  const maxQueued = opts.maxQueued ?? 2;
  const stats: CopyLoaderStats = { statements: 0, rows: 0, byTable: {} };
  const stages = new Map<string, string>();
  const queue: Array<Promise<void>> = [];
  let failure: unknown = null;

  async function copyIn(target: string, text: string) {
    if (!text) return;
    const stream = client.query(copyFrom(`COPY ${target} FROM STDIN`));
    await pipeline(Readable.from([text]), stream);
  }

  async function stageFor(stmt: UnnestInsert): Promise<string> {
    const names = stmt.alias!.columns;
    const key = `${stmt.table}|${stmt.args.map((a, i) => `${names[i]} ${a.type}`).join(',')}`;
    let stage = stages.get(key);
    if (!stage) {
      stage = `bench_stage_${stages.size + 1}`;
      await client.query(`CREATE TEMP TABLE ${stage} (${stmt.args.map((a, i) => `${names[i]} ${a.type}`).join(', ')}, bench_ord int NOT NULL)`);
      stages.set(key, stage);
    }
    return stage;
  }

  async function load(stmt: UnnestInsert, params: unknown[]) {
    const columns = stmt.args.map((a) => {
      const v = params[a.param - 1];
      if (!Array.isArray(v)) throw new Error(`parameter $${a.param} of ${stmt.table} is not an array`);
      return v as unknown[];
    });
    const rows = columns[0]?.length ?? 0;
    if (stmt.select === '*') {
      await copyIn(`${stmt.table} (${stmt.columns})`, copyRows(columns));
    } else {
      // A heap does not keep insertion order, so the stage carries the row number: defaults evaluated per row
      // (case_number's sequence) then follow the builder's order, as they do with unnest.
      const stage = await stageFor(stmt);
      await copyIn(stage, copyRows([...columns, Array.from({ length: rows }, (_, i) => i)]));
      await client.query(`INSERT INTO ${stmt.table} (${stmt.columns}) SELECT ${stmt.select} FROM ${stage} AS ${stmt.alias!.name}(${stmt.alias!.columns.join(', ')}) ORDER BY bench_ord`);
      await client.query(`TRUNCATE ${stage}`);
    }
    const table = stmt.table.replaceAll('"', '');
    stats.statements += 1;
    stats.rows += rows;
    stats.byTable[table] = (stats.byTable[table] ?? 0) + rows;
  }

  async function execute(query: SQL) {
    if (failure) throw failure;
    const { sql: text, params } = dialect.sqlToQuery(query);
    const stmt = parseUnnestInsert(text);
    if (!stmt) throw new Error(`the COPY loader only runs INSERT … SELECT … FROM unnest(…) statements; got: ${text.slice(0, 160)}`);
    if (stmt.select !== '*' && !stmt.alias) throw new Error(`a select list other than * needs named unnest columns (AS t(…)): ${text.slice(0, 160)}`);
    const previous = queue.at(-1) ?? Promise.resolve();
    const job = previous.then(() => (failure ? undefined : load(stmt, params))).catch((err) => {
      failure ??= err;
    });
    queue.push(job);
    void job.finally(() => queue.splice(queue.indexOf(job), 1));
    while (queue.length > maxQueued) await queue[0];
    if (failure) throw failure;
    return { rows: [], rowCount: null };
  }

  const refuse = (name: string) => () => {
    throw new Error(`the COPY loader supports only execute(); a builder called ${name}()`);
  };
  const tx = new Proxy({ execute } as Record<string, unknown>, {
    get: (target, prop) => (prop in target ? target[prop as string] : typeof prop === 'string' && prop !== 'then' ? refuse(prop) : undefined),
  }) as unknown as Sql;

  return {
    tx,
    async flush() {
      while (queue.length) await queue[0];
      if (failure) throw failure;
      return stats;
    },
  };
}
