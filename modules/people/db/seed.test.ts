import { describe, expect, it } from 'vitest';
import { createRng } from '@hearth/kernel';
import { buildHousehold, seededUuid } from './seed.js';
import { parseSsn } from '../domain/ssn.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('buildHousehold', () => {
  it('is deterministic for a seed', () => {
    const a = Array.from({ length: 50 }, ((rng) => () => buildHousehold(rng))(createRng(7)));
    const b = Array.from({ length: 50 }, ((rng) => () => buildHousehold(rng))(createRng(7)));
    expect(a).toEqual(b);
    expect(buildHousehold(createRng(8))).not.toEqual(a[0]);
  });

  it('builds plausible households: synthetic SSNs, parents older than children, one head, dates before today', () => {
    const rng = createRng(42);
    const asOf = '2026-01-01';
    const ids = new Set<string>();
    let fv = 0;
    for (let i = 0; i < 2000; i++) {
      const h = buildHousehold(rng, { asOf, familyViolenceRate: 0.05 });
      expect(h.id).toMatch(UUID);
      expect(h.memberships.filter((m) => m.role === 'head')).toEqual([{ personId: h.headId, role: 'head', fromDate: expect.any(String) }]);
      const byId = new Map(h.members.map((m) => [m.id, m]));
      for (const p of h.members) {
        expect(ids.has(p.id)).toBe(false);
        ids.add(p.id);
        expect(p.dob < asOf).toBe(true);
        if (p.ssn) {
          expect(p.ssn).toMatch(/^9\d\d-\d\d-\d{4}$/);
          expect(parseSsn(p.ssn)).not.toBeNull();
        }
      }
      for (const m of h.memberships) expect(m.fromDate >= byId.get(m.personId)!.dob).toBe(true);
      for (const r of h.relationships) {
        if (r.type === 'parent' || r.type === 'grandparent') expect(byId.get(r.personAId)!.dob < byId.get(r.personBId)!.dob).toBe(true);
      }
      if (h.members.some((m) => m.flags.includes('family_violence'))) fv++;
    }
    expect(fv).toBeGreaterThan(50);
    expect(fv).toBeLessThan(160);
  });

  it('draws reproducible v4-shaped ids', () => {
    const rng = createRng(1);
    for (let i = 0; i < 1000; i++) expect(seededUuid(rng)).toMatch(UUID);
  });
});
