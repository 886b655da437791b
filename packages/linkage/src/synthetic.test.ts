import { describe, expect, it } from 'vitest';
import { generateSyntheticPeople } from './synthetic.js';
import { createHash } from 'node:crypto';

const digest = (n: number, seed: number) => {
  const h = createHash('sha256');
  for (const p of generateSyntheticPeople(n, seed)) h.update(JSON.stringify(p));
  return h.digest('hex');
};

describe('generateSyntheticPeople', () => {
  it('is deterministic for a seed and different for another seed', () => {
    expect(digest(2000, 7)).toBe(digest(2000, 7));
    expect(digest(2000, 7)).not.toBe(digest(2000, 8));
  });
  it('is counter-based: the first k records do not depend on n, and a range starts where asked', () => {
    const small = [...generateSyntheticPeople(300, 3)];
    const large = [...generateSyntheticPeople(1000, 3)].slice(0, 300);
    expect(large).toEqual(small);
    expect([...generateSyntheticPeople(300, 3, 200)]).toEqual(small.slice(200));
  });
  it('has duplicates with realistic corruptions, shared common names and many distinct names', () => {
    const people = [...generateSyntheticPeople(20_000, 11)];
    const entities = new Set(people.map((p) => p.entityId));
    const dupShare = 1 - entities.size / people.length;
    expect(dupShare).toBeGreaterThan(0.2);
    expect(dupShare).toBeLessThan(0.4);
    const kinds = new Set(people.flatMap((p) => p.corruptions));
    for (const k of ['nickname', 'given-typo', 'family-typo', 'names-swapped', 'dob-day-month-swapped', 'dob-digit', 'ssn-missing', 'moved', 'family-changed'])
      expect(kinds.has(k), k).toBe(true);
    const families = new Map<string, number>();
    for (const p of people) families.set(p.record.familyName!, (families.get(p.record.familyName!) ?? 0) + 1);
    expect(families.size).toBeGreaterThan(5000);
    expect(Math.max(...families.values())).toBeGreaterThan(100); // common names are shared
    for (const p of people.slice(0, 200)) expect(p.record.birthDate === null || /^\d{4}-\d{2}-\d{2}$/.test(p.record.birthDate!)).toBe(true);
  }, 60_000);
});
