/**
 * npm run bench:registry -- [--n 1000000] [--queries 300] [--seed 20261123] [--skip-dedupe] [--keep]
 *
 * The person registry at scale on PostgreSQL (DATABASE_URL, default postgres://postgres:postgres@127.0.0.1:5432/postgres):
 * creates a fresh database hearth_bench_registry, migrates it, bulk-loads n synthetic people from
 * @hearth/linkage's deterministic generator with COPY (pg-copy-streams), then measures
 *   - full duplicate detection (the job's code path): wall time, peak RSS, pairwise precision/recall vs ground truth;
 *   - search for name + date of birth with a typo: p50/p95/p99 and recall@10 (the record the query was made from);
 *   - surname-only search: p50/p95;
 *   - a plain indexed exact-match lookup (surname + date of birth) on the same queries, and the latency ratio.
 * Prints figures (never asserts timings) and a JSON object on the last line. Drops the database unless --keep.
 */
import { randomBytes } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { sql } from 'drizzle-orm';
import { createRng } from '@hearth/kernel';
import { generateSyntheticPeople, type LinkRecord } from '@hearth/linkage';
import { createFieldCipher, inTransaction, migrate, openDatabase, SYSTEM_ACTOR, type Database } from '@hearth/platform';
import { MIGRATION_SOURCES } from '../../../apps/server/src/migrations.js';
import { createSqlPersonSearch } from '../adapters/sql-person-search.js';
import { detectDuplicates, type DuplicateCheckpoint } from '../use-cases/detect-duplicates.js';
import { normalizeName, searchColumns } from '../domain/names.js';

const args = process.argv.slice(2);
const opt = (name: string, def: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const N = opt('n', 1_000_000);
const QUERIES = opt('queries', 300);
const SEED = opt('seed', 20261123);
const SKIP_DEDUPE = args.includes('--skip-dedupe');
const KEEP = args.includes('--keep');
const BASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const DB_NAME = 'hearth_bench_registry';

const idOf = (i: number) => `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
const indexOf = (id: string) => parseInt(id.slice(24), 16);

function tsv(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '\\N';
  return String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}
const line = (cols: Array<string | number | null | undefined>) => `${cols.map(tsv).join('\t')}\n`;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const mem = () => Math.round(process.resourceUsage().maxRSS / 1024); // MiB

interface Truth {
  entity: Int32Array;
  /** records kept for building queries */
  sample: Array<{ i: number; r: LinkRecord }>;
}

async function load(url: string, cipher: ReturnType<typeof createFieldCipher>): Promise<Truth> {
  const entity = new Int32Array(N);
  const sampleEvery = Math.max(1, Math.floor(N / (QUERIES * 20)));
  const sample: Truth['sample'] = [];
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const names: string[] = [];
  const addresses: string[] = [];
  const people = function* () {
    let buf = '';
    let i = 0;
    for (const s of generateSyntheticPeople(N, SEED)) {
      const r = s.record;
      entity[i] = Number(s.entityId.slice(1));
      if (i % sampleEvery === 0) sample.push({ i, r });
      const first = r.givenName || '-';
      const last = r.familyName || '-';
      const cols = searchColumns({ firstName: first, middleName: r.middleName, lastName: last });
      const ssnDigits = r.ssn ? r.ssn.replace(/\D/g, '') : null;
      const sex = r.sex === 'm' || r.sex === 'M' ? 'male' : r.sex === 'f' || r.sex === 'F' ? 'female' : 'unknown';
      const id = idOf(i);
      buf += line([id, first, r.middleName || null, last, r.birthDate || null, ssnDigits ? cipher.encrypt(ssnDigits) : null, ssnDigits ? ssnDigits.slice(-4) : null, sex, cols.searchFirst, cols.searchLast, cols.searchName]);
      for (const o of r.otherNames ?? []) {
        const f = o.givenName || first;
        const l = o.familyName || last;
        names.push(line([id, 'former', f, l, searchColumns({ firstName: f, lastName: l }).searchName]));
      }
      if (r.streetAddress && r.city && r.postcode && /^[0-9]{5}$/.test(r.postcode) && r.state && /^[A-Z]{2}$/.test(r.state.toUpperCase())) {
        addresses.push(line([id, r.streetAddress, r.city, r.state.toUpperCase(), r.postcode, '2020-01-01']));
      }
      i++;
      if (buf.length > 1 << 20) {
        yield buf;
        buf = '';
      }
    }
    if (buf) yield buf;
  };
  await pipeline(Readable.from(people()), client.query(copyFrom('COPY person (id, first_name, middle_name, last_name, dob, ssn_encrypted, ssn_last4, sex, search_first, search_last, search_name) FROM STDIN')));
  await pipeline(Readable.from(names), client.query(copyFrom('COPY person_name (person_id, kind, first_name, last_name, search_name) FROM STDIN')));
  await pipeline(Readable.from(addresses), client.query(copyFrom('COPY person_address (person_id, line1, city, state, postal_code, from_date) FROM STDIN')));
  await client.query('ANALYZE person; ANALYZE person_name; ANALYZE person_address');
  await client.end();
  return { entity, sample };
}

const KEYBOARD = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function typo(word: string, rng: ReturnType<typeof createRng>): string {
  const w = word.toLowerCase();
  if (w.length < 3) return w;
  const k = rng.int(1, w.length - 1);
  const kind = rng.int(0, 2);
  if (kind === 0) return w.slice(0, k) + w.slice(k + 1); // deletion
  if (kind === 1 && k < w.length - 1) return w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2); // transposition
  const row = KEYBOARD.find((r) => r.includes(w[k]!));
  const j = row ? row.indexOf(w[k]!) : -1;
  const sub = row ? row[j > 0 ? j - 1 : j + 1]! : 'e';
  return w.slice(0, k) + sub + w.slice(k + 1); // keyboard neighbour
}

async function timeEach<T>(database: Database, items: T[], run: (tx: any, item: T) => Promise<unknown>): Promise<{ ms: number[]; out: unknown[] }> {
  const ms: number[] = [];
  const out: unknown[] = [];
  for (const it of items) {
    const t = process.hrtime.bigint();
    out.push(await inTransaction(database, SYSTEM_ACTOR, ({ tx }) => run(tx, it)));
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { ms: [...ms].sort((a, b) => a - b), out };
}

async function main() {
  const admin = new pg.Client({ connectionString: BASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DB_NAME}`);
  const u = new URL(BASE_URL);
  u.pathname = `/${DB_NAME}`;
  const url = u.toString();
  const database = await openDatabase({ kind: 'postgres', url, max: 4 });
  const figures: Record<string, unknown> = { n: N, queries: QUERIES, seed: SEED };
  try {
    await migrate(database, MIGRATION_SOURCES);
    const cipher = createFieldCipher(randomBytes(32));
    console.log(`loading ${N} synthetic people with COPY…`);
    let t = Date.now();
    const truth = await load(url, cipher);
    figures.loadSeconds = round((Date.now() - t) / 1000, 1);
    console.log(`loaded in ${figures.loadSeconds} s (peak RSS ${mem()} MiB)`);

    if (!SKIP_DEDUPE) {
      console.log('full duplicate detection…');
      let checkpoint: DuplicateCheckpoint | null = null;
      const rssBefore = mem();
      t = Date.now();
      const r = await detectDuplicates({ database, cipher }, { runId: '00000000-0000-4000-8000-00000000b001', get checkpoint() { return checkpoint; }, save: async (_tx, p) => { checkpoint = p.checkpoint; } });
      const wall = (Date.now() - t) / 1000;
      // Pairwise precision and recall against the generator's entities.
      const pairs = await database.db.execute<{ a: string; b: string }>(sql`SELECT person_a_id::text AS a, person_b_id::text AS b FROM person_match_candidate WHERE status = 'pending'`);
      let tp = 0;
      for (const p of pairs.rows) if (truth.entity[indexOf(p.a)] === truth.entity[indexOf(p.b)]) tp++;
      const sizes = new Map<number, number>();
      for (const e of truth.entity) sizes.set(e, (sizes.get(e) ?? 0) + 1);
      let truePairs = 0;
      for (const s of sizes.values()) truePairs += (s * (s - 1)) / 2;
      const precision = pairs.rows.length ? tp / pairs.rows.length : NaN;
      const recall = truePairs ? tp / truePairs : NaN;
      figures.dedupe = {
        wallSeconds: round(wall, 1),
        peakRssMiB: mem(),
        rssBeforeMiB: rssBefore,
        records: r.records,
        pairsScored: r.pairsScored,
        proposed: r.proposed,
        clusters: r.clusters,
        largestCluster: r.largestCluster,
        oversizeBlocks: r.blocking?.oversizeBlocks,
        millis: r.millis,
        threshold: r.threshold,
        precision: round(precision, 4),
        recall: round(recall, 4),
        f1: round((2 * precision * recall) / (precision + recall), 4),
        truePairs,
      };
      console.log('dedupe', figures.dedupe);
    }

    // Query sets from the sampled records (deterministic).
    const rng = createRng(SEED ^ 0x5eed);
    const usable = truth.sample.filter((s) => s.r.givenName && s.r.familyName && s.r.birthDate && normalizeName(s.r.familyName).length >= 4);
    const picks: typeof usable = [];
    while (picks.length < QUERIES && usable.length > 0) picks.push(usable.splice(rng.int(0, usable.length - 1), 1)[0]!);
    const typoQueries = picks.map((s, k) => {
      const given = k % 2 === 0 ? typo(s.r.givenName!, rng) : s.r.givenName!.toLowerCase();
      return { i: s.i, q: `${given} ${typo(s.r.familyName!, rng)}`, dob: s.r.birthDate!, surname: normalizeName(s.r.familyName!) };
    });
    const search = createSqlPersonSearch();
    // Warm-up (caches, term frequencies).
    for (const q of typoQueries.slice(0, 20)) await inTransaction(database, SYSTEM_ACTOR, ({ tx }) => search.search({ q: q.q, dob: q.dob, limit: 10 }, tx));

    const typed = await timeEach(database, typoQueries, (tx, q) => search.search({ q: q.q, dob: q.dob, limit: 10 }, tx));
    let hits = 0;
    typed.out.forEach((res, k) => {
      const ids = (res as Array<{ person: { id: string } }>).map((r) => r.person.id);
      if (ids.includes(idOf(typoQueries[k]!.i))) hits++;
    });
    const surnames = await timeEach(database, typoQueries, (tx, q) => search.search({ q: q.surname, limit: 20 }, tx));
    const exact = await timeEach(database, typoQueries, (tx, q) =>
      tx.execute(sql`SELECT id FROM person WHERE search_last = ${q.surname} AND dob = ${q.dob}::date LIMIT 10`),
    );
    figures.search = {
      nameDobTypo: { p50: round(percentile(typed.ms, 50)), p95: round(percentile(typed.ms, 95)), p99: round(percentile(typed.ms, 99)), recallAt10: round(hits / typoQueries.length, 4) },
      surnameOnly: { p50: round(percentile(surnames.ms, 50)), p95: round(percentile(surnames.ms, 95)), p99: round(percentile(surnames.ms, 99)) },
      exactLookup: { p50: round(percentile(exact.ms, 50), 3), p95: round(percentile(exact.ms, 95), 3) },
      ratioP50: round(percentile(typed.ms, 50) / percentile(exact.ms, 50), 1),
      ratioP95: round(percentile(typed.ms, 95) / percentile(exact.ms, 95), 1),
    };
    console.log('search', JSON.stringify(figures.search, null, 1));
    figures.peakRssMiB = mem();
  } finally {
    await database.close();
    if (!KEEP) await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
    await admin.end();
  }
  console.log(JSON.stringify(figures));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
