import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { databaseExists, databaseUrl, dropDatabase } from './bench-database.js';
import { formatReport, parseOptions, runBench } from './bench-api.js';

// The benchmark creates its own database on a PostgreSQL server; without DATABASE_URL this is reported as skipped.
const adminUrl = process.env.DATABASE_URL;

describe.skipIf(!adminUrl)('bench:api end to end (PostgreSQL)', () => {
  it('loads, signs workers in, runs every request type inside their caseloads without an error, and the writes land', async () => {
    const name = `hearth_bench_t_${randomBytes(4).toString('hex')}`;
    const lines: string[] = [];
    try {
      const r = await runBench({ ...parseOptions(['--people', '3000', '--cases', '1600', '--clients', '6', '--seconds', '3', '--baseline-seconds', '1', '--warmup', '0', '--database', name, '--keep']) }, (l) => lines.push(l));
      expect(r.load).toMatchObject({ people: 3000, cases: 1600 });
      expect(r.mix.types.map((t) => t.type)).toEqual(['search', 'open', 'note', 'task']);
      for (const t of r.mix.types) {
        expect(t.count, t.type).toBeGreaterThan(0);
        expect(t.errors, `${t.type}: ${r.mix.errorSamples.join(' | ')}`).toBe(0);
        expect(t.p50).toBeLessThanOrEqual(t.p95);
        expect(t.p95).toBeLessThanOrEqual(t.p99);
      }
      expect(r.mix.errors).toBe(0);
      expect(r.baseline.count).toBeGreaterThan(0);
      expect(r.baseline.errors).toBe(0);
      expect(r.ratioToBaseline).toBeGreaterThan(0);
      expect(formatReport(r)).toMatch(/ratio to baseline: \d+\.\d%/);

      // The measured writes are real: one note per 201 and one completed task per 200 (warm-up was off).
      const c = new pg.Client({ connectionString: databaseUrl(adminUrl!, name) });
      await c.connect();
      try {
        const notes = await c.query(`SELECT count(*)::int AS n FROM case_note WHERE narrative LIKE 'Called the client about the verification list%'`);
        const done = await c.query(`SELECT count(*)::int AS n FROM case_task WHERE status = 'done' AND outcome = 'Done during the benchmark.'`);
        const reads = await c.query(`SELECT count(*)::int AS n FROM access_log WHERE entity_type = 'case' AND action = 'read'`);
        expect(notes.rows[0].n).toBe(r.mix.types.find((t) => t.type === 'note')!.count);
        expect(done.rows[0].n).toBe(r.mix.types.find((t) => t.type === 'task')!.count);
        expect(reads.rows[0].n).toBeGreaterThanOrEqual(r.mix.types.find((t) => t.type === 'open')!.count);
      } finally {
        await c.end();
      }
    } finally {
      await dropDatabase(adminUrl!, name);
    }
    expect(await databaseExists(adminUrl!, name)).toBe(false);
  }, 240_000);
});
