import { describe, expect, it } from 'vitest';
import { DomainError } from '@hearth/kernel';
import { evaluateProgram, getProgram, inputJsonSchema, PROGRAM_NAMES, programs, RULES_VERSION } from './index.js';
import { entryAt, requireAt } from './engine/params.js';
import { contentHash } from './engine/hash.js';
import { formatCents } from './engine/text.js';

describe('program registry', () => {
  it('registers every program under its exact name', () => {
    expect(Object.keys(programs).sort()).toEqual([...PROGRAM_NAMES].sort());
    for (const n of PROGRAM_NAMES) expect(programs[n].name).toBe(n);
  });
  it('stamps a rules version with a parameter content hash', () => {
    expect(RULES_VERSION).toMatch(/^2026\.11\.0\+[0-9a-f]{12}$/);
  });
  it('rejects an unknown program as bad input', () => {
    expect(() => getProgram('wic')).toThrow(DomainError);
  });
  for (const name of PROGRAM_NAMES) {
    describe(name, () => {
      const p = programs[name];
      it('has cited examples that evaluate to their expected results', () => {
        expect(p.examples.length).toBeGreaterThan(0);
        for (const ex of p.examples) {
          expect(ex.citation.length).toBeGreaterThan(10);
          const r = evaluateProgram(name, ex.input, ex.asOf ? { asOf: ex.asOf } : {});
          if (ex.expected) expect(r, ex.title).toMatchObject(ex.expected);
          expect(r.program).toBe(name);
          expect(r.rulesVersion).toBe(RULES_VERSION);
        }
      });
      it('explains every example in English and Spanish with the same number of lines', () => {
        for (const ex of p.examples) {
          const r = evaluateProgram(name, ex.input, { explain: true });
          expect(r.trace!.length).toBeGreaterThan(0);
          expect(r.explanation!.en.length).toBe(r.explanation!.es.length);
          for (const line of r.explanation!.en) expect(line).not.toMatch(/undefined/);
        }
      });
      it('publishes a JSON schema of its input', () => {
        expect(inputJsonSchema(name)).toMatchObject({ type: 'object' });
      });
      it('echo-safe: accepts an id field', () => {
        const ex = p.examples[0]!;
        expect(() => evaluateProgram(name, { ...(ex.input as object), id: 'line-7' })).not.toThrow();
      });
    });
  }
});

describe('engine', () => {
  const s = [
    { from: '2024-10-01', value: 1, citation: 'a' },
    { from: '2025-10-01', value: 2, citation: 'b' },
  ];
  it('selects the value in force on a date, the day before and the day of a change', () => {
    expect(entryAt(s, '2025-09-30')!.value).toBe(1);
    expect(entryAt(s, '2025-10-01')!.value).toBe(2);
    expect(entryAt(s, '2024-09-30')).toBeUndefined();
    expect(() => requireAt(s, '2024-09-30', 'x')).toThrow(DomainError);
  });
  it('hashes content deterministically', () => {
    expect(contentHash('abc')).toBe(contentHash('abc'));
    expect(contentHash('abc')).not.toBe(contentHash('abd'));
  });
  it('formats cents', () => {
    expect(formatCents(123456789)).toBe('$1,234,567.89');
    expect(formatCents(-5)).toBe('-$0.05');
    expect(formatCents(100000)).toBe('$1,000.00');
  });
});
