import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import { createRng } from '@hearth/kernel';
import { createFieldCipher, type Sql } from '@hearth/platform';
import { buildHousehold, insertHouseholds } from '@hearth/people';
import { mulberry32, seedCases } from '@hearth/cases';
import { copyRows, copyValue, parseUnnestInsert } from './copy-loader.js';

/** Captures the statements a builder sends, without a database. */
function capture() {
  const dialect = new PgDialect();
  const statements: Array<{ sql: string; params: unknown[] }> = [];
  const tx = { execute: async (q: SQL) => { statements.push(dialect.sqlToQuery(q)); return { rows: [] }; } } as unknown as Sql;
  return { tx, statements };
}

describe('parseUnnestInsert', () => {
  it('understands every statement the people builder sends, with one array parameter a column', async () => {
    const { tx, statements } = capture();
    const rng = createRng(3);
    const households = Array.from({ length: 30 }, () => buildHousehold(rng, { familyViolenceRate: 0.2 }));
    await insertHouseholds(tx, createFieldCipher(randomBytes(32)), households);
    const tables = statements.map((s) => parseUnnestInsert(s.sql)?.table);
    expect(tables).toEqual(['person', 'household', 'household_member', 'person_address', 'person_contact', 'relationship']);
    for (const s of statements) {
      const p = parseUnnestInsert(s.sql)!;
      expect(p.args.map((a) => a.param)).toEqual(s.params.map((_, i) => i + 1));
      for (const v of s.params) expect(Array.isArray(v)).toBe(true);
    }
    const person = parseUnnestInsert(statements[0]!.sql)!;
    expect(person.select).toContain('flags::text[]');
    expect(person.alias?.name).toBe('t');
    expect(person.alias?.columns).toHaveLength(person.args.length);
    expect(person.args[0]).toEqual({ param: 1, type: 'uuid' });
  });

  it('understands every statement the case builder sends', async () => {
    const { tx, statements } = capture();
    const unit = { id: '00000000-0000-4000-8000-000000000001', workerIds: ['00000000-0000-4000-8000-000000000002'] };
    const personIds = ['00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000004'];
    await seedCases(tx, { count: 50, units: [unit], personIds, today: '2026-06-01', audit: false }, mulberry32(1));
    const parsed = statements.map((s) => parseUnnestInsert(s.sql));
    expect(parsed.map((p) => p?.table)).toEqual(['"case"', '"case_participant"', '"case_assignment"', '"case_task"', '"case_clock"', 'case_note']);
    const kase = parsed[0]!;
    expect(kase.select).toMatch(/^id, program, status/);
    expect(kase.alias?.columns[0]).toBe('id');
    expect(parsed[1]!.select).toBe('*');
  });

  it('refuses other statements', () => {
    expect(parseUnnestInsert('INSERT INTO person (id) VALUES ($1)')).toBeNull();
    expect(parseUnnestInsert('SELECT * FROM unnest($1::uuid[])')).toBeNull();
    expect(parseUnnestInsert('INSERT INTO t (a) SELECT * FROM unnest(array_agg(x))')).toBeNull();
    // An alias must name every unnest column.
    expect(parseUnnestInsert('INSERT INTO t (a, b) SELECT a, b FROM unnest($1::text[], $2::int[]) AS x(a)')).toBeNull();
  });
});

describe('COPY text format', () => {
  it('writes null as \\N, booleans as t/f and escapes backslash, tab, newline and carriage return', () => {
    expect(copyValue(null)).toBe('\\N');
    expect(copyValue(undefined)).toBe('\\N');
    expect(copyValue(true)).toBe('t');
    expect(copyValue(false)).toBe('f');
    expect(copyValue(3)).toBe('3');
    expect(copyValue('Peña\tO\'Brien\\x\ny\rz')).toBe('Peña\\tO\'Brien\\\\x\\ny\\rz');
    expect(copyValue('{"family_violence"}')).toBe('{"family_violence"}');
    expect(() => copyValue(Number.NaN)).toThrow();
    expect(() => copyValue({ a: 1 })).toThrow(/cannot COPY/);
  });

  it('zips parallel columns into rows and refuses arrays of different lengths', () => {
    expect(copyRows([['a', 'b'], [1, null]])).toBe('a\t1\nb\t\\N\n');
    expect(copyRows([[], []])).toBe('');
    expect(() => copyRows([['a'], []])).toThrow(/differ in length/);
  });
});
